// Shared helpers for end-to-end tests in real Chromium (playwright-core + launchChrome()): one
// browser per test file, pages opened from file:// with every non-file request blocked and counted.
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findChrome } from '../../src/services/browser/find-chrome';
import { launchChrome } from '../../src/services/browser/launch';

/** The part of reveal.js's API the tests call inside exported pages. */
export interface RevealInPage {
  getTotalSlides(): number;
  getHorizontalSlides(): HTMLElement[];
  getIndices(): { h: number; v: number; f?: number };
  isPaused(): boolean;
  isOverview(): boolean;
  slide(h: number, v?: number, f?: number): void;
  next(): void;
  on(event: string, handler: () => void): void;
}

declare global {
  interface Window { Reveal: RevealInPage; __xss?: unknown }
}

/** True when no Chromium is installed: browser tests use it.skipIf(noChrome). */
export const noChrome = findChrome() === undefined;

export { launchChrome };

export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** URLs of every request that was not file: or data: (blocked). Must stay empty. */
  network: string[];
  /** Dialogs (alert/confirm/prompt) that opened: a sign that deck script ran. */
  dialogs: string[];
  /** Uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `file` (a path, plus optional `?query#hash`) in a fresh context that blocks and records
 * every non-file request, for the page and any popup it opens (the speaker view).
 */
export async function openOffline(browser: Browser, file: string, suffix = '', viewport = { width: 1280, height: 720 }): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport });
  const network: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await context.route((url) => url.protocol !== 'file:' && url.protocol !== 'data:', (route) => {
    network.push(route.request().url());
    return route.abort();
  });
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('file:') && !url.startsWith('data:') && !network.includes(url)) network.push(url);
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href + suffix);
  return { context, page, network, dialogs, errors, close: () => context.close() };
}

/** Waits until the Podium runtime has finished starting (reveal.js ready or speaker view built). */
export async function podiumReady(page: Page): Promise<void> {
  await page.waitForSelector('html[data-podium-ready="true"]', { state: 'attached', timeout: 30_000 });
}

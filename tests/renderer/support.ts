// Shared set-up for the renderer's browser tests: one Chromium per test file, a fresh copy of the
// fixture workspace per test, screenshots under test-results/renderer/.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChrome } from '../../src/services/browser/launch';
import { REPO } from './host/build-renderer';
import { startHost, type Host } from './host/host';

export { launchChrome };
export { findChrome } from '../../src/services/browser/find-chrome';

export const FIXTURE_WORKSPACE = join(REPO, 'tests/fixtures/renderer/workspace');
export const SCREENSHOTS = join(REPO, 'test-results/renderer');

/** A throwaway copy of the fixture workspace (the tests edit, rename and delete its decks). */
export async function copyWorkspace(from = FIXTURE_WORKSPACE): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'podium-ws-'));
  const root = join(dir, 'Workshops');
  await cp(from, root, { recursive: true });
  return root;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

export interface HostedApp {
  browser: Browser;
  host: Host;
  root: string;
  page: Page;
}

/**
 * Registers the usual hooks: one Chromium for the file, and per test a fresh copy of the fixture
 * workspace served by the test host. Read the fields inside tests or later hooks.
 */
export function hostedApp(): HostedApp {
  const app = {} as HostedApp;
  beforeAll(async () => {
    app.browser = await launchChrome();
  });
  afterAll(async () => {
    await app.browser?.close();
  });
  beforeEach(async () => {
    app.root = await copyWorkspace();
    app.host = await startHost(app.browser, { workspace: app.root });
    app.page = app.host.page;
  });
  afterEach(async () => {
    await app.host?.close();
    if (app.root) await rm(dirname(app.root), { recursive: true, force: true, maxRetries: 5 });
  });
  return app;
}

// End to end in real Chromium: exported fixtures opened from file:// with every non-file request
// blocked and counted. One browser for the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { exportDecks, type ExportSummary } from '../../../src/services/export';
import { launchChrome, noChrome, openOffline, podiumReady } from '../../support/browser';

const FIXTURES = join(__dirname, '../../fixtures/export/basic');

let browser: Browser;
let out: string;
let folder: ExportSummary;
let single: ExportSummary;
let long: ExportSummary;

/** 120 horizontal slides, a vertical stack at slide 60, notes on each. */
function longDeck(): string {
  const slides = Array.from({ length: 120 }, (_, i) => `## Long slide ${i + 1}\n\nText ${i + 1}\n\nNote:\nNotes for long slide ${i + 1}.\n${i === 59 ? '\n----\n\n## Under slide 60\n\nNote:\nNotes under slide 60.\n' : ''}`);
  return `---\ntitle: Long deck\n---\n\n${slides.join('\n---\n\n')}`;
}

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'podium-export-e2e-'));
  folder = await exportDecks([FIXTURES], { out: join(out, 'folder'), mode: 'folder', strict: false });
  single = await exportDecks([join(FIXTURES, 'talk.md')], { out: join(out, 'single'), mode: 'single-file', strict: false, theme: 'high-contrast' });
  await mkdir(join(out, 'long-deck'));
  await writeFile(join(out, 'long-deck', 'long.md'), longDeck());
  long = await exportDecks([join(out, 'long-deck', 'long.md')], { out: join(out, 'long'), mode: 'folder', strict: false });
  if (!noChrome) browser = await launchChrome();
});

afterAll(async () => {
  await browser?.close();
  await rm(out, { recursive: true, force: true });
});

const talk = () => join(out, 'folder', 'talk', 'index.html');

async function indices(page: Page): Promise<{ h: number; v: number; f?: number }> {
  return page.evaluate(() => window.Reveal.getIndices());
}


describe('exportDecks() folder export in Chromium', () => {
  it('writes both decks and an index, exit code 0', () => {
    expect(folder.exitCode).toBe(0);
    expect(folder.totals.exported).toBe(2);
    expect(folder.index).toBe(join(out, 'folder', 'index.html'));
  });

  it.skipIf(noChrome)('plays from file:// with no network request, slide numbers and vertical stacks', async () => {
    const view = await openOffline(browser, talk());
    await podiumReady(view.page);
    expect(await view.page.evaluate(() => window.Reveal.getTotalSlides())).toBe(7);
    expect(await view.page.evaluate(() => window.Reveal.getHorizontalSlides().length)).toBe(5);
    expect(await view.page.locator('.reveal .slides > section.stack > section').count()).toBe(3);
    await expect.poll(() => view.page.locator('.slide-number').textContent()).toMatch(/1\s*\/\s*7/);
    expect(await view.page.evaluate(() => document.fonts.check('700 40px "Source Sans 3"'))).toBe(true);
    await view.page.keyboard.press('ArrowRight');
    expect(await indices(view.page)).toMatchObject({ h: 1, v: 0 });
    // Down steps through the slide's three fragments first, then moves down the stack.
    for (let i = 0; i < 4; i++) await view.page.keyboard.press('ArrowDown');
    expect(await indices(view.page)).toMatchObject({ h: 1, v: 1 });
    await view.page.keyboard.press('End');
    expect((await indices(view.page)).h).toBe(4);
    await view.page.keyboard.press('Home');
    expect((await indices(view.page)).h).toBe(0);
    expect(view.network).toEqual([]);
    expect(view.errors).toEqual([]);
    await view.close();
  });

  it.skipIf(noChrome)('steps through fragments with space and PageDown, blacks the screen with B and ., overview with O/Esc, full screen with F', async () => {
    const view = await openOffline(browser, talk(), '#/1');
    await podiumReady(view.page);
    const visible = () => view.page.locator('section.present .fragment.visible').count();
    expect(await visible()).toBe(0);
    await view.page.keyboard.press('Space');
    expect(await visible()).toBe(1);
    await view.page.keyboard.press('PageDown');
    expect(await visible()).toBe(2);
    await view.page.keyboard.press('PageUp');
    expect(await visible()).toBe(1);
    await view.page.keyboard.press('b');
    expect(await view.page.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await expect.poll(() => view.page.evaluate(() => getComputedStyle(document.querySelector('.pause-overlay')!).visibility)).toBe('visible');
    await view.page.keyboard.press('b');
    expect(await view.page.evaluate(() => window.Reveal.isPaused())).toBe(false);
    await view.page.keyboard.press('Period');
    expect(await view.page.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await view.page.keyboard.press('Period');
    await view.page.keyboard.press('o');
    expect(await view.page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await view.page.keyboard.press('Escape');
    expect(await view.page.evaluate(() => window.Reveal.isOverview())).toBe(false);
    await view.page.keyboard.press('f');
    await expect.poll(() => view.page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(view.network).toEqual([]);
    await view.close();
  });

  it.skipIf(noChrome)('plays the local video with controls', async () => {
    const view = await openOffline(browser, talk(), '#/2');
    await podiumReady(view.page);
    const video = view.page.locator('section.present video');
    expect(await video.getAttribute('src')).toBe('assets/media/clip.webm');
    expect(await video.evaluate((v: HTMLVideoElement) => v.controls)).toBe(true);
    const played = await video.evaluate(async (v: HTMLVideoElement) => {
      v.muted = true;
      await v.play();
      await new Promise((resolve) => setTimeout(resolve, 400));
      return { time: v.currentTime, ready: v.readyState, error: v.error?.code ?? 0 };
    });
    expect(played.error).toBe(0);
    expect(played.ready).toBeGreaterThanOrEqual(2);
    expect(played.time).toBeGreaterThan(0);
    expect(view.network).toEqual([]);
    await view.close();
  });

  it.skipIf(noChrome)('opens the speaker view with S: notes, previews, timer, clock, pace; it follows and drives the audience', async () => {
    const view = await openOffline(browser, talk());
    await podiumReady(view.page);
    const [speaker] = await Promise.all([view.context.waitForEvent('page'), view.page.keyboard.press('s')]);
    await podiumReady(speaker);
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Welcome everyone');
    expect(await speaker.locator('.ps-current .ps-preview h1').textContent()).toBe('Knowledge is power');
    expect(await speaker.locator('.ps-next .ps-preview h2').textContent()).toBe('Signs to notice');
    expect(await speaker.locator('.ps-elapsed').textContent()).toMatch(/^\d+:\d\d$/);
    expect(await speaker.locator('.ps-clock').textContent()).toMatch(/\d/);
    expect(await speaker.locator('.ps-pace').textContent()).toMatch(/On time|ahead|behind/);
    await view.page.keyboard.press('ArrowRight');
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Walk through each sign');
    // Keys in the speaker view drive the audience window.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => indices(view.page)).toMatchObject({ h: 1, v: 0, f: 0 });
    await expect.poll(() => speaker.locator('.ps-position').textContent()).toContain('step 1 of 3');
    for (let i = 0; i < 3; i++) await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => indices(view.page)).toMatchObject({ h: 2, v: 0 });
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Play the film');
    // The film's copies in the speaker view never play: muted, no autoplay, paused.
    const media = await speaker.evaluate(() => Array.from(document.querySelectorAll('video, audio')).map((m) => {
      const el = m as HTMLMediaElement;
      return { muted: el.muted, paused: el.paused, autoplay: el.autoplay };
    }));
    expect(media.length).toBeGreaterThan(0);
    for (const m of media) expect(m).toEqual({ muted: true, paused: true, autoplay: false });
    await speaker.keyboard.press('b');
    await expect.poll(() => view.page.evaluate(() => window.Reveal.isPaused())).toBe(true);
    await expect.poll(() => speaker.locator('.ps-status').textContent()).toContain('black');
    expect(view.network).toEqual([]);
    expect(view.errors).toEqual([]);
    await view.close();
  });

  it.skipIf(noChrome)('prints one slide a page with ?print-pdf, notes when asked', async () => {
    const view = await openOffline(browser, talk(), '?print-pdf&showNotes=true');
    await podiumReady(view.page);
    await view.page.waitForSelector('.pdf-page', { state: 'attached' });
    expect(await view.page.locator('.pdf-page').count()).toBe(7);
    expect(await view.page.locator('.pdf-page .speaker-notes').first().textContent()).toContain('Welcome everyone');
    const pdf = await view.page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(7);
    expect(view.network).toEqual([]);
    await view.close();
  });

  it.skipIf(noChrome)('writes an index page that links each presentation with title, duration and slide count', async () => {
    const view = await openOffline(browser, join(out, 'folder', 'index.html'));
    const items = await view.page.locator('li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Community response');
    expect(items[0]).toContain('2 slides');
    expect(items[1]).toContain('Knowledge is power');
    expect(items[1]).toMatch(/7 slides.*20/);
    await view.page.locator('a', { hasText: 'Knowledge is power' }).click();
    await podiumReady(view.page);
    expect(view.network).toEqual([]);
    await view.close();
  });
});

describe('exportDecks() single-file export in Chromium', () => {
  it('leaves the video out with a warning naming it', () => {
    const deck = single.decks[0];
    expect(deck.target).toBe(join(out, 'single', 'talk.html'));
    expect(deck.issues.map((i) => [i.code, i.line])).toContainEqual(['media-left-out', expect.any(Number)]);
    expect(deck.issues.find((i) => i.code === 'media-left-out')?.message).toContain('media/clip.webm');
  });

  it.skipIf(noChrome)('plays with everything inlined: images as data:, fonts, no network request', async () => {
    const view = await openOffline(browser, join(out, 'single', 'talk.html'), '#/1/1');
    await podiumReady(view.page);
    expect(await view.page.evaluate(() => window.Reveal.getTotalSlides())).toBe(7);
    expect(await view.page.locator('section.present img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await view.page.evaluate(() => document.fonts.ready);
    expect(await view.page.evaluate(() => document.fonts.check('700 40px "Atkinson Hyperlegible"'))).toBe(true);
    await view.page.keyboard.press('ArrowRight');
    expect(await view.page.locator('section.present .podium-missing').textContent()).toContain('media/clip.webm');
    const [speaker] = await Promise.all([view.context.waitForEvent('page'), view.page.keyboard.press('s')]);
    await podiumReady(speaker);
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Play the film');
    expect(view.network).toEqual([]);
    expect(view.errors).toEqual([]);
    await view.close();
  });
});

describe('a long deck (slides played through a window)', () => {
  const file = () => join(out, 'long', 'long', 'index.html');
  const number = async (page: Page) => (await page.locator('.slide-number').textContent())?.trim();
  const podium = (page: Page) => page.evaluate(() => (window as unknown as { Podium: { indices(): { h: number; v: number } } }).Podium.indices());

  it('exports 121 slides', () => {
    expect(long.decks[0].slides).toBe(121);
  });

  it.skipIf(noChrome)('keeps few slides in the document, numbers over the whole deck, Home/End and #/h/v over the whole deck', async () => {
    const view = await openOffline(browser, file());
    await podiumReady(view.page);
    expect(await view.page.locator('.reveal .slides > section').count()).toBeLessThanOrEqual(17);
    await expect.poll(() => number(view.page)).toMatch(/^1\s*\/\s*121$/);
    for (let i = 0; i < 25; i++) await view.page.keyboard.press('ArrowRight');
    await expect.poll(() => number(view.page)).toMatch(/^26\s*\/\s*121$/);
    expect(await view.page.locator('section.present:not(.stack) > h2').textContent()).toBe('Long slide 26');
    await expect.poll(() => view.page.evaluate(() => location.hash)).toBe('#/25');
    await view.page.keyboard.press('End');
    await expect.poll(() => number(view.page)).toMatch(/^121\s*\/\s*121$/);
    expect(await view.page.locator('section.present:not(.stack) > h2').textContent()).toBe('Long slide 120');
    await view.page.keyboard.press('Home');
    expect(await view.page.locator('section.present:not(.stack) > h2').textContent()).toBe('Long slide 1');
    expect(await view.page.locator('.reveal .slides > section').count()).toBeLessThanOrEqual(17);
    await view.close();
  });

  it.skipIf(noChrome)('opens at #/h/v, walks the vertical stack, and the speaker view follows by whole-deck index', async () => {
    const view = await openOffline(browser, file(), '#/58');
    await podiumReady(view.page);
    expect(await view.page.locator('section.present:not(.stack) > h2').textContent()).toBe('Long slide 59');
    const [speaker] = await Promise.all([view.context.waitForEvent('page'), view.page.keyboard.press('s')]);
    await podiumReady(speaker);
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Notes for long slide 59.');
    await view.page.keyboard.press('ArrowRight');
    await view.page.keyboard.press('ArrowDown');
    expect(await podium(view.page)).toMatchObject({ h: 59, v: 1 });
    expect(await view.page.locator('section.present:not(.stack) > h2').textContent()).toBe('Under slide 60');
    await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('Notes under slide 60.');
    await expect.poll(() => number(view.page)).toMatch(/^61\s*\/\s*121$/);
    await speaker.keyboard.press('End');
    await expect.poll(() => podium(view.page)).toMatchObject({ h: 119 });
    await expect.poll(() => speaker.locator('.ps-position').textContent()).toContain('Slide 121 of 121');
    expect(view.network).toEqual([]);
    expect(view.errors).toEqual([]);
    await view.close();
  });
});

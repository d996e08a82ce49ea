import { beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChrome, hostedApp, screenshot } from './support';
import type { Host } from './host/host';

const DECK = 'knowing-the-signs.md';

describe.skipIf(!findChrome())('editor (renderer in Chromium, real workspace services)', () => {
  const app = hostedApp();
  let host: Host;
  let root: string;
  let page: Page;

  beforeEach(async () => {
    ({ host, root, page } = app);
    await openDeck(page, 'Knowing the signs');
  });

  async function openDeck(p: Page, title: string) {
    await p.locator('.deck-card', { hasText: title }).getByRole('button', { name: 'Edit' }).click();
    await p.locator('.cm-content').waitFor();
    await p.locator('.live-preview .slides section').first().waitFor({ state: 'attached' });
  }

  /** Puts the cursor at the end of a 1-based line. */
  async function cursorToLine(p: Page, line: number) {
    await p.locator('.cm-line').nth(line - 1).click();
    await p.keyboard.press('End');
  }

  const currentSlideText = (p: Page) => p.locator('.live-preview .slides section.present:not(.stack)').innerText();
  const cursorLine = (p: Page) => p.evaluate(() => {
    const active = document.querySelector('.cm-activeLineGutter');
    return Number(active?.textContent);
  });

  it('updates the live preview as you type, re-rendering only the changed slide', async () => {
    await cursorToLine(page, 22); // "## What to look for"
    await expect.poll(() => currentSlideText(page)).toContain('What to look for');
    await page.keyboard.type(' today');
    await expect.poll(() => currentSlideText(page)).toContain('What to look for today');
    const stage = page.getByTestId('live-preview');
    expect(await stage.getAttribute('data-touched')).toBe('1');
    await expect.poll(() => page.locator('.editor-toolbar .dirty-indicator').count()).toBe(1);
    await screenshot(page, 'editor-live-preview');
  });

  it('follows the cursor to the slide it is in, vertical slides included', async () => {
    await cursorToLine(page, 44); // "Call 1-888..." in the vertical slide
    await expect.poll(() => currentSlideText(page)).toContain('Who to call');
    await expect(page.locator('.slide-label').innerText()).resolves.toBe('Slide 4 of 4');
    // A link in a slide never navigates the app: it is handed to the system browser.
    await page.locator('.live-preview section.present a').click();
    await expect.poll(() => host.record.external).toEqual(['https://humantraffickinghotline.org']);
    expect(page.url()).toMatch(/index\.html$/);
    await cursorToLine(page, 15);
    await expect.poll(() => currentSlideText(page)).toContain('A community workshop');
  });

  it('shows deck images through the asset route', async () => {
    await cursorToLine(page, 36);
    const img = page.locator('.live-preview section.present img');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  it('reports a missing alt text inline and in the problems panel, and a click goes to its line', async () => {
    await cursorToLine(page, 36);
    // Replace the line with the same image without its alt text.
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('![](images/signs.svg)');
    const diagnostic = page.locator('.lint-panel .diagnostic', { hasText: 'image-alt-missing' });
    await diagnostic.waitFor();
    expect(await diagnostic.getAttribute('data-line')).toBe('36');
    expect(await diagnostic.innerText()).toContain('Line 36');
    await expect.poll(() => page.locator('.cm-lintRange-warning').count()).toBeGreaterThan(0);
    await screenshot(page, 'editor-lint');
    await cursorToLine(page, 3);
    expect(await cursorLine(page)).toBe(3);
    await diagnostic.click();
    await expect.poll(() => cursorLine(page)).toBe(36);
  });

  it('saves with Ctrl+S atomically and clears the dirty mark', async () => {
    await cursorToLine(page, 15);
    await page.keyboard.type(' for volunteers');
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFile(join(root, DECK), 'utf8')).toContain('A community workshop for volunteers');
    await expect.poll(() => page.locator('.editor-toolbar .dirty-indicator').count()).toBe(0);
    expect((await readdir(root)).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(host.record.dirty).toBe(false);
  });

  it('reloads a deck changed on disk when there are no local edits', async () => {
    const path = join(root, DECK);
    await writeFile(path, (await readFile(path, 'utf8')).replace('\nA community workshop\n', '\nAn evening workshop\n'));
    await expect.poll(() => page.locator('.cm-content').innerText(), { timeout: 10_000 }).toContain('An evening workshop');
  });

  /** Types a local edit, then changes the same line on disk: the conflict dialog appears. */
  async function conflictingEdits() {
    await cursorToLine(page, 15);
    await page.keyboard.type(' (mine)');
    const path = join(root, DECK);
    await writeFile(path, (await readFile(path, 'utf8')).replace('\nA community workshop\n', '\nA workshop (theirs)\n'));
    const dialog = page.locator('dialog.conflict-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    return { path, dialog };
  }

  it('asks keep mine / take theirs / compare when the deck changed on disk under local edits', async () => {
    const { path, dialog } = await conflictingEdits();
    await dialog.getByRole('button', { name: 'Compare' }).click();
    expect(await dialog.locator('.diff-mine').innerText()).toContain('(mine)');
    expect(await dialog.locator('.diff-theirs').innerText()).toContain('(theirs)');
    await screenshot(page, 'editor-conflict');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => readFile(path, 'utf8')).toContain('A community workshop (mine)');
    expect(await readFile(path, 'utf8')).not.toContain('(theirs)');
  });

  it('takes the disk version when asked', async () => {
    const { dialog } = await conflictingEdits();
    await dialog.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('A workshop (theirs)');
    expect(await page.locator('.editor-toolbar .dirty-indicator').count()).toBe(0);
  });

  it('keeps a deck\'s own <style> on its slides: it cannot restyle or hide the app', async () => {
    await writeFile(join(root, 'styled.md'), '---\ntitle: Styled\n---\n\n<style>\n.reveal h1 { color: rgb(1, 2, 3); }\nbody, .toolbar, .lint-panel { display: none; }\n</style>\n\n# Styled\n');
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await openDeck(page, 'Styled');
    const h1 = page.locator('.live-preview section.present h1');
    await expect.poll(() => h1.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(1, 2, 3)');
    expect(await page.locator('.editor-toolbar').isVisible()).toBe(true);
    expect(await page.locator('.lint-panel').isVisible()).toBe(true);
    // The library card's thumbnail of the same deck is styled, the other cards are not.
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await page.locator('.deck-card').first().waitFor();
    const color = (title: string) => page.locator('.deck-card', { hasText: title }).locator('.slide-view h1').evaluate((el) => getComputedStyle(el).color);
    await expect.poll(() => color('Styled')).toBe('rgb(1, 2, 3)');
    expect(await color('Knowing the signs')).not.toBe('rgb(1, 2, 3)');
    expect(await page.locator('.library .toolbar').isVisible()).toBe(true);
  });

  it('copies a dropped image into the deck folder and inserts a reference', async () => {
    await cursorToLine(page, 15);
    const box = (await page.locator('.cm-line').nth(14).boundingBox())!;
    await page.evaluate(({ x, y }) => {
      const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([png], 'hall photo.png', { type: 'image/png' }));
      document.querySelector('.cm-content')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    }, { x: box.x + 5, y: box.y + box.height / 2 });
    await expect.poll(() => page.locator('.cm-content').innerText()).toMatch(/!\[[^\]]*\]\(images\/[^)]+\.png\)/);
    const images = await readdir(join(root, 'images'));
    expect(images.some((f) => f.endsWith('.png'))).toBe(true);
  });

  it('offers unsaved edits back after a crash', async () => {
    await cursorToLine(page, 15);
    await page.keyboard.type(' that survives a crash');
    // Autosave reaches the recovery folder by itself within a few seconds.
    await expect.poll(async () => (await host.workspace.listRecovery()).length, { timeout: 10_000 }).toBe(1);
    await host.crashAndRestart();
    page = host.page;
    const banner = page.locator('.recovery-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Knowing the signs');
    await screenshot(page, 'library-recovery');
    await banner.getByRole('button', { name: 'Restore' }).click();
    await page.locator('.cm-content').waitFor();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('A community workshop that survives a crash');
    expect(await page.locator('.editor-toolbar .dirty-indicator').count()).toBe(1);
    // The file itself was never touched: nothing is saved until the user saves.
    expect(await readFile(join(root, DECK), 'utf8')).not.toContain('survives a crash');
    await page.keyboard.press('Control+s');
    await expect.poll(() => readFile(join(root, DECK), 'utf8')).toContain('survives a crash');
    await expect.poll(async () => (await host.workspace.listRecovery()).length).toBe(0);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChrome, hostedApp, screenshot } from './support';
import type { Host } from './host/host';

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!findChrome())('handouts and export dialogs (renderer in Chromium, real services)', () => {
  const app = hostedApp();
  let host: Host;
  let page: Page;

  beforeEach(async () => {
    ({ host, page } = app);
    await page.locator('.deck-card').first().waitFor();
  });

  const preview = () => page.frameLocator('.handouts-preview iframe');

  it.skipIf(!hasPoppler)('previews handout pages live and saves them as a PDF (needs poppler-utils)', async () => {
    await page.locator('.deck-card', { hasText: 'Knowing the signs' }).getByRole('button', { name: 'Handouts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Handouts' });
    await dialog.waitFor();
    await expect.poll(() => preview().locator('body').innerText(), { timeout: 20_000 }).toContain('Knowing the signs');
    await dialog.getByLabel('Paper').selectOption('a4');
    await dialog.getByLabel('Outline (text only)').check();
    await dialog.getByLabel(/Large print/).check();
    await expect.poll(() => preview().locator('body').innerText(), { timeout: 20_000 }).toContain('What to look for');
    await screenshot(page, 'handouts-dialog');
    await dialog.getByRole('button', { name: 'Save as PDF…' }).click();
    const status = dialog.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toMatch(/^Saved /);
    const path = (await status.innerText()).replace(/^Saved /, '');
    expect(existsSync(path)).toBe(true);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('What to look for');
    expect(text).toContain('1-888-373-7888');
    await dialog.getByRole('button', { name: 'Print…' }).click();
    await expect.poll(() => host.record.printed.length).toBe(1);
    expect(host.record.printed[0]).toMatchObject({ layout: 'outline', paper: 'a4', largePrint: true });
  });

  it('exports every deck to a folder with a progress bar and a summary, and opens the result', async () => {
    await page.getByRole('button', { name: 'Export all…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export all decks' });
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const summary = dialog.locator('.export-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await summary.innerText()).toMatch(/Exported 2 decks \(6 slides, \d+ files, .+\) to /);
    const bar = dialog.locator('.export-progress progress');
    expect(await bar.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([2, 2]);
    await screenshot(page, 'export-dialog');
    // The service reports each deck as it goes, not only the end.
    const sent = host.record.exportProgress;
    expect(sent.map((p) => [p.done, p.total])).toEqual([[0, 2], [1, 2], [1, 2], [2, 2]]);
    expect(new Set(sent.map((p) => p.jobId)).size).toBe(1);
    // How the bar shows a step part-way. Sent after the run, because a fast machine exports both
    // decks before the renderer paints the first step, so watching the bar during the run is a race.
    const [first] = sent;
    await host.emit('export:progress', { ...first, done: 1, message: 'Exporting second.md' });
    await expect.poll(() => bar.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, 2]);
    expect(await dialog.locator('.export-progress').innerText()).toContain('1 / 2 · Exporting second.md');
    // Another job's events are not this dialog's business.
    await host.emit('export:progress', { ...first, jobId: 'another-job', done: 0 });
    await page.waitForTimeout(100);
    expect(await bar.evaluate((p: HTMLProgressElement) => p.value)).toBe(1);
    const out = join(host.stateDir, 'output/export');
    expect((await readdir(out)).sort()).toEqual(expect.arrayContaining(['index.html']));
    await dialog.getByRole('button', { name: 'Open result folder' }).click();
    await expect.poll(() => host.record.openedResults).toEqual([out]);
  });

  it('exports one deck as a single file', async () => {
    await page.locator('.deck-card', { hasText: 'Screening night' }).getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this deck' });
    await dialog.getByLabel(/Single file/).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const summary = dialog.locator('.export-summary');
    await summary.waitFor({ timeout: 90_000 });
    expect(await summary.innerText()).toMatch(/Exported 1 deck \(2 slides, 1 files/);
    expect(await summary.innerText()).toMatch(/\.html/);
  });
});

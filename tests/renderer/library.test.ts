import { beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChrome, hostedApp, screenshot } from './support';
import type { Host } from './host/host';

describe.skipIf(!findChrome())('library (renderer in Chromium, real workspace services)', () => {
  const app = hostedApp();
  let host: Host;
  let root: string;
  let page: Page;

  beforeEach(async () => {
    ({ host, root, page } = app);
    await page.locator('.deck-card').first().waitFor();
  });

  const card = (title: string) => page.locator('.deck-card', { hasText: title });
  const titles = () => page.locator('.deck-card-title').allInnerTexts();

  it('shows each deck as a card: first-slide thumbnail, title, slide count, planned time, lint status', async () => {
    expect((await titles()).sort()).toEqual(['Knowing the signs', 'Screening night']);
    const signs = card('Knowing the signs');
    expect(await signs.locator('.deck-card-meta').innerText()).toContain('4 slides · 12 min');
    expect(await signs.locator('.lint-badge').innerText()).toBe('No problems');
    expect(await signs.locator('.slide-view section h1').innerText()).toBe('Knowing the signs');
    expect(await card('Screening night').locator('.deck-card-meta').innerText()).toContain('2 slides · 30 min');
    await screenshot(page, 'library');
  });

  it('opens a deck in the editor when the system asks (double-clicked .md file)', async () => {
    await host.emit('workspace:openDeckRequested', { path: join(root, 'screening-night.md') });
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('Screening night');
  });

  it('shows lint problems on the card', async () => {
    await writeFile(join(root, 'broken.md'), '---\ntitle: Broken\n---\n\n# Broken\n\n![](images/missing.png)\n');
    await expect.poll(titles, { timeout: 10_000 }).toContain('Broken');
    expect(await card('Broken').locator('.lint-badge').innerText()).toMatch(/warning/);
  });

  it('creates a deck from a template and opens it in the editor', async () => {
    await page.getByRole('button', { name: 'New deck' }).click();
    const dialog = page.getByRole('dialog', { name: 'New deck' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Community panel');
    await dialog.locator('input[type=radio]').first().check();
    await screenshot(page, 'library-new-deck');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.locator('.cm-content').waitFor();
    expect(await page.locator('.cm-content').innerText()).toContain('Community panel');
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await expect.poll(titles).toContain('Community panel');
    expect((await readdir(root)).filter((f) => f.endsWith('.md'))).toHaveLength(3);
  });

  it('renames, duplicates and deletes (to the trash) a deck', async () => {
    await card('Screening night').getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(async () => (await titles()).filter((t) => t === 'Screening night').length).toBe(2);
    expect((await readdir(root)).filter((f) => f.endsWith('.md'))).toHaveLength(3);

    await card('Knowing the signs').getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('dialog');
    await rename.getByLabel('New file name').fill('signs-workshop.md');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => card('Knowing the signs').locator('.deck-card-file').innerText()).toBe('signs-workshop.md');
    expect(await readdir(root)).toContain('signs-workshop.md');

    await card('Knowing the signs').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect.poll(titles).not.toContain('Knowing the signs');
    expect(await readdir(root)).not.toContain('signs-workshop.md');
    // Moved to the trash, not destroyed.
    expect((await readdir(join(host.stateDir, 'trash'))).some((f) => f.endsWith('signs-workshop.md'))).toBe(true);
  });

  it('opens another folder and lists it among the recent workspaces', async () => {
    const other = join(dirname(root), 'Other talks');
    await mkdir(other);
    await writeFile(join(other, 'panel.md'), '---\ntitle: Panel night\n---\n\n# Panel night\n');
    host.record.nextFolder = other;
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await expect.poll(titles).toEqual(['Panel night']);
    expect(await page.locator('.toolbar-title').innerText()).toBe('Other talks');
    const recent = page.getByLabel('Recent workspaces');
    await expect.poll(() => recent.locator('option').allInnerTexts()).toContain('Workshops');
    await recent.selectOption({ label: 'Workshops' });
    await expect.poll(async () => (await titles()).sort()).toEqual(['Knowing the signs', 'Screening night']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { findChrome, hostedApp, screenshot } from './support';
import type { Host } from './host/host';

describe.skipIf(!findChrome())('presenting (console and audience window in Chromium)', () => {
  const app = hostedApp();
  let host: Host;
  let root: string;
  let page: Page;

  beforeEach(async () => {
    ({ host, root, page } = app);
    page.on('pageerror', (e) => console.error('pageerror', e.message));
  });

  const consoleAt = async () => ({
    index: Number(await page.locator('.presenter').getAttribute('data-index')),
    fragment: Number(await page.locator('.presenter').getAttribute('data-fragment')),
  });
  const audienceIndex = (audience: Page) => audience.getByTestId('audience').getAttribute('data-index');
  const audienceSlide = (audience: Page) => audience.locator('.slides section.present:not(.stack)').innerText();

  async function present(title: string, button: 'Present' | 'Rehearse') {
    await page.locator('.deck-card', { hasText: title }).getByRole('button', { name: button }).click();
    await page.locator('.presenter').waitFor();
  }

  it('steps through fragments and slides, shows notes and the next step, and the audience follows', async () => {
    await present('Knowing the signs', 'Present');
    const audience = await host.waitForAudience();
    await audience.locator('.slides section.present').waitFor({ state: 'attached' });
    expect(await page.locator('.notes-pane').innerText()).toContain('Welcome everyone');
    await page.keyboard.press('ArrowRight');
    expect(await consoleAt()).toEqual({ index: 1, fragment: 0 });
    expect(await page.locator('.presenter-next > h2').innerText()).toMatch(/fragment/i);
    await page.keyboard.press('Space');
    expect(await consoleAt()).toEqual({ index: 1, fragment: 1 });
    await expect.poll(() => audience.locator('section.present .fragment.visible').count()).toBe(1);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await consoleAt()).toEqual({ index: 2, fragment: 0 });
    expect(await page.locator('.presenter-next > h2').textContent()).toBe('Next slide');
    expect(await page.locator('.notes-pane').innerText()).toContain('Describe the diagram');
    await expect.poll(() => audienceIndex(audience)).toBe('2');
    await expect.poll(() => audienceSlide(audience)).toContain('A picture of the signs');
    await page.keyboard.press('PageUp');
    expect(await consoleAt()).toEqual({ index: 1, fragment: 2 });
    await page.keyboard.press('End');
    expect((await consoleAt()).index).toBe(3);
    await expect.poll(() => audienceSlide(audience)).toContain('Who to call');
    await page.keyboard.press('Home');
    expect((await consoleAt()).index).toBe(0);
    await screenshot(page, 'present-console');
    await screenshot(audience, 'present-audience');
  });

  it('shows elapsed and remaining time against the agenda, and the clock', async () => {
    await present('Knowing the signs', 'Present');
    expect(await page.getByTestId('remaining').innerText()).toMatch(/^1[12]:\d\d$/);
    await expect.poll(() => page.getByTestId('elapsed').innerText(), { timeout: 5000 }).not.toBe('0:00');
    expect(await page.getByTestId('pace').innerText()).toMatch(/on time|ahead|behind/);
    expect(await page.getByTestId('clock').innerText()).toMatch(/\d{1,2}:\d\d/);
  });

  it('makes the notes larger and smaller', async () => {
    await present('Knowing the signs', 'Present');
    const size = () => page.locator('.notes-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Larger notes' }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.getByRole('button', { name: 'Smaller notes' }).click();
    await page.getByRole('button', { name: 'Smaller notes' }).click();
    expect(await size()).toBeLessThan(before);
  });

  it('blacks out the audience screen with B and with . and back', async () => {
    await present('Knowing the signs', 'Present');
    const audience = await host.waitForAudience();
    await audience.locator('.slides section.present').waitFor({ state: 'attached' });
    await page.keyboard.press('b');
    await expect.poll(() => audience.locator('.reveal').evaluate((el) => el.classList.contains('paused'))).toBe(true);
    expect(await page.locator('.black-indicator').count()).toBe(1);
    await screenshot(audience, 'present-audience-black');
    await page.keyboard.press('.');
    await expect.poll(() => audience.locator('.reveal').evaluate((el) => el.classList.contains('paused'))).toBe(false);
  });

  it('takes keys pressed in the audience window too (clicker on the projector)', async () => {
    await present('Knowing the signs', 'Present');
    const audience = await host.waitForAudience();
    await audience.locator('.slides section.present').waitFor({ state: 'attached' });
    await audience.keyboard.press('PageDown');
    await expect.poll(consoleAt).toEqual({ index: 1, fragment: 0 });
    await audience.keyboard.press('b');
    await expect.poll(() => page.locator('.black-indicator').count()).toBe(1);
    await audience.keyboard.press('g');
    await audience.getByLabel('Slide number').fill('4');
    await audience.keyboard.press('Enter');
    await expect.poll(async () => (await consoleAt()).index).toBe(3);
  });

  it('goes to a slide with G and from the slide strip, and opens the overview with Esc', async () => {
    await present('Knowing the signs', 'Present');
    const audience = await host.waitForAudience();
    await audience.locator('.slides section.present').waitFor({ state: 'attached' });
    await page.keyboard.press('g');
    await page.getByLabel('Slide number').fill('3');
    await page.keyboard.press('Enter');
    expect((await consoleAt()).index).toBe(2);
    await page.locator('.strip-item[data-index="3"]').click();
    expect((await consoleAt()).index).toBe(3);
    expect(await page.locator('.strip-item.current').getAttribute('data-index')).toBe('3');
    await page.keyboard.press('Escape');
    await expect.poll(() => audience.locator('.reveal').evaluate((el) => el.classList.contains('overview'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => audience.locator('.reveal').evaluate((el) => el.classList.contains('overview'))).toBe(false);
    await page.getByRole('button', { name: 'End show' }).click();
    await page.locator('.library').waitFor();
    expect(host.audience()).toBeNull();
  });

  it('rehearses without an audience window and writes the recorded minutes into the deck', async () => {
    await present('Screening night', 'Rehearse');
    expect(host.audience()).toBeNull();
    expect(await page.locator('.presenter-audience').innerText()).toContain('Rehearsal');
    await page.waitForTimeout(1200);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1200);
    await page.keyboard.press('Escape');
    const summary = page.locator('.rehearsal-summary');
    await summary.waitFor();
    expect(await summary.locator('tbody tr').count()).toBe(2);
    await screenshot(page, 'rehearse-summary');
    await summary.getByRole('button', { name: /Write recorded minutes/ }).click();
    await expect.poll(() => summary.getByRole('status').innerText()).toContain('Wrote planned minutes for 2 slides');
    const text = await readFile(join(root, 'screening-night.md'), 'utf8');
    expect(text.match(/<!-- \.slide: data-minutes="0\.5" -->/g)).toHaveLength(2);
    expect(text).toContain('# Screening night\n<!-- .slide: data-minutes="0.5" -->');
  });
});

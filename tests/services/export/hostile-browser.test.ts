// A deck full of XSS payloads (slides, notes, attributes, links, SVG, nested-parser and mXSS
// tricks, entity-encoded javascript: URLs), exported and played in Chromium: nothing may run, in
// the audience view or in the speaker view, in folder or single-file form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { exportDecks } from '../../../src/services/export';
import { launchChrome, noChrome, openOffline, podiumReady } from '../../support/browser';

const DECK = join(__dirname, '../../fixtures/export/hostile/hostile.md');

let browser: Browser;
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'podium-export-hostile-'));
  await exportDecks([DECK], { out: join(out, 'folder'), mode: 'folder', strict: false });
  await exportDecks([DECK], { out: join(out, 'single'), mode: 'single-file', strict: false });
  if (!noChrome) browser = await launchChrome();
});

afterAll(async () => {
  await browser?.close();
  await rm(out, { recursive: true, force: true });
});


/** What would show that deck code ran or could run: sentinel, handlers, script URLs, active elements. */
async function evidence(page: Page) {
  return page.evaluate(() => {
    const DANGEROUS_URL = /^(?:javascript|vbscript|data:text|data:application)/i;
    // eslint-disable-next-line no-control-regex -- browsers ignore these characters inside a URL scheme
    const clean = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
    const all = Array.from(document.querySelectorAll('*'));
    const handlers = all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`));
    const urls = all.flatMap((el) => Array.from(el.attributes)
      .filter((a) => /^(?:href|src|action|formaction|xlink:href|poster|background|data|data-background-[a-z]+)$/i.test(a.name) && DANGEROUS_URL.test(clean(a.value)))
      .map((a) => `${el.tagName}[${a.name}=${a.value}]`));
    const active = Array.from(document.querySelectorAll('.reveal iframe, .reveal object, .reveal embed, .reveal frame, .reveal frameset, .reveal form, .reveal base, .reveal meta, .reveal script, .reveal link, #podium-speaker script, #podium-speaker iframe'))
      .map((el) => el.tagName);
    const scripts = Array.from(document.scripts).filter((s) => s.type !== 'application/json').length;
    return { sentinel: window.__xss ?? null, handlers, urls, active, scripts };
  });
}

for (const mode of ['folder', 'single'] as const) {
  describe(`a hostile deck exported as ${mode}`, () => {
    const file = () => (mode === 'folder' ? join(out, 'folder', 'hostile', 'index.html') : join(out, 'single', 'hostile.html'));

    it('carries at least 40 distinct payloads into the export', async () => {
      const source = await readFile(DECK, 'utf8');
      const payloads = new Set(source.match(/(?:__xss\s*=\s*[^"'>\s]+|alert\([^)]*\)|msgbox\([^)]*\))/g));
      expect(payloads.size).toBeGreaterThanOrEqual(40);
    });

    it.skipIf(noChrome)('runs none of them in the audience view or the speaker view', async () => {
      const view = await openOffline(browser, file());
      const violations: string[] = [];
      await view.page.exposeFunction('__cspViolation', (d: string) => violations.push(d));
      await view.page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolation(d: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
      await podiumReady(view.page);
      const [speaker] = await Promise.all([view.context.waitForEvent('page'), view.page.keyboard.press('s')]);
      await podiumReady(speaker);
      const total = await view.page.evaluate(() => window.Reveal.getTotalSlides());
      expect(total).toBe(6);
      // Visit every slide and fragment in both views (notes and previews are built per slide).
      for (let step = 0; step < total + 3; step++) {
        await view.page.keyboard.press('Space');
        await view.page.mouse.move(200 + step * 40, 300);
        await view.page.waitForTimeout(150);
      }
      await expect.poll(() => speaker.getAttribute('html', 'data-podium-slide')).toBe(String(total - 1));
      await view.page.keyboard.press('o');
      await view.page.waitForTimeout(300);
      await view.page.keyboard.press('o');

      for (const page of [view.page, speaker]) {
        const found = await evidence(page);
        expect(found.sentinel).toBeNull();
        expect(found.handlers).toEqual([]);
        expect(found.urls).toEqual([]);
        expect(found.active).toEqual([]);
        expect(found.scripts).toBe(6); // Podium's own: boot, reveal, channel, virtual, present, speaker
      }
      expect(view.dialogs).toEqual([]);
      expect(view.network).toEqual([]);
      expect(view.errors).toEqual([]);
      expect(violations.filter((v) => v.startsWith('script'))).toEqual([]);
      // The notes did reach the speaker view, as text.
      await view.page.keyboard.press('Home');
      await expect.poll(() => speaker.locator('.ps-notes-body').textContent()).toContain('notes link');
      expect(await speaker.locator('.ps-notes-body a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).not.toContainEqual(expect.stringMatching(/script:/i));
      await view.close();
    });
  });
}

// Prints the fixture decks to real PDFs with headless Chromium (one browser for the file) and reads
// them back: paper size, page counts, text, header and footer on every page, QR codes, backgrounds.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, type Paper } from '../../../src/core';
import type { HandoutLayout } from '../../../src/core/handouts';
import { buildHandout, HandoutPrinter, pdfOptionsFor } from '../../../src/services/handouts';
import { noChrome } from '../../support/browser';
import { decodeQrCodes, noPoppler, noZbar, pageTexts, pdfInfo, pixelAt } from './pdf-tools';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/handouts');
const skip = noChrome || noPoppler; // needs Chromium to print and poppler-utils to read back
const TITLES = ['Knowledge is power', 'Before we begin', 'What trafficking is', 'Signs at work', 'Signs at school', 'Signs online', 'Why people stay', "Report, don't intervene", 'Who to call', 'Looking after yourself', 'Questions', 'Thank you'];
const HOTLINE = '1-888-373-7888';

let printer: HandoutPrinter;
let out: string;

beforeAll(async () => {
  if (skip) return;
  printer = await HandoutPrinter.open();
  out = mkdtempSync(join(tmpdir(), 'podium-handouts-print-'));
});

afterAll(async () => {
  await printer?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function print(fixture: string, layout: HandoutLayout, options: { paper?: Paper; largePrint?: boolean } = {}): Promise<string> {
  const deckPath = join(FIXTURES, `${fixture}.md`);
  const doc = await buildHandout(parse(readFileSync(deckPath, 'utf8')), { layout, deckPath, ...options });
  const file = join(out, `${fixture}-${layout}-${options.paper ?? 'deck'}${options.largePrint ? '-large' : ''}.pdf`);
  writeFileSync(file, await printer.pdf(doc.html, pdfOptionsFor(layout)));
  return file;
}

function expectChromeOnEveryPage(pages: string[]): void {
  pages.forEach((text, i) => {
    expect(text).toContain('Knowledge is power');
    expect(text).toContain('Riverside community panel · 2026-12-01');
    expect(text).toContain(`National Human Trafficking Hotline: ${HOTLINE}`);
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  });
}

describe('printed handouts (12-slide deck)', () => {
  it.skipIf(skip)('prints slides-3 on 4 Letter pages with every title, fragments shown, chrome on every page', async () => {
    const file = await print('twelve', 'slides-3');
    expect(pdfInfo(file)).toMatchObject({ pages: 4, width: 612, height: 792 });
    const pages = pageTexts(file);
    expect(pages).toHaveLength(4);
    expectChromeOnEveryPage(pages);
    const all = pages.join(' ');
    for (const title of TITLES) expect(all).toContain(title);
    expect(all).toContain('Force, fraud or coercion');
    expect(all).toContain('Labour or commercial sex');
    expect(all).not.toContain('Facilitator note');
  });

  it.skipIf(skip)('prints slides-6 on 2 pages and slides-1 on 12, on A4 when asked', async () => {
    const six = await print('twelve', 'slides-6', { paper: 'a4' });
    expect(pdfInfo(six)).toMatchObject({ pages: 2, width: 595, height: 842 });
    expectChromeOnEveryPage(pageTexts(six));
    const one = await print('twelve', 'slides-1', { paper: 'a4' });
    expect(pdfInfo(one).pages).toBe(12);
    expect(pageTexts(one)[3]).toContain('Signs at work');
  });

  it.skipIf(skip)('prints slide backgrounds', async () => {
    const file = join(out, 'twelve-slides-1-deck.pdf');
    writeFileSync(file, await printer.pdf((await buildHandout(parse(readFileSync(join(FIXTURES, 'twelve.md'), 'utf8')), { layout: 'slides-1', deckPath: join(FIXTURES, 'twelve.md') })).html));
    // slide 4 has data-background-color="#1d3557"; sample its left edge, away from the centred text
    const [r, g, b] = pixelAt(file, 4, 0.12, 0.4);
    expect(Math.abs(r - 0x1d) + Math.abs(g - 0x35) + Math.abs(b - 0x57)).toBeLessThan(30);
    const [wr, wg, wb] = pixelAt(file, 3, 0.12, 0.4);
    expect(wr + wg + wb).toBeGreaterThan(700);
  });

  it.skipIf(skip)('prints the facilitator guide with every title, every note and the agenda clock', async () => {
    const file = await print('twelve', 'notes');
    const pages = pageTexts(file);
    expect(pdfInfo(file)).toMatchObject({ pages: 12, width: 612, height: 792 });
    expectChromeOnEveryPage(pages);
    TITLES.forEach((title, i) => {
      expect(pages[i]).toContain(`Slide ${i + 1}: ${title}`);
      expect(pages[i]).toContain(`Facilitator note ${i + 1}: talk about ${title.toLowerCase()} and check the room.`);
    });
    expect(pages[0]).toContain('2 min planned · 0:00 – 0:02 on the agenda clock');
    expect(pages[11]).toContain('1 min planned · 0:44 – 0:45 on the agenda clock');
  });

  it.skipIf(skip)('prints a tagged, text-only outline in reading order', async () => {
    const file = await print('twelve', 'outline', { largePrint: true });
    const info = pdfInfo(file);
    expect(info.tagged).toBe(true);
    expect(readFileSync(file).includes('/Outlines')).toBe(true); // bookmarks from the headings
    const text = pageTexts(file).join(' ');
    const positions = TITLES.map((t) => text.indexOf(t, text.indexOf('Content note')));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('Key point 5 about signs at school');
    expect(text).toContain('This session discusses exploitation of children and adults.');
  });

  it.skipIf(skip || noZbar)('prints a resource card whose QR codes decode to the deck\'s links', async () => {
    const file = await print('twelve', 'card');
    expect(pdfInfo(file).pages).toBe(1);
    expect(pageTexts(file)[0]).toContain(HOTLINE);
    const codes = decodeQrCodes(file, 1);
    expect([...new Set(codes)].sort()).toEqual(['https://humantraffickinghotline.org', 'https://polarisproject.org/resources']);
    expect(codes).toHaveLength(8); // two links on each of four cards
  });
});

describe('printed handouts (small decks)', () => {
  it.skipIf(skip)('prints a 1-slide deck on the deck\'s A4 paper', async () => {
    const slides = await print('one', 'slides-3');
    expect(pdfInfo(slides)).toMatchObject({ pages: 1, width: 595, height: 842 });
    const notes = await print('one', 'notes');
    const [page] = pageTexts(notes);
    expect(page).toContain('The one and only note.');
    expect(page).toContain('Crisis line: 0800 555 0100');
    expect(page).toContain('Page 1 of 1');
  });

  it.skipIf(skip)('prints "no notes" for each slide of a deck without speaker notes', async () => {
    const text = pageTexts(await print('no-notes', 'notes')).join(' ');
    expect(text.split('No speaker notes for this slide.')).toHaveLength(4);
  });
});

// Long content printed for real: a 3,000-word note flows over several pages without losing a word,
// and a 200-slide deck prints every layout that shows slides.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import type { HandoutLayout } from '../../../src/core/handouts';
import { buildHandout, HandoutPrinter } from '../../../src/services/handouts';
import { noChrome } from '../../support/browser';
import { noPoppler, pageTexts, pdfInfo } from './pdf-tools';

const skip = noChrome || noPoppler; // needs Chromium to print and poppler-utils to read back
const FRONT = `---
title: Scale test
resources:
  - "Hotline: 1-888-373-7888"
---
`;
const SENTENCES = 333; // nine words each: 2,997 words, plus the closing sentence
const LAST = 'This closing sentence of the long briefing must appear in print.';

function longNoteDeck(): string {
  const note = Array.from({ length: SENTENCES }, (_, i) => `Sentence number ${i + 1} belongs to the long facilitator briefing.`);
  const paragraphs: string[] = [];
  for (let i = 0; i < note.length; i += 12) paragraphs.push(note.slice(i, i + 12).join(' '));
  return `${FRONT}\n# Long briefing\n\nOne slide with a very long note.\n\nNote:\n${paragraphs.join('\n\n')} ${LAST}\n\n---\n\n## After the briefing\n\nNote:\nShort note after.\n`;
}

function bigDeck(slides: number): string {
  return FRONT + Array.from({ length: slides }, (_, i) => `\n## Slide ${i + 1} title\n\n- A point on slide ${i + 1}\n- Another point\n\nNote:\nWhat to say on slide ${i + 1}.\n`).join('\n---\n');
}

let printer: HandoutPrinter;
let out: string;

beforeAll(async () => {
  if (skip) return;
  printer = await HandoutPrinter.open();
  out = mkdtempSync(join(tmpdir(), 'podium-handouts-scale-'));
});

afterAll(async () => {
  await printer?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function print(source: string, layout: HandoutLayout, name: string): Promise<string> {
  const doc = await buildHandout(parse(source), { layout, paper: 'letter' });
  const file = join(out, `${name}-${layout}.pdf`);
  writeFileSync(file, await printer.pdf(doc.html));
  return file;
}

describe('long and large decks', () => {
  it.skipIf(skip)('flows a 3,000-word note over several pages, never clipped', async () => {
    const source = longNoteDeck();
    expect(source.split(/\s+/).filter((w) => /^[A-Za-z0-9.,]+$/.test(w)).length).toBeGreaterThan(3000);
    const file = await print(source, 'notes', 'long');
    const pages = pageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const text = pages.join(' ');
    for (let i = 1; i <= SENTENCES; i++) expect(text).toContain(`Sentence number ${i} belongs`);
    expect(text).toContain(LAST);
    // the closing sentence sits on the last page of slide 1, before slide 2's page
    const lastAt = pages.findIndex((p) => p.includes(LAST));
    expect(lastAt).toBeGreaterThanOrEqual(3);
    expect(pages[lastAt + 1]).toContain('Slide 2: After the briefing');
    pages.forEach((p, i) => {
      expect(p).toContain('Hotline: 1-888-373-7888');
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it.skipIf(skip)('prints a 200-slide deck as slides-3 (67 pages) and as a 200-page guide', async () => {
    const source = bigDeck(200);
    const slides = await print(source, 'slides-3', 'big');
    expect(pdfInfo(slides).pages).toBe(67);
    const slidePages = pageTexts(slides);
    expect(slidePages[66]).toContain('Slide 200 title');
    expect(slidePages[66]).toContain('Page 67 of 67');
    const notes = await print(source, 'notes', 'big');
    const notePages = pageTexts(notes);
    expect(notePages).toHaveLength(200);
    expect(notePages[199]).toContain('What to say on slide 200.');
    expect(notePages[199]).toContain('Hotline: 1-888-373-7888');
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { buildHandout } from '../../../src/services/handouts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/handouts');
const deckPath = join(FIXTURES, 'twelve.md');
const deck = parse(readFileSync(deckPath, 'utf8'));

describe('buildHandout()', () => {
  it('brings the deck theme, the deck folder as base and the deck paper', async () => {
    const doc = await buildHandout(deck, { layout: 'slides-3', deckPath });
    expect(doc.paper).toBe('letter');
    expect(doc.html).toContain(`<base href="${pathToFileURL(FIXTURES).href}/">`);
    expect(doc.html).toContain('Podium theme: light');
    expect(doc.html).toContain('class="pd-frame reveal-viewport light"');
  });

  it('inlines fonts by default, so the HTML prints the same anywhere, and links them on request', async () => {
    const inline = await buildHandout(deck, { layout: 'notes', deckPath });
    expect(inline.html).toMatch(/data:font\/woff2;base64,/);
    expect(inline.html).not.toMatch(/url\("?file:/);
    const linked = await buildHandout(deck, { layout: 'notes', deckPath, fonts: 'file' });
    expect(linked.html).not.toMatch(/data:font\/woff2/);
    expect(linked.html).toMatch(/url\("?file:\/\/[^)]*source-sans-3-latin-400-normal\.woff2/);
    expect(linked.html.length).toBeLessThan(inline.html.length / 3);
  });

  it('makes a QR code for every link on the card, offline', async () => {
    const doc = await buildHandout(deck, { layout: 'card', paper: 'a4' });
    expect(doc.paper).toBe('a4');
    expect(doc.html.match(/<svg[^>]*viewBox/g)).toHaveLength(8);
    expect(doc.html).toContain('aria-label="QR code for https://polarisproject.org/resources"');
  });
});

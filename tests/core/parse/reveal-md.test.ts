import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { fragment } from '../support/dom';
import { type OracleSlide, revealMdSlides, sectionAttributes, shapeOf } from '../support/reveal-oracle';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/core/reveal-md', name), 'utf8');

function podiumSlides(source: string): OracleSlide[] {
  return parse(source).slides.map((slide) => {
    const section = fragment(`<section${Object.entries(slide.attributes).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('')}>${slide.html}</section>`).firstElementChild!;
    return { h: slide.h, v: slide.v, attributes: sectionAttributes(section), notes: slide.notesText.replace(/\s+/g, ' ').trim(), shape: shapeOf(section) };
  });
}

describe('parse() with reveal-md decks', () => {
  it('gives the same slides, stacks, notes and attributes as reveal.js itself (default separators)', async () => {
    const source = fixture('basic.md');
    const expected = await revealMdSlides(source);
    const actual = podiumSlides(source);
    expect(actual.map((s) => [s.h, s.v])).toEqual(expected.map((s) => [s.h, s.v]));
    expect(actual.map((s) => s.attributes)).toEqual(expected.map((s) => s.attributes));
    expect(actual.map((s) => s.notes)).toEqual(expected.map((s) => s.notes));
    expect(actual.map((s) => s.shape)).toEqual(expected.map((s) => s.shape));
  });

  it('honours separator, verticalSeparator and notesSeparator from the front matter', async () => {
    const source = fixture('custom-separators.md');
    const deck = parse(source);
    expect(deck.meta.dialect).toBe('reveal-md');
    const expected = await revealMdSlides(source, { separator: '<!--s-->', verticalSeparator: '<!--v-->', notesSeparator: '^Speaker:' });
    const actual = podiumSlides(source);
    expect(actual.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [1, 1], [2, 0]]);
    expect(actual.map((s) => [s.h, s.v])).toEqual(expected.map((s) => [s.h, s.v]));
    expect(actual.map((s) => s.notes)).toEqual(expected.map((s) => s.notes));
    expect(actual.map((s) => s.shape)).toEqual(expected.map((s) => s.shape));
  });

  it('maps reveal.js theme names to the nearest Podium theme and keeps reveal-md keys quiet', () => {
    const deck = parse(fixture('basic.md'));
    expect(deck.meta.theme).toBe('dark');
    expect(deck.meta.extra.revealTheme).toBe('black');
    expect(deck.diagnostics.filter((d) => d.code === 'unknown-key')).toEqual([]);
  });

  it('reports an invalid separator regex and falls back to --- lines', () => {
    const deck = parse('---\nseparator: "(["\n---\n\n# A\n\n---\n\n# B\n');
    expect(deck.diagnostics.some((d) => d.code === 'invalid-separator' && d.severity === 'error')).toBe(true);
    expect(deck.slides.map((s) => s.title)).toEqual(['A', 'B']);
  });
});

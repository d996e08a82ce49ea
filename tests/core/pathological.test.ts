// Inputs that break naive Markdown engines (deep recursion, quadratic emphasis scans). Here we only
// check that they finish with a sane deck; bench/engine.bench.ts measures how long they take.
import { describe, expect, it } from 'vitest';
import { parse, renderSlides } from '../../src/core';

function parseAndRender(source: string) {
  const deck = parse(source);
  const html = renderSlides(deck);
  return { deck, html };
}

describe('parse() on pathological input', () => {
  it('finishes on 100k nested blockquote markers', () => {
    const { deck, html } = parseAndRender(`${'>'.repeat(100_000)} deep\n`);
    expect(deck.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
    expect(deck.slides).toHaveLength(1);
    expect(typeof html).toBe('string');
  });

  it('finishes on 1 MB of asterisks', () => {
    const { deck } = parseAndRender('*'.repeat(1024 * 1024));
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0].lines).toEqual({ start: 1, end: 1 });
  });

  it('finishes on 10k separators with one slide per separator plus one', () => {
    const source = Array.from({ length: 10_001 }, (_, i) => `## S${i}`).join('\n\n---\n\n');
    const { deck, html } = parseAndRender(source);
    expect(deck.slides).toHaveLength(10_001);
    expect(deck.slides[10_000].title).toBe('S10000');
    expect(html.match(/<section/g)?.length).toBe(10_001);
  });

  it('finishes on 50k-character lines', () => {
    const line = 'word '.repeat(10_000);
    const { deck } = parseAndRender(`# Long\n\n${line}\n\n${'x'.repeat(50_000)}\n\n- ${line}\n`);
    expect(deck.slides).toHaveLength(1);
    expect(deck.slides[0].words).toBeGreaterThan(10_000);
    expect(deck.diagnostics.some((d) => d.code === 'overfull-slide')).toBe(true);
  });

  it('finishes on deeply nested lists, unclosed HTML and brackets', () => {
    // Sizes kept modest: marked itself is super-linear on nested lists (see the benchmark).
    const nestedList = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n');
    for (const source of [nestedList, '<div>'.repeat(5_000), '['.repeat(100_000), '<!--'.repeat(50_000), '`'.repeat(100_000), '![a]('.repeat(20_000)]) {
      const { deck } = parseAndRender(source);
      expect(deck.slides.length).toBeGreaterThanOrEqual(1);
    }
  });
});

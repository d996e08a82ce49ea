import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { readFrontMatter } from '../../../src/core/parse/front-matter';

describe('parse() front matter', () => {
  it('reports YAML errors at their line in the file and still reads the slides', () => {
    const deck = parse('---\ntitle: ok\nduration: [45m\n---\n\n# Slide\n');
    const error = deck.diagnostics.find((d) => d.code === 'front-matter-yaml')!;
    expect(error.severity).toBe('error');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.line).toBeLessThanOrEqual(4);
    expect(deck.slides.map((s) => s.title)).toEqual(['Slide']);
  });

  it('keeps unknown keys and warns about each at its line', () => {
    const deck = parse('---\ntitle: x\nvenue: hall\n---\n\n# A\n');
    expect(deck.meta.extra).toEqual({ venue: 'hall' });
    expect(deck.diagnostics).toContainEqual(expect.objectContaining({ code: 'unknown-key', severity: 'warning', line: 3 }));
  });

  it('reads durations in the forms people write', () => {
    const minutes = (d: string) => parse(`---\nduration: ${d}\n---\n\n# A\n`).meta.duration;
    expect(minutes('45m')).toBe(45);
    expect(minutes('1h30m')).toBe(90);
    expect(minutes('1.5h')).toBe(90);
    expect(minutes('90')).toBe(90);
    expect(minutes('90 minutes')).toBe(90);
  });

  it('reports unreadable duration and paper values with what to write instead', () => {
    const deck = parse('---\nduration: soon\npaper: legal\n---\n\n# A\n');
    expect(deck.diagnostics).toContainEqual(expect.objectContaining({ code: 'invalid-duration', line: 2, severity: 'error' }));
    expect(deck.diagnostics.find((d) => d.code === 'invalid-paper')?.message).toMatch(/letter.*a4/);
  });

  it('keeps an unquoted "Name: number" resource line as written', () => {
    const deck = parse('---\nresources:\n  - Hotline: 1-888-373-7888\n  - https://example.org\n---\n\n# A\n');
    expect(deck.meta.resources).toEqual(['Hotline: 1-888-373-7888', 'https://example.org']);
  });

  it('warns when the front matter is never closed', () => {
    const deck = parse('---\ntitle: x\n\n# A\n');
    expect(deck.diagnostics[0]).toMatchObject({ code: 'front-matter-unclosed', line: 1 });
  });

  it('takes the deck title from the first heading when the front matter has none', () => {
    expect(parse('\n## First heading\n').meta.title).toBe('First heading');
  });
});

describe('readFrontMatter() after a previous parse', () => {
  it('reuses unchanged YAML (frozen, so sharing it is safe) and reads changed YAML afresh', () => {
    const first = readFrontMatter('---\ntitle: A\nduration: [45m\n---\n# A\n');
    expect(Object.isFrozen(first.data)).toBe(true);
    const same = readFrontMatter('---\ntitle: A\nduration: [45m\n---\n# A, edited\n', first);
    expect(same.data).toBe(first.data);
    expect(same.diagnostics).toEqual(first.diagnostics);
    expect(same.diagnostics).not.toBe(first.diagnostics);
    const changed = readFrontMatter('---\ntitle: B\n---\n# A\n', first);
    expect(changed.data).toEqual({ title: 'B' });
    expect(changed.diagnostics).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintDeck } from '../../../src/core/lint/lint';
import { makeDeck, makeSlide } from './make-deck';

describe('lintDeck(): unknown-theme', () => {
  it('warns for a theme Podium does not ship and lists the ones it does', () => {
    const [found] = lintDeck(makeDeck([makeSlide()], { theme: 'solarized' }));
    expect(found).toMatchObject({ code: 'unknown-theme', severity: 'warning', line: 1 });
    expect(found.message).toMatch(/light.*dark.*high-contrast/);
  });

  it('points at the theme key when its line is known', () => {
    const [found] = lintDeck(makeDeck([makeSlide()], { theme: 'x' }), { keyLines: { theme: 6 } });
    expect(found.line).toBe(6);
  });

  it('accepts the built-in themes', () => {
    for (const theme of ['light', 'dark', 'high-contrast']) expect(lintDeck(makeDeck([makeSlide()], { theme }))).toEqual([]);
  });
});

describe('lintDeck(): minutes-mismatch', () => {
  const planned = (...minutes: (number | undefined)[]) => minutes.map((m, index) => makeSlide({ index, minutes: m }));

  it('warns when every slide is planned and the sum differs from duration', () => {
    const [found] = lintDeck(makeDeck(planned(10, 20, 10), { duration: 45 }), { keyLines: { duration: 4 } });
    expect(found).toMatchObject({ code: 'minutes-mismatch', severity: 'warning', line: 4 });
  });

  it('is quiet when the sum matches (fractions included)', () => {
    expect(lintDeck(makeDeck(planned(10, 20.5, 14.5), { duration: 45 }))).toEqual([]);
  });

  it('with some slides unplanned, warns only when the planned ones already exceed duration', () => {
    expect(lintDeck(makeDeck(planned(10, undefined, 20), { duration: 45 }))).toEqual([]);
    expect(lintDeck(makeDeck(planned(30, undefined, 20), { duration: 45 })).map((d) => d.code)).toEqual(['minutes-mismatch']);
  });

  it('is quiet without a duration or without any planned slide', () => {
    expect(lintDeck(makeDeck(planned(10, 20)))).toEqual([]);
    expect(lintDeck(makeDeck(planned(undefined, undefined), { duration: 45 }))).toEqual([]);
  });
});

describe('LINT_RULES', () => {
  it('documents every code lintDeck emits, in kebab-case', () => {
    const documented = new Set(LINT_RULES.map((r) => r.code));
    for (const rule of LINT_RULES) expect(rule.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    const deck = makeDeck([
      makeSlide({ index: 0, words: 100, assets: [{ kind: 'image', url: 'https://x.org/a.png', line: 3, column: 1, remote: true, alt: '' }] }),
      makeSlide({ index: 1, html: '', words: 0 }),
      makeSlide({ index: 2, notesText: '', minutes: 50 }),
    ], { theme: 'nope', duration: 45 });
    const emitted = new Set(lintDeck(deck).map((d) => d.code));
    expect(emitted.size).toBe(LINT_RULES.length);
    for (const code of emitted) expect(documented.has(code), code).toBe(true);
  });
});

describe('lintDeck(): key lines', () => {
  it('reads front-matter key lines the parser stored on the deck', () => {
    const deck = { ...makeDeck([makeSlide()], { theme: 'x' }), keyLines: { theme: 3 } };
    expect(lintDeck(deck)[0].line).toBe(3);
  });
});

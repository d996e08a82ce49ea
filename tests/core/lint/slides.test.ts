import { describe, expect, it } from 'vitest';
import { lintDeck } from '../../../src/core/lint/lint';
import { makeDeck, makeSlide } from './make-deck';

const codes = (deck: ReturnType<typeof makeDeck>, code: string) => lintDeck(deck).filter((d) => d.code === code);

describe('lintDeck(): empty-slide', () => {
  it('flags a slide with no text, media or background, at its first line', () => {
    const found = codes(makeDeck([makeSlide({ index: 0 }), makeSlide({ index: 1, title: '', html: '', words: 0, lines: { start: 7, end: 8 } })]), 'empty-slide');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', line: 7, column: 1 });
    expect(found[0].message).toMatch(/remove the extra separator|background/);
  });

  it('keeps slides that show only an image, a video or a background', () => {
    const deck = makeDeck([
      makeSlide({ index: 0, html: '<p><img src="a.png" alt="A"></p>', words: 0 }),
      makeSlide({ index: 1, html: '<video controls src="a.mp4"></video>', words: 0 }),
      makeSlide({ index: 2, html: '', words: 0, attributes: { 'data-background-color': '#000' } }),
      makeSlide({ index: 3, html: '', words: 0, background: { image: 'bg.jpg' } }),
    ]);
    expect(codes(deck, 'empty-slide')).toEqual([]);
  });

  it('counts a slide with only notes as empty', () => {
    expect(codes(makeDeck([makeSlide({ html: '', words: 0, notesText: 'only notes' })]), 'empty-slide')).toHaveLength(1);
  });
});

describe('lintDeck(): overfull-slide', () => {
  it('warns above 40 words and says how to fix it', () => {
    const found = codes(makeDeck([makeSlide({ words: 41 }), makeSlide({ words: 40 })]), 'overfull-slide');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/41 words.*split it/);
  });

  it('warns above 8 lines of text below the title even with few words', () => {
    const items = Array.from({ length: 9 }, (_, i) => `<li>${i}</li>`).join('');
    const found = codes(makeDeck([makeSlide({ html: `<h2>A slide</h2><ul>${items}</ul>`, words: 11 })]), 'overfull-slide');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/9 lines/);
  });

  it('accepts a title and 8 bullets', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li>${i}</li>`).join('');
    expect(codes(makeDeck([makeSlide({ html: `<h2>A slide</h2><ul>${items}</ul>`, words: 10 })]), 'overfull-slide')).toEqual([]);
  });
});

describe('lintDeck(): notes-missing', () => {
  it('is info on content slides without notes, never on the first slide', () => {
    const deck = makeDeck([
      makeSlide({ index: 0, notesText: '', notesHtml: '' }),
      makeSlide({ index: 1, notesText: '', notesHtml: '', lines: { start: 20, end: 25 } }),
      makeSlide({ index: 2 }),
    ]);
    const found = codes(deck, 'notes-missing');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', line: 20 });
    expect(found[0].message).toMatch(/Note:/);
  });

  it('skips empty slides and slides styled as title or lead', () => {
    const deck = makeDeck([
      makeSlide({ index: 0 }),
      makeSlide({ index: 1, notesText: '', html: '', words: 0 }),
      makeSlide({ index: 2, notesText: '', attributes: { class: 'lead invert' } }),
    ]);
    expect(codes(deck, 'notes-missing')).toEqual([]);
  });
});

describe('lintDeck(): notes-missing in other dialects', () => {
  it('tells a Marp author to write an HTML comment', () => {
    const deck = makeDeck([makeSlide({ index: 0 }), makeSlide({ index: 1, notesText: '' })], { dialect: 'marp' });
    expect(lintDeck(deck).find((d) => d.code === 'notes-missing')?.message).toMatch(/HTML comment/);
  });
});

describe('lintDeck(): where slide diagnostics point', () => {
  it('points at the first non-blank line of the slide, not the blank line after the separator', () => {
    const slide = makeSlide({ notesText: '', source: '\n\n## A slide\n\nSome words\n', lines: { start: 16, end: 21 } });
    expect(lintDeck(makeDeck([makeSlide({ index: 0 }), slide])).find((d) => d.code === 'notes-missing')?.line).toBe(18);
  });
});

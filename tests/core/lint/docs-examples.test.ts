// The examples in docs/deck-format.md are decks people will copy: they must read as documented.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/deck-format.md', import.meta.url)), 'utf8');
const EXAMPLES = [...DOC.matchAll(/```markdown\n([\s\S]*?)\n```\n/g)].map((m) => m[1]);
const WHOLE_DECKS = EXAMPLES.filter((e) => e.startsWith('---\n'));

describe('docs/deck-format.md examples', () => {
  it('has whole-deck examples for Podium, reveal-md and Marp', () => {
    expect(WHOLE_DECKS.map((deck) => parse(deck).meta.dialect)).toEqual(['podium', 'reveal-md', 'marp']);
  });

  it('reads every example without errors', () => {
    for (const example of EXAMPLES) {
      expect(parse(example).diagnostics.filter((d) => d.severity === 'error'), example.slice(0, 60)).toEqual([]);
    }
  });

  it('reads the complete example as the text says', () => {
    const deck = parse(WHOLE_DECKS[0]);
    expect(deck.meta).toMatchObject({ title: 'Knowledge is power', duration: 45, theme: 'light', paper: 'letter', presenters: ['Ana Ruiz', 'Sam Lee'] });
    expect(deck.meta.resources).toHaveLength(2);
    expect(deck.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [1, 1]]);
    expect(deck.slides[1]).toMatchObject({ title: 'Signs to notice', fragments: 2, minutes: 5 });
    expect(deck.slides.every((s) => s.notesText !== '')).toBe(true);
  });

  it('reads the reveal-md and Marp examples with their notes and backgrounds', () => {
    const reveal = parse(WHOLE_DECKS[1]);
    expect(reveal.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [1, 0], [1, 1]]);
    expect(reveal.slides[0].notesText).toBe('these are the notes');
    const marp = parse(WHOLE_DECKS[2]);
    expect(marp.slides[0].attributes.class).toBe('lead');
    expect(marp.slides[0].notesText).toMatch(/Welcome everyone/);
    expect(marp.slides[1].background?.image).toBe('images/hall.jpg');
  });
});

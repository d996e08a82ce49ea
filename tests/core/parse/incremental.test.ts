import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlideCache, parse } from '../../../src/core';

const piece = fc.constantFrom(
  '# Title', '## Heading', '- item', '- item <!-- .element: class="fragment" -->', 'Some text here.', '',
  '---', '----', '```', '```js', '~~~', 'Note:', 'Notes: say this', '<!-- .slide: data-minutes="2" -->',
  '![alt](images/a.png)', '![](b.png)', '<div>', '</div>', '> quote', 'x', '   ', '---\n', '\n\n---\n\n', '\n\n----\n\n',
);
const deckText = fc.array(piece, { minLength: 1, maxLength: 40 }).map((lines) => `---\ntitle: T\n---\n\n${lines.join('\n')}\n`);
const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 30 }),
  insert: fc.array(piece, { maxLength: 4 }).map((lines) => lines.join('\n')),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('parse() with a cache', () => {
  it('gives exactly what a fresh parse gives, after any sequence of edits', () => {
    fc.assert(fc.property(deckText, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const cache = createSlideCache();
      let text = start;
      parse(text, { cache });
      for (const e of edits) {
        text = applyEdit(text, e);
        expect(parse(text, { cache })).toEqual(parse(text));
      }
    }), { numRuns: 400 });
  });

  it('re-renders only the edited slide of a long deck', () => {
    const slides = Array.from({ length: 300 }, (_, i) => `## Slide ${i}\n\n- point ${i}\n\nNote:\nSay ${i}.`);
    const text = slides.join('\n\n---\n\n');
    const cache = createSlideCache();
    parse(text, { cache });
    expect(cache.lastRendered).toBe(300);
    const edited = text.replace('- point 150', '- point one hundred and fifty');
    const deck = parse(edited, { cache });
    expect(cache.lastRendered).toBeLessThanOrEqual(1);
    expect(deck.slides[150].html).toContain('one hundred and fifty');
    expect(deck).toEqual(parse(edited));
    parse(edited, { cache });
    expect(cache.lastRendered).toBe(0);
  });

  it('re-reads the whole deck when the front matter changes', () => {
    const cache = createSlideCache();
    parse('---\ntitle: A\n---\n\n# One\n', { cache });
    expect(parse('---\ntitle: B\n---\n\n# One\n', { cache }).meta.title).toBe('B');
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { slideAtLine } from '../../../src/renderer/lib/slide-at-line';
import { lineDiff } from '../../../src/renderer/lib/line-diff';
import { isRelative } from '../../../src/renderer/lib/assets';

describe('slideAtLine()', () => {
  const deck = parse('---\ntitle: T\n---\n\n# One\n\n---\n\n# Two\n\n----\n\n# Two down\n');
  it('finds the slide holding a line, the next slide for a separator, the first for front matter', () => {
    expect(slideAtLine(deck.slides, 1)).toBe(0);
    expect(slideAtLine(deck.slides, 5)).toBe(0);
    expect(slideAtLine(deck.slides, 7)).toBe(1);
    expect(slideAtLine(deck.slides, 9)).toBe(1);
    expect(slideAtLine(deck.slides, 13)).toBe(2);
    expect(slideAtLine(deck.slides, 99)).toBe(2);
  });
});

describe('lineDiff()', () => {
  it('marks lines only in mine and only in theirs, keeping the common ones', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'theirs', text: 'B' },
      { kind: 'mine', text: 'b' },
      { kind: 'same', text: 'c' },
    ]);
  });
});

describe('isRelative()', () => {
  it('treats only deck-relative paths as assets to resolve', () => {
    expect(isRelative('images/a.png')).toBe(true);
    expect(isRelative('https://x.org/a.png')).toBe(false);
    expect(isRelative('data:image/png;base64,AA')).toBe(false);
    expect(isRelative('//cdn/a.png')).toBe(false);
    expect(isRelative('#slide-2')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { writeMinutes } from '../../../src/renderer/lib/write-minutes';

const source = [
  '---', 'title: T', '---', '',
  '# Welcome', '<!-- .slide: data-minutes="2" data-background-color="#111" -->', '', 'Hello', '',
  '---', '',
  '## No comment yet', '', '- point', '',
  '---', '',
  'Text only, no heading', '<!-- .slide: class="center" -->', '',
].join('\n');

describe('writeMinutes()', () => {
  const deck = parse(source);
  const out = writeMinutes(source, deck.slides, new Map([[0, 3], [1, 1.5], [2, 0.5]]));

  it('replaces an existing data-minutes and keeps the other attributes', () => {
    expect(out).toContain('<!-- .slide: data-minutes="3" data-background-color="#111" -->');
  });
  it('adds a .slide comment under the heading when the slide has none', () => {
    expect(out).toContain('## No comment yet\n<!-- .slide: data-minutes="1.5" -->');
  });
  it('adds data-minutes to an existing comment without one', () => {
    expect(out).toContain('<!-- .slide: class="center" data-minutes="0.5" -->');
  });
  it('round-trips: the engine reads the written minutes back', () => {
    expect(parse(out).slides.map((s) => s.minutes)).toEqual([3, 1.5, 0.5]);
  });
  it('leaves slides without a recorded time alone', () => {
    expect(writeMinutes(source, deck.slides, new Map())).toBe(source);
  });
});

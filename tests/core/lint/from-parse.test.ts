// Lint as users meet it: through parse(), with lines and columns pointing into the file.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';

const DECK = [
  '---',                                   // 1
  'title: Lint through parse',             // 2
  'theme: solarised',                      // 3
  'duration: 15m',                         // 4
  '---',                                   // 5
  '',                                      // 6
  '# Lint through parse',                  // 7
  '<!-- .slide: data-minutes="4" -->',     // 8
  '',                                      // 9
  'Welcome ![](images/logo.png)',          // 10
  '',                                      // 11
  'Note:',                                 // 12
  'Say hello.',                            // 13
  '',                                      // 14
  '---',                                   // 15
  '',                                      // 16
  '## Remote',                             // 17
  '<!-- .slide: data-minutes="4" -->',     // 18
  '',                                      // 19
  '![Map](https://example.org/map.png)',   // 20
  '',                                      // 21
  '---',                                   // 22
  '',                                      // 23
  '---',                                   // 24
  '',                                      // 25
  '## Last',                               // 26
  '<!-- .slide: data-minutes="4" -->',     // 27
  '',                                      // 28
  'Text',                                  // 29
  '',                                      // 30
  'Note:',                                 // 31
  'End.',                                  // 32
].join('\n');

const find = (source: string, code: string) => parse(source).diagnostics.filter((d) => d.code === code);

describe('lintDeck() through parse()', () => {
  for (const [name, source] of [['LF', DECK], ['CRLF with a byte-order mark', `\ufeff${DECK.replace(/\n/g, '\r\n')}`]]) {
    describe(name, () => {
      it('points unknown-theme and minutes-mismatch at their front-matter keys', () => {
        expect(find(source, 'unknown-theme').map((d) => d.line)).toEqual([3]);
        // 12 planned minutes and one slide unplanned: still within 15m, so no warning.
        expect(find(source, 'minutes-mismatch')).toEqual([]);
      });

      it('points image-alt-missing at the image, column included', () => {
        const [found, ...rest] = find(source, 'image-alt-missing');
        expect(rest).toEqual([]);
        expect(found.line).toBe(10);
        // Column 9 is the `!`, column 13 the URL: either points into the image syntax.
        expect(found.column).toBeGreaterThanOrEqual(9);
        expect(found.column).toBeLessThanOrEqual(13);
      });

      it('points remote-asset at the remote image', () => {
        expect(find(source, 'remote-asset').map((d) => d.line)).toEqual([20]);
      });

      it('finds the empty slide between two separators and the slide without notes', () => {
        const empty = find(source, 'empty-slide');
        expect(empty).toHaveLength(1);
        expect(empty[0].line).toBeGreaterThan(22);
        expect(empty[0].line).toBeLessThan(24);
        const notes = find(source, 'notes-missing');
        expect(notes).toHaveLength(1);
        expect(notes[0].line).toBe(17); // the slide's heading
      });
    });
  }

  it('warns on minutes when the planned slides exceed the duration', () => {
    expect(find(DECK.replace('duration: 15m', 'duration: 8m'), 'minutes-mismatch').map((d) => d.line)).toEqual([4]);
  });
});

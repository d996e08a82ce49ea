import { describe, expect, it } from 'vitest';
import { measureText } from '../../../src/core/text/measure';

const words = (html: string) => measureText(html).words;
const lines = (html: string, title = '') => measureText(html, title).lines;

describe('measureText(): words', () => {
  it('counts words a reader sees, splitting at block boundaries but not inside inline markup', () => {
    expect(words('<h2>Who to call</h2><p>Dial <strong>now</strong>ish</p>')).toBe(5);
    expect(words('<p>a</p><p>b</p>')).toBe(2);
    expect(words('<li>a</li>b')).toBe(2);
    expect(words('<img src="a.png" alt="x">word')).toBe(1);
    expect(words('<P>a</P><P>b</P>')).toBe(2);
  });

  it('reads a character reference as one character, and a non-breaking space as joining words', () => {
    expect(words('<p>Tom &amp; Jerry</p>')).toBe(3);
    expect(words('<p>10&nbsp;km</p>')).toBe(1);
  });

  it('leaves out the content of style and script elements', () => {
    expect(words('<style>.x { color: red }</style><p>one</p>')).toBe(1);
    expect(measureText('<style>.x { color: red }</style><p>one</p>').lines).toBe(1);
  });

  it('counts the title\'s words but not its line', () => {
    expect(measureText('<h2>Who to call</h2><p>Dial now</p>', 'Who to call')).toEqual({ words: 5, lines: 1 });
  });
});

describe('measureText(): lines', () => {
  it('counts blocks, line breaks and code lines, not the title', () => {
    expect(lines('<h2>T</h2><p>a<br>b</p><ul><li><p>c</p></li></ul>', 'T')).toBe(3);
    expect(lines('<pre><code>one\ntwo\nthree\n</code></pre>')).toBe(3);
  });

  it('wraps a long paragraph over several lines, an entity counting as one character', () => {
    expect(lines(`<p>${'word '.repeat(60)}</p>`)).toBe(6);
    expect(lines(`<p>${'&amp;'.repeat(55)}</p>`)).toBe(1);
  });

  it('ignores empty blocks and tags without text', () => {
    expect(lines('<p></p><div><img src="a.png"></div>')).toBe(0);
  });

  it('reads a < with no > after it as text (sanitised HTML writes &lt; for any other)', () => {
    expect(measureText('1 < 2')).toEqual({ words: 3, lines: 1 });
  });
});

// The plain-prose shortcut must write exactly what marked writes, and must not take text marked
// would read as Markdown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderWithMarked } from '../../../src/core/render/markdown';
import { isPlainProse, renderPlainProse } from '../../../src/core/render/plain-prose';

// Ordinary words and punctuation, every character Markdown gives a meaning to, and the whitespace
// and line shapes around which block syntax starts.
const PIECES = [
  'word', 'Hotline', 'call', 'ñandú', 'مرحبا', '👋', 'I', 'a', '1-888-373-7888', '233733', 'www', 'http', 'ftp', 'mailto', 'xmpp',
  ' ', ' ', ' ', '  ', '\n', '\n', '\n\n', '\n\n\n', '\t', '\u00a0', '\u2003', '\r', '\u0000', '\u2028',
  '.', ',', ';', ':', '!', '?', '"', "'", '(', ')', '{', '}', '%', '$', '^', '/', '—', '“', '”',
  '*', '_', '`', '~', '#', '>', '<', '|', '=', '[', ']', '\\', '&', '@', '-', '+', '1.', '2)', '://', 'www.', '&amp;', '&#39;', '<b>', '---', '***',
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }).map((p) => p.join(''));
// Mostly ordinary prose, so plenty of cases take the shortcut.
const prose = fc.array(fc.constantFrom('word', 'Hotline', 'call', ' ', ' ', '\n', '\n\n', '.', ',', ':', '"', "'", '(', ')', '—', '1', '-', '?'), { minLength: 1, maxLength: 30 })
  .map((p) => p.join(''));

// Lines whose first characters are the ones block syntax looks at, joined by line and paragraph breaks.
const LINE_FIRSTS = [':', '.', ',', '!', '?', '(', '"', "'", '/', '%', '$', '^', '{', ';', 'a', 'é', '—', '\u00a0', '\u2003', '\u2028', '\ufeff', '•', '…', '−', '–', '1', '-', '+', ' ', '=', '|'];
const LINE_PARTS = ['word', ' ', '  ', ':', '-', '.', ',', '!', '?', '(', ')', '"', "'", '1', '2.', '3)', 'www', 'http', 'ww.', ':/', '—', '\u00a0', ':-:', '-:', '::', '|'];
const lines = fc.array(
  fc.tuple(fc.constantFrom(...LINE_FIRSTS), fc.array(fc.constantFrom(...LINE_PARTS), { maxLength: 6 }), fc.constantFrom('\n', '\n', '\n\n')),
  { minLength: 1, maxLength: 5 },
).map((ls) => ls.map(([first, parts, end], i) => (i ? end : '') + first + parts.join('')).join(''));

describe('plain prose', () => {
  it('renders exactly as marked does whenever the shortcut applies', () => {
    let taken = 0;
    fc.assert(fc.property(fc.oneof(text, prose, lines), (t) => {
      if (!isPlainProse(t)) return;
      taken++;
      expect(renderPlainProse(t)).toBe(renderWithMarked(t, 'podium').html);
      expect(renderPlainProse(t)).toBe(renderWithMarked(t, 'marp').html);
    }), { numRuns: 50000 });
    expect(taken).toBeGreaterThan(2000);
  });

  it('takes typical speaker notes and leaves anything with Markdown to marked', () => {
    const note = 'Ask the room: "What did you notice?" Give people a minute.\n\nThen read the hotline number twice: 1-888-373-7888.';
    expect(isPlainProse(note)).toBe(true);
    expect(renderMarkdown(note, 'podium').html).toBe('<p>Ask the room: &quot;What did you notice?&quot; Give people a minute.</p>\n\n\n<p>Then read the hotline number twice: 1-888-373-7888.</p>\n');
    for (const markdown of ['Call **now**', 'See https://humantraffickinghotline.org', 'a\n- b', 'Text 233733 <br>', 'x  \ny', 'mail help@example.org', '    code', '1. one', 'Title\n===', 'Sign\n:-']) {
      expect(isPlainProse(markdown)).toBe(false);
    }
  });
});

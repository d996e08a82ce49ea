// Plain text of slide HTML: what titles, notes text, outlines and lint read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../src/core/text/html';

/** The rules written as plainly as possible: the fast implementation must agree with this. */
function referenceText(html: string): string {
  const blocks = /<\/(p|h[1-6]|li|div|blockquote|pre|tr|table|ul|ol|section|figure|dt|dd|br|header|footer)\b[^>]*>|<br\b[^>]*>/gi;
  const stripped = html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?(<\/\1[^>]*>|$)/gi, '')
    .replace(blocks, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(stripped)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, (m) => (m.indexOf('\n') !== m.lastIndexOf('\n') ? '\n\n' : '\n'))
    .trim();
}

describe('htmlToText', () => {
  it('drops tags, breaks lines at block ends and decodes entities', () => {
    expect(htmlToText('<h2>Who to <em>call</em></h2><p>Dial&nbsp;&amp; ask</p>')).toBe('Who to call\nDial & ask');
    expect(htmlToText('<ul><li>One</li><li>Two</li></ul>')).toBe('One\nTwo');
    expect(htmlToText('<p>a</p>\n\n\n<p>b</p>')).toBe('a\n\nb');
    expect(htmlToText('line<br>next')).toBe('line\nnext');
  });

  it('collapses spaces and tabs, and trims', () => {
    expect(htmlToText('  a \t\u00a0 b  ')).toBe('a b');
    expect(htmlToText('a  \n   b')).toBe('a\nb');
    expect(htmlToText('plain')).toBe('plain');
    expect(htmlToText('')).toBe('');
    expect(htmlToText(' \n\t ')).toBe('');
  });

  it('skips style and script content', () => {
    expect(htmlToText('<style>p{color:red}</style>Text<script>x()</script> after')).toBe('Text after');
  });

  it('keeps non-Latin text and emoji', () => {
    expect(htmlToText('<p>مرحبا  بكم 👋</p><p>señal</p>')).toBe('مرحبا بكم 👋\nseñal');
  });

  it('agrees with the plain reference on any mix of tags, entities and whitespace', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<br>', '<em>', '</em>', '</h2>', '<style>', '</style>', '<script>', '</script>',
      'word', 'señal', '👋', ' ', '  ', '\t', '\n', '\n\n', '\u00a0', '&nbsp;', '&amp;', '&#10;', '&lt;b&gt;', '\u2003', '1 &lt; 2', '&quot;', '&#39;');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (html) => {
      expect(htmlToText(html)).toBe(referenceText(html));
    }), { numRuns: 2000 });
  });
});

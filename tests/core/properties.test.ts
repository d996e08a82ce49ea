// Properties the engine must keep on any input (fast-check generates the decks and the HTML).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, renderSection, renderSlides, sanitizeHtml } from '../../src/core';
import { executableConstructs } from './executable';

const WORDS = ['alpha', 'beta', 'gamma', 'signs', 'call', 'ñandú', 'señal', 'مرحبا', 'إشارات', '👋', '🙂', 'a', 'I'];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

/** One line of slide content: never a separator, a fence or front matter. */
const contentLine = fc.oneof(
  words,
  words.map((w) => `# ${w}`),
  words.map((w) => `## ${w}`),
  words.map((w) => `- ${w}`),
  words.map((w) => `1. ${w}`),
  words.map((w) => `> ${w}`),
  words.map((w) => `**${w}** and _${w}_`),
  words.map((w) => `- ${w} <!-- .element: class="fragment" -->`),
  words.map((w) => `![${w}](images/${w.length}.png)`),
  words.map((w) => `<span class="x">${w}</span>`),
  fc.constant('<!-- .slide: data-minutes="2" -->'),
  fc.constant(''),
);

const slideBody = fc.array(contentLine, { maxLength: 6 }).map((lines) => lines.join('\n'));
const separator = fc.constantFrom('---', '----');

interface GeneratedDeck { source: string; separators: number }

/** A deck without front matter or code fences: slide bodies joined by blank-line separators. */
const deckWithoutFrontMatter = fc.record({
  slides: fc.array(fc.tuple(slideBody, separator), { minLength: 1, maxLength: 12 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
}).map(({ slides, crlf, bom }): GeneratedDeck => {
  let source = slides[0][0];
  for (let i = 1; i < slides.length; i++) source += `\n\n${slides[i - 1][1]}\n\n${slides[i][0]}`;
  if (crlf) source = source.replace(/\n/g, '\r\n');
  return { source: (bom ? '\ufeff' : '') + source, separators: slides.length - 1 };
});

/** Markdown-ish noise: the tokens that steer a slide splitter, mixed with anything at all. */
const noisyText = fc.array(fc.oneof(
  fc.constantFrom('---', '----', '\n', '\r\n', '\n\n', 'Note:', 'Notes:', '```', '~~~', '<!--', '-->', '<!-- .slide: class="x" -->',
    '# ', '> ', '* ', '- ', '***', '___', '===', '\t', '\ufeff', 'marp: true', 'separator: x', '<p>', '</div>', '[a](b)', '![](c.png)'),
  fc.string({ maxLength: 20 }),
), { maxLength: 40 }).map((parts) => parts.join(''));

const lineCount = (source: string) => source.split(/\r\n|\r|\n/).length;

describe('parse() properties', () => {
  it('never throws, on any text', () => {
    fc.assert(fc.property(fc.oneof(noisyText, fc.string(), fc.string({ unit: 'grapheme' })), (source) => {
      const deck = parse(source);
      expect(Array.isArray(deck.slides)).toBe(true);
    }), { numRuns: 400 });
  });

  it('never throws with front matter of any shape', () => {
    fc.assert(fc.property(noisyText, noisyText, (yaml, body) => {
      parse(`---\n${yaml}\n---\n${body}`);
    }), { numRuns: 200 });
  });

  it('makes one slide more than there are separators', () => {
    fc.assert(fc.property(deckWithoutFrontMatter, ({ source, separators }) => {
      expect(parse(source).slides).toHaveLength(separators + 1);
    }), { numRuns: 300 });
  });

  it('keeps every slide inside the file, in order, without overlaps', () => {
    fc.assert(fc.property(fc.oneof(deckWithoutFrontMatter.map((d) => d.source), noisyText), (source) => {
      const total = lineCount(source);
      let previousEnd = 0;
      for (const slide of parse(source).slides) {
        expect(slide.lines.start).toBeGreaterThanOrEqual(1);
        expect(slide.lines.end).toBeLessThanOrEqual(total);
        expect(slide.lines.start).toBeLessThanOrEqual(slide.lines.end);
        expect(slide.lines.start).toBeGreaterThan(previousEnd);
        previousEnd = slide.lines.end;
      }
    }), { numRuns: 300 });
  });

  it('never shows note text on a slide', () => {
    const slideWithNotes = fc.tuple(slideBody, fc.array(contentLine, { maxLength: 3 }), fc.constantFrom('Note:', 'Notes:'));
    fc.assert(fc.property(fc.array(fc.tuple(slideWithNotes, separator), { minLength: 1, maxLength: 8 }), (slides) => {
      const source = slides.map(([[body, extra, keyword]], i) =>
        `${body}\n\n${keyword}\nzqxnote${i}x said here\n${extra.join('\n')}`).reduce((all, text, i) => (i === 0 ? text : `${all}\n\n${slides[i - 1][1]}\n\n${text}`), '');
      const deck = parse(source);
      expect(deck.slides).toHaveLength(slides.length);
      deck.slides.forEach((slide, i) => {
        expect(slide.html).not.toContain('zqxnote');
        expect(slide.notesText).toContain(`zqxnote${i}x`);
        expect(renderSection(slide, { notes: false })).not.toContain('zqxnote');
      });
      expect(renderSlides(deck, { notes: false })).not.toContain('zqxnote');
    }), { numRuns: 200 });
  });
});

describe('parse() properties in other dialects', () => {
  it('never shows a Marp note comment on a slide, and never loses one', () => {
    fc.assert(fc.property(fc.array(fc.tuple(slideBody, fc.boolean()), { minLength: 1, maxLength: 8 }), (slides) => {
      const body = slides.map(([content, noteFirst], i) => {
        const note = `<!--\nzqxnote${i}x ${'said '.repeat(i % 3)}\n-->`;
        return noteFirst ? `${note}\n\n${content}` : `${content}\n\n${note}`;
      }).join('\n\n---\n\n');
      const deck = parse(`---\nmarp: true\n---\n\n${body}`);
      expect(deck.slides).toHaveLength(slides.length);
      deck.slides.forEach((slide, i) => {
        expect(slide.html).not.toContain('zqxnote');
        expect(slide.notesText).toContain(`zqxnote${i}x`);
      });
    }), { numRuns: 150 });
  });

  it('never shows reveal-md notes (custom notesSeparator) on a slide', () => {
    fc.assert(fc.property(fc.array(slideBody, { minLength: 1, maxLength: 8 }), (slides) => {
      const body = slides.map((content, i) => `${content}\n\nSpeaker: zqxnote${i}x here`).join('\n\n---\n\n');
      const deck = parse(`---\nnotesSeparator: "^Speaker:"\n---\n\n${body}`);
      expect(deck.meta.dialect).toBe('reveal-md');
      expect(deck.slides).toHaveLength(slides.length);
      deck.slides.forEach((slide, i) => {
        expect(slide.html).not.toContain('zqxnote');
        expect(slide.notesText).toContain(`zqxnote${i}x`);
      });
    }), { numRuns: 150 });
  });
});

const HOSTILE = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//x.test/x.js></SCRIPT>', '<script', '</script>', '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" JaVaScRiPt:alert(1)">x</a>', '<a href="java\nscript:alert(1)">', '<a href="jav&Tab;ascript:alert(1)">', '<a href="javascript&colon;alert(1)">',
  '<iframe src="x"></iframe>', '<iframe srcdoc="<script>alert(1)</script>">', '<object data="x"></object>', '<embed src="x">',
  '<form action="x"><input name=a><button formaction="javascript:alert(1)">go</button></form>', '<base href="//evil.test/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', '<svg><animate attributeName=href values=javascript:alert(1) />',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>', '<div style="width: expression(alert(1))">', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<video><source onerror=alert(1)></video>',
  '<details open ontoggle=alert(1)>', '<body onload=alert(1)>', '<input autofocus onfocus=alert(1)>', '<select><template><style><img src onerror=x>',
  '<section data-background-iframe="javascript:alert(1)">', '<a href="vbscript:msgbox(1)">', '<link rel=stylesheet href=x>', '<object data="javascript:alert(1)">',
  '\n<!-- .slide: onclick="alert(1)" data-background-image="javascript:alert(1)" style="background:url(javascript:x)" -->\n',
  ' <!-- .element: onmouseover="alert(1)" href="javascript:alert(1)" -->', '\n<!-- .slide: data-background-iframe="javascript:alert(1)" -->\n',
  '<!--', '-->', '<![CDATA[', ']]>', '<textarea>', '</textarea>', '<title>', '<xmp>', '<plaintext>', '<p', '<a', ' href=', ' src=', ' onclick=', '"', "'",
  '>', '<', '/', ' ', '=', '&', '&#', ';', 'javascript:', '\n', '\t', '\u0000', 'on', 'x',
];

const hostileHtml = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 8 })), { maxLength: 25 }).map((p) => p.join(''));

describe('sanitizeHtml() properties', () => {
  it('leaves no executable construct in hostile or arbitrary HTML', () => {
    fc.assert(fc.property(fc.oneof(hostileHtml, fc.string()), (html) => {
      expect(executableConstructs(sanitizeHtml(html))).toEqual([]);
    }), { numRuns: 1000 });
  });

  it('leaves none in slides, notes or section attributes of a deck full of hostile HTML', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileHtml, hostileHtml), { minLength: 1, maxLength: 4 }), (slides) => {
      const source = slides.map(([body, notes]) => `## Title\n\n${body}\n\nNote:\n${notes}`).join('\n\n---\n\n');
      const deck = parse(source);
      const html = renderSlides(deck, { notes: true });
      expect(executableConstructs(html)).toEqual([]);
      for (const slide of deck.slides) {
        expect(executableConstructs(slide.html)).toEqual([]);
        expect(executableConstructs(slide.notesHtml)).toEqual([]);
      }
    }), { numRuns: 300 });
  });
});

describe('executableConstructs() (the oracle itself)', () => {
  it('finds what it is meant to find', () => {
    for (const bad of ['<script>x</script>', '<img src=x onerror=y>', '<a href=" java\tscript:x">', '<iframe>', '<form>', '<base href=x>', '<meta charset=x>', '<div style="background:url(javascript:x)">']) {
      expect(executableConstructs(bad), bad).not.toEqual([]);
    }
    expect(executableConstructs('<p>onclick=x javascript: is text</p><a href="https://x.test">ok</a>')).toEqual([]);
  });
});

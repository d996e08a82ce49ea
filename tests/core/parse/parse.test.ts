import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { fragment } from '../support/dom';

const source = readFileSync(join(__dirname, '../../fixtures/core/podium/workshop.md'), 'utf8');

describe('parse()', () => {
  const deck = parse(source);

  describe('front matter', () => {
    it('reads every documented key', () => {
      expect(deck.meta).toMatchObject({
        title: 'Knowledge is power',
        subtitle: 'Recognising the signs',
        series: 'Community workshops',
        presenters: ['Ana Ruiz', 'Sam Lee'],
        event: "St. Mark's hall",
        date: '2026-03-14',
        duration: 60,
        theme: 'high-contrast',
        paper: 'a4',
        lang: 'en',
        contentNote: 'This session discusses exploitation. Step out whenever you need to.',
        resources: ['National Human Trafficking Hotline: 1-888-373-7888 (24/7), text 233733', 'https://humantraffickinghotline.org'],
        dialect: 'podium',
      });
      expect(deck.bodyLine).toBe(19);
      expect(deck.keyLines.theme).toBe(11);
    });

    it('reports no problem for a clean deck', () => {
      expect(deck.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    });
  });

  describe('slides', () => {
    it('numbers slides as reveal.js does, stacks included', () => {
      expect(deck.slides.map((s) => [s.h, s.v, s.title])).toEqual([
        [0, 0, 'Knowledge is power'],
        [1, 0, 'Signs to notice'],
        [1, 1, 'A closer look'],
        [2, 0, 'The film'],
        [3, 0, 'Who to call'],
      ]);
    });

    it('records each slide’s line range, separators excluded', () => {
      expect(deck.slides.map((s) => [s.lines.start, s.lines.end])).toEqual([[19, 26], [29, 42], [45, 51], [54, 61], [64, 77]]);
      const lines = source.split('\n');
      expect(lines[deck.slides[1].lines.start - 2]).toBe('---');
      expect(lines[deck.slides[1].lines.start]).toBe('## Signs to notice');
    });

    it('keeps notes out of the slide and as HTML and text', () => {
      const signs = deck.slides[1];
      expect(signs.notesText).toBe('Ask: which of these surprised you?\n\nIf someone discloses, thank them and point to the hotline.');
      expect(fragment(signs.notesHtml).querySelectorAll('p')).toHaveLength(2);
      expect(signs.html).not.toContain('surprised');
      expect(deck.slides[2].notesText).toBe('Keep it short.');
    });

    it('applies .element comments to the element before them and counts fragments', () => {
      const items = fragment(deck.slides[1].html).querySelectorAll('li.fragment');
      expect(items).toHaveLength(3);
      expect(deck.slides[1].fragments).toBe(3);
      expect(deck.slides[0].fragments).toBe(0);
    });

    it('cannot be fooled by a deck that writes what looks like an element comment placeholder', () => {
      const slide = parse('First <!--0--> &lt;!--0--&gt; `<!--0-->`\n\nSecond <!-- .element: class="fragment" -->\n').slides[0];
      const paragraphs = fragment(slide.html).querySelectorAll('p');
      expect(paragraphs[0].hasAttribute('class')).toBe(false);
      expect(paragraphs[0].textContent).toBe('First  <!--0--> <!--0-->');
      expect(paragraphs[1].getAttribute('class')).toBe('fragment');
      expect(slide.html).not.toMatch(/<!--/);
    });

    it('reads planned minutes and backgrounds from .slide comments', () => {
      expect(deck.slides.map((s) => s.minutes)).toEqual([5, 20, 15, 15, 5]);
      expect(deck.slides[2].attributes['data-background-color']).toBe('#0b1d33');
      expect(deck.slides[2].background).toEqual({ color: '#0b1d33' });
    });

    it('renders a video file given as an image as a playable <video>', () => {
      const video = fragment(deck.slides[3].html).querySelector('video')!;
      expect(video.getAttribute('src')).toBe('media/hotline.mp4');
      expect(video.hasAttribute('controls')).toBe(true);
      expect(deck.slides[3].assets).toEqual([expect.objectContaining({ kind: 'video', url: 'media/hotline.mp4', line: 58, column: 33, remote: false })]);
    });

    it('lists images with their alt text and position, and remote links', () => {
      expect(deck.slides[1].assets).toContainEqual({ kind: 'image', url: 'images/signs.svg', line: 37, column: 40, remote: false, alt: 'Three warning signs, shown as icons' });
    });

    it('marks media written with data-optional (and their <source>s) as optional', () => {
      const deck = parse('<video controls data-optional><source src="media/film.mp4" type="video/mp4"></video>\n\n<video src="media/other.mp4"></video>\n');
      expect(deck.slides[0].assets.map((a) => [a.url, a.optional ?? false])).toEqual([['media/film.mp4', true], ['media/other.mp4', false]]);
    });

    it('never splits or takes notes inside a code fence', () => {
      const last = deck.slides[4];
      expect(fragment(last.html).querySelector('pre code')?.textContent).toContain('Note: this line is code, not notes\n---\nand this is not a separator');
      expect(last.notesText).toBe('Read the number twice.');
    });

    it('writes code blocks as reveal.js reads them: the language as class, line steps as data-line-numbers', () => {
      const code = fragment(parse('```js [2: 1-2|4]\nlet a = "<b>";\n```\n\nText with a blank line kept.\n').slides[0].html).querySelector('pre code');
      expect(code?.getAttribute('class')).toBe('js');
      expect(code?.getAttribute('data-line-numbers')).toBe('1-2|4');
      expect(code?.getAttribute('data-ln-start-from')).toBe('2');
      expect(code?.textContent).toBe('let a = "<b>";');
    });

    it('counts the words a reader sees', () => {
      expect(deck.slides[0].words).toBe(6);
    });
  });

  describe('separators', () => {
    it('needs a blank line on each side, and says so when one is missing', () => {
      const deck = parse('# A\n\ntext\n---\n\n# B\n');
      expect(deck.slides).toHaveLength(1);
      expect(deck.diagnostics).toContainEqual(expect.objectContaining({ code: 'separator-spacing', line: 4, severity: 'warning' }));
    });

    it('starts a stack with ---- and keeps counting horizontally after it', () => {
      const deck = parse('# A\n\n----\n\n# A2\n\n---\n\n# B\n');
      expect(deck.slides.map((s) => [s.h, s.v])).toEqual([[0, 0], [0, 1], [1, 0]]);
    });
  });

  describe('never throws', () => {
    it.each([
      ['empty', ''],
      ['only front matter', '---\ntitle: x\n---\n'],
      ['unclosed front matter', '---\ntitle: x\n# no end'],
      ['NUL bytes and private-use markers', 'a\u0000b\uE000c\uE001'],
      ['lone surrogates', '# \ud800 \udfff'],
    ])('%s', (_name, input) => {
      const deck = parse(input);
      expect(Array.isArray(deck.slides)).toBe(true);
      expect(deck.diagnostics.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
    });
  });
});

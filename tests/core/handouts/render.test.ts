import { describe, expect, it } from 'vitest';
import { HandoutError, LAYOUTS, renderHandout } from '../../../src/core/handouts';
import { colourBrightness } from '../../../src/core/handouts/thumbnail';
import { makeDeck, makeSlide } from './make-deck';

const count = (html: string, needle: RegExp) => (html.match(needle) ?? []).length;

describe('renderHandout()', () => {
  describe('N-up layouts', () => {
    it.each([
      ['slides-1', 12],
      ['slides-2', 6],
      ['slides-3', 4],
      ['slides-6', 2],
    ] as const)('lays 12 slides out as %s on the right number of sheets', (layout, sheets) => {
      const doc = renderHandout(makeDeck(12), { layout, paper: 'letter' });
      expect(doc.pageCount).toBe(sheets);
      expect(count(doc.html, /class="pd-page pd-grid"/g)).toBe(sheets);
      expect(count(doc.html, /class="pd-thumb"/g)).toBe(12);
    });

    it('puts ruled note lines beside every slide in slides-3', () => {
      const doc = renderHandout(makeDeck(3), { layout: 'slides-3', paper: 'a4' });
      expect(count(doc.html, /class="pd-lines"/g)).toBe(3);
    });

    it('embeds the real slide section, attributes and all, scaled with zoom', () => {
      const slide = makeSlide(0, { attributes: { 'data-background-color': '#123456', class: 'title' }, background: { color: '#123456' } });
      const { html } = renderHandout(makeDeck([slide]), { layout: 'slides-1', paper: 'letter' });
      expect(html).toContain('<section data-background-color="#123456" class="title has-dark-background"><h2>Slide title 1</h2>');
      expect(html).toMatch(/class="pd-frame reveal-viewport[^"]*" style="zoom: 0\.\d+"/);
      expect(html).toContain('background-color: #123456');
    });

    it('shows fragments in their final state and keeps notes out of the thumbnails', () => {
      const { html } = renderHandout(makeDeck(2), { layout: 'slides-6', paper: 'letter' });
      expect(html).toMatch(/\.pd-frame \.fragment \{ opacity: 1 !important; visibility: visible !important/);
      expect(html).not.toContain('Notes for slide 1');
    });
  });

  it('marks slides on light and dark background colours as reveal.js does', () => {
    expect(colourBrightness('#fff')).toBe(255);
    expect(colourBrightness('#1d3557')).toBeLessThan(128);
    expect(colourBrightness('rgb(250, 240, 200)')).toBeGreaterThan(128);
    expect(colourBrightness('black')).toBe(0);
    expect(colourBrightness('var(--x)')).toBeUndefined();
    const light = makeSlide(0, { background: { color: '#ffeeaa' } });
    expect(renderHandout(makeDeck([light]), { layout: 'slides-1', paper: 'letter' }).html).toContain('<section class="has-light-background">');
  });

  describe('page chrome', () => {
    it('sets the paper size and margin boxes for header and footer', () => {
      const deck = makeDeck(2, { event: 'Riverside panel', date: '2026-12-01' });
      const letter = renderHandout(deck, { layout: 'outline', paper: 'letter' }).html;
      expect(letter).toContain('size: letter portrait');
      expect(letter).toContain('@top-left { content: "Knowledge is power"');
      expect(letter).toContain('@top-right { content: "Riverside panel · 2026-12-01"');
      expect(letter).toContain('@bottom-left { content: "National Human Trafficking Hotline: 1-888-373-7888 (24/7), text 233733"');
      expect(letter).toContain('content: "Page " counter(page) " of " counter(pages)');
      expect(renderHandout(deck, { layout: 'outline', paper: 'a4' }).html).toContain('size: A4 portrait');
    });

    it('escapes hostile deck text in the header, title and body', () => {
      const deck = makeDeck([makeSlide(0, { title: '</style><script>alert(1)</script>', html: '<h2>&lt;b&gt;</h2>' })], {
        title: 'A "quoted" </style><script>alert(1)</script> title',
        resources: ['Call \\ "now" </style>'],
      });
      for (const layout of LAYOUTS.filter((l) => l !== 'card')) {
        const { html } = renderHandout(deck, { layout, paper: 'letter' });
        expect(html).not.toMatch(/<script/i);
        expect(count(html, /<\/style>/g)).toBe(1);
      }
      const { html } = renderHandout(deck, { layout: 'outline', paper: 'letter' });
      expect(html).toContain('content: "A \\"quoted\\" \\3C /style>\\3C script>alert(1)\\3C /script> title"');
      expect(html).toContain('content: "Call \\\\ \\"now\\" \\3C /style>"');
    });

    it('drops the theme\'s print rules and @page so they cannot undo the layout', () => {
      const themeCss = '.reveal { color: red } @media print { .reveal .slides { display: none } } @page { size: A3 } .after { color: blue }';
      const { html } = renderHandout(makeDeck(1), { layout: 'slides-1', paper: 'letter', themeCss });
      expect(html).toContain('.reveal { color: red }');
      expect(html).toContain('.after { color: blue }');
      expect(html).not.toContain('display: none }');
      expect(html).not.toContain('A3');
    });

    it('sets a base href so relative images resolve from the deck folder', () => {
      const { html } = renderHandout(makeDeck(1), { layout: 'slides-1', paper: 'letter', baseHref: 'file:///home/me/decks/' });
      expect(html).toContain('<base href="file:///home/me/decks/">');
    });
  });

  describe('bad input', () => {
    it('refuses a deck with no slides, saying what to do', () => {
      expect(() => renderHandout(makeDeck([]), { layout: 'slides-3', paper: 'letter' })).toThrow(HandoutError);
      const blank = makeDeck([makeSlide(0, { title: '', html: '  ', notesHtml: '', notesText: '' })]);
      expect(() => renderHandout(blank, { layout: 'notes', paper: 'letter' })).toThrow(/no slides to print.*---/);
    });

    it('prints a deck of one image-only slide', () => {
      const deck = makeDeck([makeSlide(0, { title: '', html: '<img src="a.png" alt="A">', notesHtml: '', notesText: '' })]);
      expect(renderHandout(deck, { layout: 'slides-1', paper: 'letter' }).pageCount).toBe(1);
    });
  });
});

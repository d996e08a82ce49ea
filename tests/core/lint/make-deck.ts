// Builds Deck/Slide values by hand so lint rules are tested without the parser.
import type { Deck, Slide } from '../../../src/core';
import { measureText } from '../../../src/core/text/measure';

export function makeSlide(overrides: Partial<Slide> = {}): Slide {
  const index = overrides.index ?? 1;
  const notesText = overrides.notesText ?? 'Say this';
  const slide = {
    index, h: index, v: 0, title: 'A slide', html: '<h2>A slide</h2><p>Some words</p>', notesHtml: notesText ? `<p>${notesText}</p>` : '',
    notesText, fragments: 0, attributes: {}, lines: { start: 10, end: 14 }, assets: [], source: '',
    words: 4, ...overrides,
  };
  // As the parser does: the line estimate follows the slide's HTML.
  return { ...slide, textLines: overrides.textLines ?? measureText(slide.html, slide.title).lines };
}

export function makeDeck(slides: Slide[], meta: Partial<Deck['meta']> = {}): Deck {
  return {
    meta: { presenters: [], resources: [], dialect: 'podium', extra: {}, ...meta },
    slides, diagnostics: [], css: '', bodyLine: 1, keyLines: {},
  };
}

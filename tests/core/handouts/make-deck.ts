// Builds engine-shaped decks in memory, so layout tests need neither the parser nor a disk.
import type { Deck, DeckMeta, Slide } from '../../../src/core/model';
import { measureText } from '../../../src/core/text/measure';

export function makeSlide(index: number, over: Partial<Slide> = {}): Slide {
  const title = over.title ?? `Slide title ${index + 1}`;
  const slide = {
    index,
    h: index,
    v: 0,
    title,
    html: `<h2>${title}</h2>\n<ul>\n<li class="fragment">Point A of ${index + 1}</li>\n<li class="fragment">Point B of ${index + 1}</li>\n</ul>`,
    notesHtml: `<p>Notes for slide ${index + 1}.</p>`,
    notesText: `Notes for slide ${index + 1}.`,
    fragments: 2,
    attributes: {},
    lines: { start: index * 5 + 1, end: index * 5 + 4 },
    assets: [],
    source: '',
    words: 8,
    ...over,
  };
  return { ...slide, textLines: over.textLines ?? measureText(slide.html, slide.title).lines };
}

export function makeDeck(slides: number | Slide[], meta: Partial<DeckMeta> = {}): Deck {
  const list = typeof slides === 'number' ? Array.from({ length: slides }, (_, i) => makeSlide(i)) : slides;
  return {
    meta: {
      title: 'Knowledge is power',
      presenters: [],
      resources: ['National Human Trafficking Hotline: 1-888-373-7888 (24/7), text 233733', 'https://humantraffickinghotline.org'],
      dialect: 'podium',
      extra: {},
      ...meta,
    },
    slides: list,
    diagnostics: [],
    css: '',
    bodyLine: 1,
    keyLines: {},
  };
}

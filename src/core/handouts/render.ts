// renderHandout(): one deck and a layout in, one print-ready HTML document out. Pure: the caller
// brings the theme CSS and QR codes, and prints the string however it likes (Chromium's page.pdf in
// the CLI, webContents.printToPDF in the desktop app, or a person's own browser).
import type { Deck } from '../model';
import { renderCard } from './card';
import { baseCss, deckTitle, documentShell, pageChromeCss } from './chrome';
import { renderNotes } from './notes';
import { renderOutline } from './outline';
import { printableArea } from './paper';
import { renderSlides1 } from './slides-1';
import { renderSlides2 } from './slides-2';
import { renderSlides3 } from './slides-3';
import { renderSlides6 } from './slides-6';
import { stripPrintRules } from './theme-css';
import { thumbnailBaseCss, thumbnailCss } from './thumbnail';
import { HandoutError, type HandoutDocument, type HandoutLayout, type HandoutOptions, type LayoutContext, type LayoutResult, type SlideSize } from './types';

const RENDERERS: Record<HandoutLayout, (ctx: LayoutContext) => LayoutResult> = {
  'slides-1': renderSlides1,
  'slides-2': renderSlides2,
  'slides-3': renderSlides3,
  'slides-6': renderSlides6,
  notes: renderNotes,
  outline: renderOutline,
  card: renderCard,
};

/** Layouts that show slide pictures and so need the theme CSS. */
const WITH_THUMBNAILS = new Set<HandoutLayout>(['slides-1', 'slides-2', 'slides-3', 'slides-6', 'notes']);

export const DEFAULT_SLIDE_SIZE: SlideSize = { width: 1280, height: 720 };

/** True when the deck has nothing to print: no slides, or only empty ones. */
export function isEmptyDeck(deck: Deck): boolean {
  return deck.slides.every((s) => !s.html.replace(/<[^>]*>/g, '').trim() && !/<(img|video|audio|svg)\b/i.test(s.html) && !s.notesText.trim() && !s.background);
}

export function renderHandout(deck: Deck, options: HandoutOptions): HandoutDocument {
  if (isEmptyDeck(deck)) {
    throw new HandoutError('the deck has no slides to print. Write slide content below the front matter, separating slides with a line `---` between blank lines.');
  }
  const title = deckTitle(deck);
  const slideSize = options.slideSize ?? DEFAULT_SLIDE_SIZE;
  const ctx: LayoutContext = { deck, options, area: printableArea(options.paper), slideSize, title };
  const layout = RENDERERS[options.layout](ctx);
  const large = Boolean(options.largePrint);
  const css = [pageChromeCss(deck, options.paper, large), baseCss(large)];
  if (WITH_THUMBNAILS.has(options.layout)) {
    css.push(thumbnailBaseCss(), stripPrintRules(options.themeCss ?? ''), stripPrintRules(deck.css), thumbnailCss(slideSize));
  }
  css.push(layout.css, options.extraCss ?? '');
  const html = documentShell({
    deck,
    title: `${title}: ${options.layout}`,
    css,
    body: layout.body,
    bodyClass: `pd-handout pd-layout-${options.layout}${large ? ' pd-large' : ''}`,
    baseHref: options.baseHref,
  });
  return { html, layout: options.layout, paper: options.paper, pageCount: layout.pageCount, title };
}

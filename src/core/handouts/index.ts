// Handout layouts: print-ready HTML pages (N-up slides, facilitator guide, outline, resource card).
export { renderHandout, isEmptyDeck, DEFAULT_SLIDE_SIZE } from './render';
export { LAYOUTS, PAPERS, isLayout, isPaper, HandoutError } from './types';
export type { HandoutLayout, HandoutOptions, HandoutDocument, SlideSize } from './types';
export { deckLinks, resourceLinks } from './links';
export { PAPER_MM } from './paper';
export { NO_NOTES, agendaStarts } from './notes';
export { stripPrintRules } from './theme-css';

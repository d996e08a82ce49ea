// Offline export of decks: folders or single HTML files that play from a USB stick.
export { exportDecks, summarise } from './export';
export { exportDeck, type DeckJob, type DeckExportOptions } from './deck-export';
export { planExport, OutputInsideDeckError, isWithin, targetFor, uniqueSlugs, deckSlug, type ExportPlan } from './plan';
export { publishFolder, publishFile, recoverLeftovers, nodePublishFs, type PublishFs } from './publish';
export { renderPage, contentSecurityPolicy, type PageInput, type PagePart } from './page';
export { writeLinkedParts, inlineParts, type PageParts } from './page-parts';
export { renderIndexPage, indexEntries } from './index-page';
export type * from './types';

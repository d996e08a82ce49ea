export * from './errors';
export { nodeDeckFs, type DeckFs } from './deck-fs';
export { readDeckFile, MAX_DECK_BYTES } from './read-deck-file';
export { findDecks } from './find-decks';
export { checkDeckAssets, DECK_FILE_RULES } from './check-assets';
export { loadDeck, type LoadedDeck } from './load-deck';

// Read, parse and file-check one deck: what `podium lint`, `podium inspect` and the app's open share.
import { parse, type Deck, type Diagnostic } from '../../core';
import type { AssetFs } from '../assets/resolve-asset';
import { checkDeckAssets } from './check-assets';
import type { DeckFs } from './deck-fs';
import { readDeckFile } from './read-deck-file';

export interface LoadedDeck {
  path: string;
  source: string;
  deck: Deck;
  /** The engine's diagnostics and the file checks together, sorted by line. */
  diagnostics: Diagnostic[];
}

export async function loadDeck(path: string, files?: { deckFs?: DeckFs; assetFs?: AssetFs }): Promise<LoadedDeck> {
  const source = await readDeckFile(path, files?.deckFs);
  const deck = parse(source);
  const fileChecks = await checkDeckAssets(deck, path, files?.assetFs);
  const diagnostics = [...deck.diagnostics, ...fileChecks].sort((a, b) => a.line - b.line || a.column - b.column);
  return { path, source, deck, diagnostics };
}

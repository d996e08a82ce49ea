// Expands what the user named (deck files and folders) into the deck files to work on.
import { join } from 'node:path';
import { DeckNotFoundError, DeckUnreadableError, NoDecksError } from './errors';
import { errorCode, nodeDeckFs, type DeckFs } from './deck-fs';

const DECK_FILE = /\.md$/i;
const NOT_A_DECK = /^readme\.md$/i;

/**
 * A file gives itself; a folder gives every `*.md` directly inside it except README.md and hidden
 * files, sorted by name (so numbered decks come in order). A folder with none is a NoDecksError.
 */
export async function findDecks(pathOrFolder: string, fs: DeckFs = nodeDeckFs): Promise<string[]> {
  let info;
  try {
    info = await fs.stat(pathOrFolder);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DeckNotFoundError(pathOrFolder);
    throw new DeckUnreadableError(pathOrFolder, code);
  }
  if (!info.isDirectory()) return [pathOrFolder];
  let names: string[];
  try {
    names = await fs.readdir(pathOrFolder);
  } catch (error) {
    throw new DeckUnreadableError(pathOrFolder, errorCode(error));
  }
  const candidates = names.filter((name) => DECK_FILE.test(name) && !NOT_A_DECK.test(name) && !name.startsWith('.'));
  const decks: string[] = [];
  for (const name of candidates.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))) {
    const path = join(pathOrFolder, name);
    const entry = await fs.stat(path).catch(() => undefined);
    if (entry?.isFile()) decks.push(path);
  }
  if (decks.length === 0) throw new NoDecksError(pathOrFolder);
  return decks;
}

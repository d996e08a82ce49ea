// Reads one deck file as text, refusing what is not a deck with a one-line reason.
import { DeckNotFoundError, DeckTooLargeError, DeckUnreadableError, BinaryDeckError, NotADeckFileError, NotUtf8Error } from './errors';
import { errorCode, nodeDeckFs, type DeckFs } from './deck-fs';
import { firstInvalidUtf8, isUtf16, lineOfOffset, looksBinary } from './utf8';

/** Decks are text; anything bigger is media pasted in by mistake (or not a deck at all). */
export const MAX_DECK_BYTES = 20 * 1024 * 1024;

/**
 * The text of a deck file, exactly as written (a byte-order mark is kept; the parser drops it).
 * Throws a DeckFileError subclass for a missing file, a folder, a file over 20 MB, binary content
 * or text that is not UTF-8.
 */
export async function readDeckFile(path: string, fs: DeckFs = nodeDeckFs): Promise<string> {
  let info;
  try {
    info = await fs.stat(path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new DeckNotFoundError(path);
    throw new DeckUnreadableError(path, code);
  }
  if (info.isDirectory()) throw new NotADeckFileError(path);
  if (info.size > MAX_DECK_BYTES) throw new DeckTooLargeError(path, info.size, MAX_DECK_BYTES);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw new DeckUnreadableError(path, errorCode(error));
  }
  // The size can change between stat and read (a file still being copied).
  if (bytes.length > MAX_DECK_BYTES) throw new DeckTooLargeError(path, bytes.length, MAX_DECK_BYTES);
  if (isUtf16(bytes)) throw new NotUtf8Error(path, 1, ', it is UTF-16');
  if (looksBinary(bytes)) throw new BinaryDeckError(path);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) throw new NotUtf8Error(path, lineOfOffset(bytes, bad), bytes[bad] >= 0xa0 ? ', perhaps Latin-1 or Windows-1252' : '');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

import { mkdtempSync, mkdirSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinaryDeckError, DeckFileError, DeckNotFoundError, DeckTooLargeError, NotADeckFileError, NotUtf8Error, DeckUnreadableError } from '../../../src/services/deck-files/errors';
import { MAX_DECK_BYTES, readDeckFile } from '../../../src/services/deck-files/read-deck-file';
import { firstInvalidUtf8 } from '../../../src/services/deck-files/utf8';
import type { DeckFs } from '../../../src/services/deck-files/deck-fs';

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-read-'));
  writeFileSync(file('deck.md'), '# Hola 👋\n\nمرحبا\n');
  writeFileSync(file('bom.md'), '\ufeff# Title\r\n');
  writeFileSync(file('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file('latin1.md'), Buffer.concat([Buffer.from('# Title\n\nline two\n'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]));
  writeFileSync(file('utf16.md'), Buffer.from('\ufeff# Title', 'utf16le'));
  writeFileSync(file('huge.md'), '');
  truncateSync(file('huge.md'), MAX_DECK_BYTES + 1);
  mkdirSync(file('folder.md'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function failure(path: string): Promise<DeckFileError> {
  const error = await readDeckFile(path).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeckFileError);
  const message = (error as Error).message;
  expect(message).not.toContain('\n');
  expect(message.startsWith(path)).toBe(true);
  return error as DeckFileError;
}

describe('readDeckFile()', () => {
  it('reads UTF-8 text with non-Latin characters unchanged', async () => {
    expect(await readDeckFile(file('deck.md'))).toBe('# Hola 👋\n\nمرحبا\n');
  });

  it('keeps a byte-order mark and CRLF for the parser to handle', async () => {
    expect(await readDeckFile(file('bom.md'))).toBe('\ufeff# Title\r\n');
  });

  it('says a missing file is missing', async () => {
    expect(await failure(file('nope.md'))).toBeInstanceOf(DeckNotFoundError);
  });

  it('says a folder is not a deck file', async () => {
    expect(await failure(file('folder.md'))).toBeInstanceOf(NotADeckFileError);
  });

  it('refuses binary content', async () => {
    const error = await failure(file('image.png'));
    expect(error).toBeInstanceOf(BinaryDeckError);
    expect(error.message).toMatch(/binary/);
  });

  it('refuses text that is not UTF-8 and names the line of the first bad byte', async () => {
    const error = await failure(file('latin1.md'));
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect(error.message).toMatch(/line 4.*Latin-1.*re-save it as UTF-8/);
  });

  it('calls UTF-16 by its name rather than binary', async () => {
    const error = await failure(file('utf16.md'));
    expect(error).toBeInstanceOf(NotUtf8Error);
    expect(error.message).toMatch(/UTF-16/);
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const error = await failure(file('huge.md'));
    expect(error).toBeInstanceOf(DeckTooLargeError);
    expect(error.message).toMatch(/over the 20 MB limit/);
  });

  it('turns other file errors into a one-line unreadable error', async () => {
    const deniedFs: DeckFs = {
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 10 }),
      readFile: async () => { throw Object.assign(new Error('denied'), { code: 'EACCES' }); },
      readdir: async () => [],
    };
    const error = await readDeckFile('/x/deck.md', deniedFs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeckUnreadableError);
    expect((error as Error).message).toMatch(/EACCES.*permission/);
  });
});

describe('firstInvalidUtf8()', () => {
  const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));

  it('accepts ASCII, 2-, 3- and 4-byte sequences', () => {
    expect(firstInvalidUtf8(new TextEncoder().encode('a é ع € 👋'))).toBe(-1);
  });

  it('finds stray continuation bytes, truncated sequences, overlongs and surrogates', () => {
    expect(at(0x61, 0x80)).toBe(1);
    expect(at(0x61, 0xe2, 0x82)).toBe(1);
    expect(at(0xc0, 0xaf)).toBe(0);
    expect(at(0xe0, 0x80, 0xaf)).toBe(0);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0);
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckNotFoundError, NoDecksError } from '../../../src/services/deck-files/errors';
import { findDecks } from '../../../src/services/deck-files/find-decks';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-find-'));
  for (const name of ['10-last.md', '02-second.md', '1-first.MD', 'README.md', 'notes.txt', '.hidden.md']) writeFileSync(join(dir, name), '# x');
  mkdirSync(join(dir, 'folder.md'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'README.md'), '# readme');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findDecks()', () => {
  it('lists every .md deck in a folder in natural order, without README, hidden files or folders', async () => {
    expect(await findDecks(dir)).toEqual(['1-first.MD', '02-second.md', '10-last.md'].map((n) => join(dir, n)));
  });

  it('gives a named file back as is, whatever its extension', async () => {
    expect(await findDecks(join(dir, 'notes.txt'))).toEqual([join(dir, 'notes.txt')]);
  });

  it('refuses a folder without decks', async () => {
    await expect(findDecks(join(dir, 'empty'))).rejects.toBeInstanceOf(NoDecksError);
    await expect(findDecks(join(dir, 'empty'))).rejects.toThrow(/no \.md decks/);
  });

  it('refuses a path that does not exist', async () => {
    await expect(findDecks(join(dir, 'missing'))).rejects.toBeInstanceOf(DeckNotFoundError);
  });
});

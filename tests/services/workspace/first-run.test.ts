import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureUserCopy } from '../../../src/services/workspace';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'podium-first-run-'));
  await mkdir(join(base, 'bundled', 'images'), { recursive: true });
  await writeFile(join(base, 'bundled', 'deck.md'), '# bundled');
  await writeFile(join(base, 'bundled', 'images', 'a.svg'), '<svg/>');
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('ensureUserCopy()', () => {
  it('copies the bundled decks into the documents folder once, then leaves the user\'s edits alone', async () => {
    const docs = join(base, 'Documents');
    const first = await ensureUserCopy(join(base, 'bundled'), docs);
    expect(first).toEqual({ root: join(docs, 'Podium Workshops'), copied: true });
    expect(await readFile(join(first.root, 'images', 'a.svg'), 'utf8')).toBe('<svg/>');
    await writeFile(join(first.root, 'deck.md'), '# my edit');
    expect(await ensureUserCopy(join(base, 'bundled'), docs)).toEqual({ root: first.root, copied: false });
    expect(await readFile(join(first.root, 'deck.md'), 'utf8')).toBe('# my edit');
    expect(await readFile(join(base, 'bundled', 'deck.md'), 'utf8')).toBe('# bundled');
  });
});

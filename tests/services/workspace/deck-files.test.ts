import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDeckFiles, safeFileName } from '../../../src/services/workspace';
import { DECK, tempWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace({ watch: false });
});
afterEach(() => ws.cleanup());

describe('listDeckFiles()', () => {
  it('finds decks at the top and one folder down, not READMEs, hidden or image folders', async () => {
    await writeFile(join(ws.root, 'a.md'), DECK);
    await writeFile(join(ws.root, 'README.md'), '# readme');
    await writeFile(join(ws.root, '.hidden.md'), DECK);
    await mkdir(join(ws.root, 'panel'));
    await writeFile(join(ws.root, 'panel', 'b.md'), DECK);
    await mkdir(join(ws.root, 'images'));
    await writeFile(join(ws.root, 'images', 'c.md'), DECK);
    expect(await listDeckFiles(ws.root)).toEqual([join(ws.root, 'a.md'), join(ws.root, 'panel', 'b.md')]);
  });
});

describe('safeFileName()', () => {
  it('keeps words and drops characters no file system accepts', () => {
    expect(safeFileName('Why: "victims" <get> blamed?')).toBe('Why victims get blamed');
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileName('CON')).toBe('CON-deck');
  });
});

describe('workspace deck operations', () => {
  it('creates a deck from a template without overwriting an existing one', async () => {
    const first = await ws.service.createDeck({ folder: ws.root, templateId: 'workshop', title: 'Screening night' });
    const second = await ws.service.createDeck({ folder: ws.root, templateId: 'workshop', title: 'Screening night' });
    expect(first).toEqual({ ok: true, path: join(ws.root, 'screening-night.md') });
    expect(second).toEqual({ ok: true, path: join(ws.root, 'screening-night 2.md') });
    expect(await readFile(join(ws.root, 'screening-night.md'), 'utf8')).toContain('title: "Screening night"');
  });

  it('refuses an unknown template with a message', async () => {
    expect(await ws.service.createDeck({ folder: ws.root, templateId: 'nope', title: 'x' })).toEqual({ ok: false, message: 'Unknown template "nope".' });
  });

  it('renames a deck, refusing a name that is taken', async () => {
    await writeFile(join(ws.root, 'a.md'), 'A');
    await writeFile(join(ws.root, 'b.md'), 'B');
    expect(await ws.service.renameDeck(join(ws.root, 'a.md'), 'b')).toMatchObject({ ok: false, message: expect.stringContaining('already exists') });
    expect(await ws.service.renameDeck(join(ws.root, 'a.md'), 'Community panel.md')).toEqual({ ok: true, path: join(ws.root, 'Community panel.md') });
    expect((await readdir(ws.root)).sort()).toEqual(['Community panel.md', 'b.md']);
    expect(await readFile(join(ws.root, 'b.md'), 'utf8')).toBe('B');
  });

  it('duplicates a deck as "<name> copy.md"', async () => {
    await writeFile(join(ws.root, 'a.md'), 'A');
    expect(await ws.service.duplicateDeck(join(ws.root, 'a.md'))).toEqual({ ok: true, path: join(ws.root, 'a copy.md') });
    expect(await ws.service.duplicateDeck(join(ws.root, 'a.md'))).toEqual({ ok: true, path: join(ws.root, 'a copy 2.md') });
  });

  it('moves a deck to the trash through the injected function', async () => {
    await writeFile(join(ws.root, 'a.md'), 'A');
    expect(await ws.service.trashDeck(join(ws.root, 'a.md'))).toEqual({ ok: true, path: join(ws.root, 'a.md') });
    expect(ws.trashed).toEqual([join(ws.root, 'a.md')]);
  });

  it('refuses paths outside the workspace, relative paths and non-decks', async () => {
    await expect(ws.service.readDeck(join(ws.base, 'elsewhere.md'))).rejects.toThrow(/Outside the open workspace/);
    await expect(ws.service.readDeck(join(ws.root, '..', 'recovery', 'x.md'))).rejects.toThrow(/Outside/);
    await expect(ws.service.readDeck('a.md')).rejects.toThrow(/absolute/);
    await expect(ws.service.trashDeck(join(ws.root, 'images'))).rejects.toThrow(/Not a deck/);
  });
});

describe('importImage()', () => {
  it('copies a dropped image into images/ with a unique name and returns Markdown with alt text', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const first = await ws.service.importImage({ deckPath: deck, fileName: 'supply chain.png', data });
    const second = await ws.service.importImage({ deckPath: deck, fileName: 'supply chain.png', data });
    expect(first).toEqual({ ok: true, relativePath: 'images/supply-chain.png', markdown: '![supply chain](images/supply-chain.png)' });
    expect(second).toEqual({ ok: true, relativePath: 'images/supply-chain-2.png', markdown: '![supply chain](images/supply-chain-2.png)' });
    expect(await readdir(join(ws.root, 'images'))).toHaveLength(2);
  });

  it('refuses files that are not images, and names cannot escape the folder', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    expect(await ws.service.importImage({ deckPath: deck, fileName: 'run.exe', data: new Uint8Array([1]) })).toMatchObject({ ok: false });
    const sneaky = await ws.service.importImage({ deckPath: deck, fileName: '../../evil.png', data: new Uint8Array([1]) });
    expect(sneaky).toMatchObject({ ok: true, relativePath: 'images/evil.png' });
  });
});

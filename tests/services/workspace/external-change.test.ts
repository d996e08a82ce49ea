import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECK, tempWorkspace, until } from './helpers';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
let deck: string;
beforeEach(async () => {
  ws = await tempWorkspace();
  deck = join(ws.root, 'a.md');
  await writeFile(deck, DECK);
});
afterEach(() => ws.cleanup());

describe('external changes to an open deck', () => {
  it('reloads the disk version when there are no local edits', async () => {
    await ws.service.readDeck(deck);
    await writeFile(deck, `${DECK}\nchanged elsewhere`);
    await until(() => ws.events.length > 0);
    expect(ws.events).toEqual([{ kind: 'reloaded', path: deck, source: `${DECK}\nchanged elsewhere`, mtimeMs: expect.any(Number) }]);
  });

  it('reports a conflict (nothing overwritten) when the editor has local edits', async () => {
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, `${DECK}\nmy edit`);
    await writeFile(deck, `${DECK}\ntheir edit`);
    await until(() => ws.events.length > 0);
    expect(ws.events[0]).toMatchObject({ kind: 'conflict', source: `${DECK}\ntheir edit` });
  });

  it('after a conflict, a save without "keep mine" is refused: their version is never overwritten silently', async () => {
    const file = await ws.service.readDeck(deck);
    ws.service.autosave(deck, `${DECK}\nmy edit`);
    await writeFile(deck, `${DECK}\ntheir edit`);
    await until(() => ws.events.length > 0);
    const saved = await ws.service.saveDeck({ path: deck, source: `${DECK}\nmy edit`, baseMtimeMs: file.mtimeMs });
    expect(saved).toMatchObject({ ok: false, reason: 'changed-on-disk', disk: { source: `${DECK}\ntheir edit` } });
    expect(await ws.service.saveDeck({ path: deck, source: `${DECK}\nmy edit`, baseMtimeMs: file.mtimeMs, force: true })).toMatchObject({ ok: true });
  });

  it('does not report Podium\'s own saves', async () => {
    const file = await ws.service.readDeck(deck);
    expect(await ws.service.saveDeck({ path: deck, source: `${DECK}\nsaved`, baseMtimeMs: file.mtimeMs })).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ws.events).toEqual([]);
  });

  it('reports a deleted deck', async () => {
    await ws.service.readDeck(deck);
    await rm(deck);
    await until(() => ws.events.length > 0);
    expect(ws.events).toEqual([{ kind: 'deleted', path: deck }]);
  });
});

describe('saveDeck() conflict check', () => {
  it('refuses to overwrite a file changed on disk since it was read, until forced ("keep mine")', async () => {
    const file = await ws.service.readDeck(deck);
    ws.service.closeDeck(deck); // no watcher: the save itself must notice
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(deck, 'their version');
    const refused = await ws.service.saveDeck({ path: deck, source: 'my version', baseMtimeMs: file.mtimeMs });
    expect(refused).toMatchObject({ ok: false, reason: 'changed-on-disk', disk: { source: 'their version' } });
    const forced = await ws.service.saveDeck({ path: deck, source: 'my version', baseMtimeMs: file.mtimeMs, force: true });
    expect(forced).toMatchObject({ ok: true });
  });
});

describe('library watching', () => {
  it('reports decks added to the workspace folder by another program', async () => {
    const roots: string[] = [];
    const other = await tempWorkspace({ onLibraryChange: (root) => roots.push(root) });
    await writeFile(join(other.root, 'new-deck.md'), DECK);
    await until(() => roots.length > 0);
    expect(roots[0]).toBe(other.root);
    await other.cleanup();
  });
});

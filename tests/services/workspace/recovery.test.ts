import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore, createWorkspaceService } from '../../../src/services/workspace';
import { DECK, tempWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof tempWorkspace>>;
beforeEach(async () => {
  ws = await tempWorkspace({ watch: false });
});
afterEach(() => ws.cleanup());

describe('autosave and recovery', () => {
  it('writes unsaved edits to the recovery folder within the interval, latest text only', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, `${DECK}\nfirst edit`);
    ws.service.autosave(deck, `${DECK}\nsecond edit`);
    // No flush: the autosaver's own timer must write it.
    let entries = await ws.service.listRecovery();
    for (let i = 0; i < 100 && entries.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      entries = await ws.service.listRecovery();
    }
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ deckPath: deck, title: 'Knowledge is power' });
    expect(await ws.service.readRecovery(entries[0].id)).toBe(`${DECK}\nsecond edit`);
    expect(await readFile(deck, 'utf8')).toBe(DECK); // the deck itself is untouched
  });

  it('offers the recovery copy to a new session after the old one died without saving', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, 'edited before the crash');
    await ws.service.flushRecovery();
    // A new process: a fresh service on the same folders, the old one never disposed.
    const next = createWorkspaceService({ recoveryDir: join(ws.base, 'recovery'), trash: async () => undefined, watch: false });
    await next.open(ws.root);
    const file = await next.readDeck(deck);
    expect(file.recovery).toMatchObject({ deckPath: deck });
    expect(await next.readRecovery(file.recovery!.id)).toBe('edited before the crash');
    const [summary] = await next.listDecks();
    expect(summary.hasRecovery).toBe(true);
    await next.discardRecovery(file.recovery!.id);
    expect(await next.listRecovery()).toEqual([]);
    await next.dispose();
  });

  it('clears the recovery copy when the deck is saved', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, 'edited');
    await ws.service.flushRecovery();
    expect(await ws.service.listRecovery()).toHaveLength(1);
    expect(await ws.service.saveDeck({ path: deck, source: 'edited' })).toMatchObject({ ok: true });
    expect(await ws.service.listRecovery()).toEqual([]);
    expect(await readFile(deck, 'utf8')).toBe('edited');
  });

  it('forgets pending and saved edits when the user chose not to keep them', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, 'first');
    await ws.service.flushRecovery();
    ws.service.autosave(deck, 'second, still pending');
    await ws.service.forgetEdits(deck);
    await ws.service.flushRecovery();
    expect(await ws.service.listRecovery()).toEqual([]);
    expect(ws.service.isDirty(deck)).toBe(false);
  });

  it('does not autosave text identical to the file', async () => {
    const deck = join(ws.root, 'a.md');
    await writeFile(deck, DECK);
    await ws.service.readDeck(deck);
    ws.service.autosave(deck, DECK);
    await ws.service.flushRecovery();
    expect(await ws.service.listRecovery()).toEqual([]);
    expect(ws.service.isDirty(deck)).toBe(false);
  });
});

describe('createRecoveryStore()', () => {
  it('ignores ids that are not its own (no path tricks)', async () => {
    const store = createRecoveryStore(join(ws.base, 'recovery'));
    expect(await store.read('../decks/a')).toBeNull();
    await store.discard('../../etc/passwd');
    expect(await store.list()).toEqual([]);
  });
});

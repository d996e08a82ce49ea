// Recovery copies of unsaved edits: one per deck, written atomically to a recovery folder, so
// a crash, a kill or a power cut loses at most the last few seconds of typing.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryEntry } from '../../shared/ipc-types';
import { writeFileAtomic } from './atomic-write';

const ID = /^[0-9a-f]{16}$/;

export function recoveryIdFor(deckPath: string): string {
  return createHash('sha256').update(deckPath).digest('hex').slice(0, 16);
}

function titleOf(source: string): string {
  const meta = /^title:\s*["']?(.+?)["']?\s*$/m.exec(source);
  const heading = /^#{1,6}\s+(.+)$/m.exec(source);
  return (meta?.[1] ?? heading?.[1] ?? 'Untitled deck').slice(0, 120);
}

export interface RecoveryStore {
  write(deckPath: string, source: string): Promise<RecoveryEntry>;
  list(): Promise<RecoveryEntry[]>;
  /** The entry for a deck, or null. */
  find(deckPath: string): Promise<RecoveryEntry | null>;
  read(id: string): Promise<string | null>;
  discard(id: string): Promise<void>;
}

export function createRecoveryStore(folder: string, now: () => Date = () => new Date()): RecoveryStore {
  const textPath = (id: string) => join(folder, `${id}.md`);
  const metaPath = (id: string) => join(folder, `${id}.json`);

  async function readEntry(id: string): Promise<RecoveryEntry | null> {
    try {
      const entry = JSON.parse(await readFile(metaPath(id), 'utf8')) as RecoveryEntry;
      await readFile(textPath(id)); // the text must be there too
      return entry.id === id && typeof entry.deckPath === 'string' ? entry : null;
    } catch {
      return null;
    }
  }

  return {
    async write(deckPath, source) {
      await mkdir(folder, { recursive: true });
      const id = recoveryIdFor(deckPath);
      const entry: RecoveryEntry = {
        id,
        deckPath,
        savedAt: now().toISOString(),
        bytes: Buffer.byteLength(source),
        title: titleOf(source),
      };
      // Text first, then the entry that points at it: a crash between the two leaves the old pair valid.
      await writeFileAtomic(textPath(id), source);
      await writeFileAtomic(metaPath(id), JSON.stringify(entry, null, 2));
      return entry;
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter((id) => ID.test(id));
      const entries = (await Promise.all(ids.map(readEntry))).filter((e): e is RecoveryEntry => e !== null);
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    find(deckPath) {
      return readEntry(recoveryIdFor(deckPath));
    },
    async read(id) {
      if (!ID.test(id)) return null;
      try {
        return await readFile(textPath(id), 'utf8');
      } catch {
        return null;
      }
    },
    async discard(id) {
      if (!ID.test(id)) return;
      await rm(metaPath(id), { force: true });
      await rm(textPath(id), { force: true });
    },
  };
}

export interface Autosaver {
  /** Remembers the latest text; it is written within `intervalMs`. Cheap: call on every change. */
  update(deckPath: string, source: string): void;
  /** Forgets pending text for a deck and removes its recovery copy (after a save or a discard). */
  clear(deckPath: string): Promise<void>;
  /** Writes everything pending now (before quitting). */
  flush(): Promise<void>;
  dispose(): void;
}

export function createAutosaver(
  store: RecoveryStore,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): Autosaver {
  const intervalMs = options.intervalMs ?? 3000;
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = [...pending];
    pending.clear();
    // Chain writes so two flushes never write the same file at once.
    writing = writing.then(async () => {
      for (const [deckPath, source] of batch) {
        try {
          await store.write(deckPath, source);
        } catch (error) {
          options.onError?.(error);
        }
      }
    });
    return writing;
  };

  return {
    update(deckPath, source) {
      pending.set(deckPath, source);
      timer ??= setTimeout(() => void flush(), intervalMs);
    },
    async clear(deckPath) {
      pending.delete(deckPath);
      await writing;
      await store.discard(recoveryIdFor(deckPath));
    },
    flush,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

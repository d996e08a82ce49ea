// Notices when another program changes an open deck or the workspace folder. A changed deck is
// reloaded when the editor has no local edits; otherwise it is reported as a conflict for the user
// to settle (keep mine / take theirs / compare). Podium's own saves are recognised and ignored.
import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { DeckChangeEvent } from '../../shared/ipc-types';
import { isTempFile } from './atomic-write';

export type WatchFn = (path: string, options: { recursive?: boolean }, listener: (event: string, file: string | null) => void) => FSWatcher;

export interface ChangeWatcherOptions {
  /** Whether the editor holding this deck has unsaved edits. */
  isDirty(deckPath: string): boolean;
  onDeckChange(event: DeckChangeEvent): void;
  onLibraryChange?(root: string): void;
  debounceMs?: number;
  watch?: WatchFn;
}

export interface ChangeWatcher {
  /** Starts (or restarts) watching a deck whose current text is `known`. */
  watchDeck(deckPath: string, known: string): void;
  /** Tells the watcher Podium itself is writing `source`, so the echo is not reported. */
  noteSaved(deckPath: string, source: string): void;
  unwatchDeck(deckPath: string): void;
  watchLibrary(root: string): void;
  /** Checks a deck now (used by tests and after the window regains focus). */
  check(deckPath: string): Promise<void>;
  close(): void;
}

interface Watched {
  known: string;
  watcher: FSWatcher;
  timer?: ReturnType<typeof setTimeout>;
  gone: boolean;
}

const defaultWatch: WatchFn = (path, options, listener) => fsWatch(path, options, listener);

export function createChangeWatcher(options: ChangeWatcherOptions): ChangeWatcher {
  const debounceMs = options.debounceMs ?? 250;
  const watch = options.watch ?? defaultWatch;
  const decks = new Map<string, Watched>();
  let library: { watcher: FSWatcher; timer?: ReturnType<typeof setTimeout> } | undefined;

  async function check(deckPath: string): Promise<void> {
    const entry = decks.get(deckPath);
    if (!entry) return;
    let source: string;
    let mtimeMs: number;
    try {
      source = await readFile(deckPath, 'utf8');
      mtimeMs = (await stat(deckPath)).mtimeMs;
    } catch {
      if (!entry.gone) {
        entry.gone = true;
        options.onDeckChange({ kind: 'deleted', path: deckPath });
      }
      return;
    }
    if (decks.get(deckPath) !== entry) return; // unwatched meanwhile
    entry.gone = false;
    if (source === entry.known) return; // our own save, or a touch without change
    entry.known = source; // report each external version once
    const kind = options.isDirty(deckPath) ? 'conflict' : 'reloaded';
    options.onDeckChange({ kind, path: deckPath, source, mtimeMs });
  }

  function schedule(deckPath: string): void {
    const entry = decks.get(deckPath);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void check(deckPath), debounceMs);
  }

  function unwatchDeck(deckPath: string): void {
    const entry = decks.get(deckPath);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.watcher.close();
    decks.delete(deckPath);
  }

  return {
    watchDeck(deckPath, known) {
      unwatchDeck(deckPath);
      const name = basename(deckPath);
      // Watch the folder, not the file: editors and our own atomic save replace the file by rename,
      // which ends a watch on the file itself.
      const watcher = watch(dirname(deckPath), {}, (_event, file) => {
        if (file === null || file === name) schedule(deckPath);
      });
      watcher.on('error', () => undefined);
      decks.set(deckPath, { known, watcher, gone: false });
    },
    noteSaved(deckPath, source) {
      const entry = decks.get(deckPath);
      if (entry) {
        entry.known = source;
        entry.gone = false;
      }
    },
    unwatchDeck,
    watchLibrary(root) {
      if (library) {
        if (library.timer) clearTimeout(library.timer);
        library.watcher.close();
      }
      const watcher = watch(root, { recursive: true }, (_event, file) => {
        if (file && (isTempFile(basename(file)) || !/\.md$/i.test(file))) return;
        if (library?.timer) clearTimeout(library.timer);
        const current = library;
        if (current) current.timer = setTimeout(() => options.onLibraryChange?.(root), debounceMs);
      });
      watcher.on('error', () => undefined);
      library = { watcher };
    },
    check,
    close() {
      for (const path of [...decks.keys()]) unwatchDeck(path);
      if (library) {
        if (library.timer) clearTimeout(library.timer);
        library.watcher.close();
        library = undefined;
      }
    },
  };
}

// The workspace as the app sees it: one open folder of decks, with atomic saves, recovery copies
// and external-change watching. Electron-free: the main process and the renderer's browser-test
// host both drive this same object (main adds dialogs, the trash and the asset protocol).
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CreateDeckRequest, DeckChangeEvent, DeckFile, DeckOpResult, DeckSummary, DeckTemplate, ImportAssetResult,
  RecoveryEntry, SaveDeckRequest, SaveDeckResult, WorkspaceInfo,
} from '../../shared/ipc-types';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { createChangeWatcher, type WatchFn } from './change-watcher';
import { createDeckFromTemplate, duplicateDeck, isInsideFolder, listDeckFiles, renameDeck, trashDeck } from './deck-files';
import { summarizeDeck } from './deck-summary';
import { importImage } from './import-asset';
import { createAutosaver, createRecoveryStore } from './recovery';
import { listTemplates } from './templates';

export const MAX_DECK_BYTES = 20 * 1024 * 1024;

export interface WorkspaceServiceOptions {
  recoveryDir: string;
  /** Moves a file to the system trash (Electron: shell.trashItem). */
  trash(path: string): Promise<void>;
  /** Base URL for a deck folder's assets (main: a podium-asset:// origin). Default: a file: URL. */
  assetBaseFor?(deckDir: string): string;
  onDeckChange?(event: DeckChangeEvent): void;
  onLibraryChange?(root: string): void;
  autosaveIntervalMs?: number;
  debounceMs?: number;
  /** Folder names that count as the bundled copy (for WorkspaceInfo.isBundledCopy). */
  bundledCopyRoot?: string;
  watch?: WatchFn | false;
}

export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;

export function createWorkspaceService(options: WorkspaceServiceOptions) {
  let root: string | null = null;
  const dirty = new Set<string>();
  const known = new Map<string, string>(); // last text loaded from or saved to disk, per deck
  const recovery = createRecoveryStore(options.recoveryDir);
  const autosaver = createAutosaver(recovery, { intervalMs: options.autosaveIntervalMs });
  const assetBaseFor = options.assetBaseFor ?? ((dir: string) => `${pathToFileURL(dir).href}/`);
  const watcher =
    options.watch === false
      ? null
      : createChangeWatcher({
          isDirty: (path) => dirty.has(path),
          onDeckChange: (event) => {
            if (event.kind === 'reloaded') known.set(event.path, event.source);
            options.onDeckChange?.(event);
          },
          onLibraryChange: options.onLibraryChange,
          debounceMs: options.debounceMs,
          watch: options.watch,
        });

  const info = (): WorkspaceInfo | null =>
    root === null ? null : { root, name: basename(root), isBundledCopy: options.bundledCopyRoot !== undefined && resolve(options.bundledCopyRoot) === root };

  /** A deck path the renderer may touch: absolute, *.md, inside the open workspace. */
  function deckPath(path: string): string {
    if (!root) throw new WorkspaceError('No workspace is open.');
    const absolute = resolve(path);
    if (!isAbsolute(path)) throw new WorkspaceError(`Deck paths must be absolute: ${path}`);
    if (extname(absolute).toLowerCase() !== '.md') throw new WorkspaceError(`Not a deck (*.md): ${path}`);
    if (!isInsideFolder(root, absolute) || absolute === root) throw new WorkspaceError(`Outside the open workspace: ${path}`);
    return absolute;
  }

  function folderPath(path: string): string {
    if (!root) throw new WorkspaceError('No workspace is open.');
    const absolute = resolve(path);
    if (!isInsideFolder(root, absolute)) throw new WorkspaceError(`Outside the open workspace: ${path}`);
    return absolute;
  }

  async function readText(path: string): Promise<{ source: string; mtimeMs: number }> {
    const info = await stat(path);
    if (info.size > MAX_DECK_BYTES) throw new WorkspaceError(`${basename(path)} is over 20 MB: that is not a slide deck.`);
    return { source: await readFile(path, 'utf8'), mtimeMs: info.mtimeMs };
  }

  return {
    deckPath,
    get root() {
      return root;
    },
    async open(folder: string): Promise<WorkspaceInfo> {
      const absolute = resolve(folder);
      if (!(await stat(absolute)).isDirectory()) throw new WorkspaceError(`${folder} is not a folder.`);
      watcher?.close();
      known.clear();
      dirty.clear();
      root = absolute;
      watcher?.watchLibrary(absolute);
      // Temp files a crash left mid-save (the decks themselves are intact: the rename never happened).
      void removeStaleTempFiles(absolute).catch(() => undefined);
      void removeStaleTempFiles(options.recoveryDir).catch(() => undefined);
      return info() as WorkspaceInfo;
    },
    current: info,

    async listDecks(): Promise<DeckSummary[]> {
      if (!root) return [];
      const workspace = root;
      const entries = await recovery.list();
      const recovered = new Set(entries.map((e) => e.deckPath));
      const files = await listDeckFiles(workspace);
      const summaries = await Promise.all(
        files.map(async (path): Promise<DeckSummary | null> => {
          try {
            const { source, mtimeMs } = await readText(path);
            return {
              ...summarizeDeck(source, basename(path)),
              path,
              relativePath: relative(workspace, path).split('\\').join('/'),
              assetBase: assetBaseFor(dirname(path)),
              modifiedMs: mtimeMs,
              hasRecovery: recovered.has(path),
            };
          } catch {
            return null; // vanished or unreadable between listing and reading
          }
        }),
      );
      return summaries.filter((s): s is DeckSummary => s !== null);
    },

    async readDeck(path: string): Promise<DeckFile> {
      const deck = deckPath(path);
      const { source, mtimeMs } = await readText(deck);
      known.set(deck, source);
      watcher?.watchDeck(deck, source);
      return { path: deck, source, mtimeMs, assetBase: assetBaseFor(dirname(deck)), recovery: await recovery.find(deck) };
    },

    async saveDeck(request: SaveDeckRequest): Promise<SaveDeckResult> {
      const deck = deckPath(request.path);
      if (Buffer.byteLength(request.source) > MAX_DECK_BYTES) return { ok: false, reason: 'error', message: 'The deck is over 20 MB and was not saved.' };
      if (!request.force && request.baseMtimeMs !== undefined) {
        try {
          const disk = await readText(deck);
          const expected = known.get(deck);
          if (disk.mtimeMs !== request.baseMtimeMs && disk.source !== expected && disk.source !== request.source) {
            return { ok: false, reason: 'changed-on-disk', disk };
          }
        } catch {
          // deleted on disk: saving brings it back
        }
      }
      try {
        watcher?.noteSaved(deck, request.source);
        await writeFileAtomic(deck, request.source);
      } catch (error) {
        return { ok: false, reason: 'error', message: `Could not save ${basename(deck)}: ${(error as Error).message}. Your edits are kept in the editor and the recovery copy.` };
      }
      known.set(deck, request.source);
      dirty.delete(deck);
      await autosaver.clear(deck);
      return { ok: true, mtimeMs: (await stat(deck)).mtimeMs };
    },

    listTemplates: (): DeckTemplate[] => listTemplates(),
    async createDeck(request: CreateDeckRequest): Promise<DeckOpResult> {
      return createDeckFromTemplate(folderPath(request.folder), request.templateId, request.title);
    },
    async renameDeck(path: string, newName: string): Promise<DeckOpResult> {
      const deck = deckPath(path);
      const result = await renameDeck(deck, newName);
      if (result.ok && result.path !== deck) {
        watcher?.unwatchDeck(deck);
        known.delete(deck);
      }
      return result;
    },
    async duplicateDeck(path: string): Promise<DeckOpResult> {
      return duplicateDeck(deckPath(path));
    },
    async trashDeck(path: string): Promise<DeckOpResult> {
      const deck = deckPath(path);
      watcher?.unwatchDeck(deck);
      known.delete(deck);
      return trashDeck(deck, options.trash);
    },
    closeDeck(path: string): void {
      const deck = deckPath(path);
      watcher?.unwatchDeck(deck);
      known.delete(deck);
      dirty.delete(deck);
    },

    setDirty(path: string, isDirty: boolean): void {
      const deck = deckPath(path);
      if (isDirty) dirty.add(deck);
      else dirty.delete(deck);
    },
    isDirty: (path: string): boolean => dirty.has(resolve(path)),

    autosave(path: string, source: string): void {
      const deck = deckPath(path);
      if (source === known.get(deck)) return;
      dirty.add(deck);
      autosaver.update(deck, source);
    },
    listRecovery: (): Promise<RecoveryEntry[]> => recovery.list(),
    readRecovery: (id: string): Promise<string | null> => recovery.read(id),
    discardRecovery: (id: string): Promise<void> => recovery.discard(id),
    flushRecovery: (): Promise<void> => autosaver.flush(),
    /** The user chose not to keep their edits ("Don't Save"): drop pending autosaves and the copy. */
    async forgetEdits(path: string): Promise<void> {
      const deck = deckPath(path);
      dirty.delete(deck);
      await autosaver.clear(deck);
    },

    async importImage(request: { deckPath: string; fileName: string; data: Uint8Array }): Promise<ImportAssetResult> {
      return importImage(deckPath(request.deckPath), request.fileName, request.data);
    },

    /** Checks an open deck for external changes now (e.g. when the window regains focus). */
    checkDeck: (path: string): Promise<void> => watcher?.check(deckPath(path)) ?? Promise.resolve(),

    async dispose(): Promise<void> {
      await autosaver.flush();
      autosaver.dispose();
      watcher?.close();
    },
  };
}

// The Node side of the test host: one handler per IPC channel, typed from the shared contract so a
// channel added there fails to compile here until the host implements it. Handlers call the same
// services as the Electron main process; only what needs a native dialog or a window is simulated
// (the folder picker returns a chosen folder, "print" records the request, displays are fixed).
import { mkdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Channel, IpcArgs, IpcResult, IpcEvents, EventChannel } from '../../../src/shared/ipc-contract';
import type { DisplayInfo, ExportProgressEvent, HandoutRequest, PresentSession, PresentState, WindowRole } from '../../../src/shared/ipc-types';
import { createRecentList, createWorkspaceService, type WorkspaceService } from '../../../src/services/workspace';
import { handoutDocument, printPdf } from './handouts';
import { runExport } from './export';

export interface Caller {
  role: WindowRole;
  /** Emits an event to the calling window. */
  emit<E extends EventChannel>(event: E, payload: IpcEvents[E]): void;
}

export type Handlers = { [C in Channel]: (caller: Caller, ...args: IpcArgs<C>) => Promise<IpcResult<C>> | IpcResult<C> };

export interface HostWindows {
  emitMain<E extends EventChannel>(event: E, payload: IpcEvents[E]): void;
  emitAudience<E extends EventChannel>(event: E, payload: IpcEvents[E]): void;
  openAudience(): Promise<void>;
  closeAudience(): Promise<void>;
}

export interface BackendOptions {
  /** Temp folder for the host's own state: recovery copies, trash, recent list, outputs. */
  stateDir: string;
  /** Serves a deck folder's assets; returns the base URL (ends with `/`). */
  assetBaseFor(dir: string): string;
  windows: HostWindows;
}

/** What the host records about calls that would open native UI, for tests to assert on. */
export interface HostRecord {
  dirty: boolean;
  title: string;
  printed: HandoutRequest[];
  openedResults: string[];
  /** Every 'export:progress' event sent to the renderer, in order. */
  exportProgress: ExportProgressEvent[];
  closedAfterSave: number;
  /** URLs the renderer asked to open in the system browser. */
  external: string[];
  /** The folder the next "Open folder…" picks (null = the user cancels). */
  nextFolder: string | null;
}

export const DISPLAYS: DisplayInfo[] = [
  { id: 1, label: 'Built-in display', bounds: { x: 0, y: 0, width: 1440, height: 900 }, primary: true, internal: true, scaleFactor: 2 },
  { id: 2, label: 'Projector', bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, primary: false, internal: false, scaleFactor: 1 },
];

export interface Backend {
  handlers: Handlers;
  workspace: WorkspaceService;
  record: HostRecord;
  /** Opens a workspace as the app does at start: the folder is remembered among the recent ones. */
  open(root: string): Promise<unknown>;
}

export function createBackend(options: BackendOptions): Backend {
  const { stateDir, windows } = options;
  const trashDir = join(stateDir, 'trash');
  const outDir = join(stateDir, 'output');
  const workspace = createWorkspaceService({
    recoveryDir: join(stateDir, 'recovery'),
    autosaveIntervalMs: 500,
    debounceMs: 100,
    assetBaseFor: options.assetBaseFor,
    trash: async (path) => {
      await mkdir(trashDir, { recursive: true });
      await rename(path, join(trashDir, `${Date.now()}-${basename(path)}`));
    },
    onDeckChange: (event) => windows.emitMain('workspace:deckChanged', event),
    onLibraryChange: (root) => windows.emitMain('workspace:libraryChanged', { root }),
  });
  const recent = createRecentList(join(stateDir, 'recent.json'));
  const record: HostRecord = { dirty: false, title: '', printed: [], openedResults: [], exportProgress: [], closedAfterSave: 0, external: [], nextFolder: null };
  let openDeck: string | null = null;
  let session: PresentSession | null = null;
  let state: PresentState | null = null;

  const open = async (root: string) => {
    const info = await workspace.open(root);
    await recent.add(info.root);
    return info;
  };

  const handlers: Handlers = {
    'workspace:current': () => workspace.current(),
    'workspace:openFolder': async () => (record.nextFolder === null ? null : open(record.nextFolder)),
    'workspace:openRecent': async (_c, root) => ((await recent.has(root)) ? open(root) : null),
    'workspace:recent': () => recent.list(),
    'workspace:listDecks': () => workspace.listDecks(),
    'workspace:readDeck': async (_c, path) => {
      const file = await workspace.readDeck(path);
      openDeck = file.path;
      return file;
    },
    'workspace:saveDeck': (_c, request) => workspace.saveDeck(request),
    'workspace:listTemplates': () => workspace.listTemplates(),
    'workspace:createDeck': (_c, request) => workspace.createDeck(request),
    'workspace:renameDeck': (_c, path, name) => workspace.renameDeck(path, name),
    'workspace:duplicateDeck': (_c, path) => workspace.duplicateDeck(path),
    'workspace:trashDeck': (_c, path) => workspace.trashDeck(path),
    'workspace:closeDeck': (_c, path) => {
      workspace.closeDeck(path);
      if (openDeck === path) openDeck = null;
    },
    'recovery:autosave': (_c, path, source) => workspace.autosave(path, source),
    'recovery:list': () => workspace.listRecovery(),
    'recovery:read': (_c, id) => workspace.readRecovery(id),
    'recovery:discard': (_c, id) => workspace.discardRecovery(id),
    'assets:importImage': (_c, request) => workspace.importImage(request),

    'present:listDisplays': () => DISPLAYS,
    'present:start': async (_c, request) => {
      workspace.deckPath(request.deckPath);
      session = { deckPath: request.deckPath, rehearse: !!request.rehearse, audienceDisplayId: request.rehearse ? null : 2, consoleDisplayId: 1, displays: DISPLAYS };
      state = null;
      if (!request.rehearse) await windows.openAudience();
      return session;
    },
    'present:stop': async () => {
      if (session && !session.rehearse) await windows.closeAudience();
      session = null;
    },
    'present:sync': (_c, next) => {
      state = next;
      windows.emitAudience('present:state', next);
    },
    'present:command': (_c, command) => windows.emitMain('present:command', command),
    'present:session': () => (session ? { session, state } : null),

    'handouts:preview': async (_c, request) => {
      try {
        const deck = workspace.deckPath(request.deckPath);
        const { html } = await handoutDocument(deck, request);
        // As main does: the preview's relative images resolve through the asset route, not file://.
        return { ok: true, html: html.replace(/<base href="[^"]*">/, `<base href="${options.assetBaseFor(dirname(deck))}">`) };
      } catch (e) {
        return { ok: false, message: (e as Error).message };
      }
    },
    'handouts:print': (_c, request) => {
      record.printed.push(request);
      return { ok: true };
    },
    'handouts:savePdf': async (_c, request) => {
      try {
        const doc = await handoutDocument(workspace.deckPath(request.deckPath), request);
        const path = join(outDir, `${basename(request.deckPath, '.md')}-${request.layout}.pdf`);
        await printPdf(doc.html, path);
        return { ok: true, path };
      } catch (e) {
        return { ok: false, cancelled: false, message: (e as Error).message };
      }
    },

    'export:run': (caller, request) =>
      runExport(workspace, request, join(outDir, 'export'), (p) => {
        record.exportProgress.push(p);
        caller.emit('export:progress', p);
      }),
    'export:openResult': (_c, path) => {
      record.openedResults.push(path);
    },

    'app:info': (caller) => ({ version: 'test', platform: process.platform, role: caller.role }),
    'app:openExternal': (_c, url) => {
      record.external.push(url);
      return { opened: false, reason: 'declined' };
    },
    'window:setDirty': (_c, dirty) => {
      record.dirty = dirty;
      if (openDeck) workspace.setDirty(openDeck, dirty);
    },
    'window:setTitle': (_c, title) => {
      record.title = title;
    },
    'window:toggleFullScreen': () => false,
    'window:closeAfterSave': () => {
      record.closedAfterSave++;
    },
  };
  return { handlers, workspace, record, open };
}

/** Decodes the bridge's base64 byte arrays back to Uint8Array. */
export function decodeArgs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeArgs);
  if (value && typeof value === 'object') {
    if ('__bytes' in value && typeof (value as { __bytes: unknown }).__bytes === 'string') return new Uint8Array(Buffer.from((value as { __bytes: string }).__bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeArgs(v)]));
  }
  return value;
}


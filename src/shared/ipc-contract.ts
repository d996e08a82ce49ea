// The one IPC contract between the renderer and main: channel → argument tuple and result.
// invoke/handle only (renderer → main), plus typed events main → renderer. Channel names are
// `<namespace>:<method>`; the preload turns them into `window.podium.<namespace>.<method>(...args)`.
// Expected failures are values (`{ ok: false, ... }`); a rejected promise means a bug or a bad argument.
import type {
  AppInfo, CreateDeckRequest, DeckChangeEvent, DeckFile, DeckOpResult, DeckSummary, DeckTemplate,
  DisplayInfo, ExportProgressEvent, ExportRequest, ExportResult, HandoutOutputResult,
  HandoutPreviewResult, HandoutRequest, ImportAssetRequest, ImportAssetResult, LibraryChangeEvent,
  MenuCommand, OpenExternalResult, PresentCommand, PresentSession, PresentStartRequest, PresentState,
  RecentWorkspace, RecoveryEntry, SaveDeckRequest, SaveDeckResult, WorkspaceInfo,
} from './ipc-types';

export * from './ipc-types';

interface Call<A extends unknown[], R> {
  args: A;
  result: R;
}

export interface IpcContract {
  // Workspace: the library's folder and its decks.
  /** The workspace open at start (first run: a fresh copy of the bundled series), or null. */
  'workspace:current': Call<[], WorkspaceInfo | null>;
  /** Shows the system folder picker; null when cancelled. */
  'workspace:openFolder': Call<[], WorkspaceInfo | null>;
  /** Opens a folder from the recent list (must be in it). */
  'workspace:openRecent': Call<[root: string], WorkspaceInfo | null>;
  'workspace:recent': Call<[], RecentWorkspace[]>;
  /** Decks (*.md, README excluded) in the open workspace and one level of subfolders. */
  'workspace:listDecks': Call<[], DeckSummary[]>;
  /** Reads a deck, starts watching it for external changes and makes its folder the asset root. */
  'workspace:readDeck': Call<[path: string], DeckFile>;
  /** Atomic save (temp + fsync + rename); clears the deck's recovery copy on success. */
  'workspace:saveDeck': Call<[request: SaveDeckRequest], SaveDeckResult>;
  'workspace:listTemplates': Call<[], DeckTemplate[]>;
  'workspace:createDeck': Call<[request: CreateDeckRequest], DeckOpResult>;
  /** newName is a file name (`.md` added when missing); never overwrites. */
  'workspace:renameDeck': Call<[path: string, newName: string], DeckOpResult>;
  'workspace:duplicateDeck': Call<[path: string], DeckOpResult>;
  /** Moves the deck to the system trash (recoverable), never a hard delete. */
  'workspace:trashDeck': Call<[path: string], DeckOpResult>;
  /** Stops watching a deck (editor closed). */
  'workspace:closeDeck': Call<[path: string], void>;

  // Recovery: unsaved edits survive a crash or kill.
  /** Cheap: call on every change; main writes to the recovery folder at most every few seconds. */
  'recovery:autosave': Call<[path: string, source: string], void>;
  'recovery:list': Call<[], RecoveryEntry[]>;
  'recovery:read': Call<[id: string], string | null>;
  'recovery:discard': Call<[id: string], void>;

  // Assets.
  /** Copies a dropped image into `<deck folder>/images/` (unique name); returns the Markdown to insert. */
  'assets:importImage': Call<[request: ImportAssetRequest], ImportAssetResult>;

  // Presenting: audience window + presenter console (the calling window becomes the console).
  'present:listDisplays': Call<[], DisplayInfo[]>;
  'present:start': Call<[request: PresentStartRequest], PresentSession>;
  /** Closes the audience window. */
  'present:stop': Call<[], void>;
  /** Console → audience: what to show. */
  'present:sync': Call<[state: PresentState], void>;
  /** Audience window → console: a key pressed in the audience window. */
  'present:command': Call<[command: PresentCommand], void>;
  /** For the audience window at load: the session and the last synced state. */
  'present:session': Call<[], { session: PresentSession; state: PresentState | null } | null>;

  // Handouts (same pages as `podium handouts`).
  'handouts:preview': Call<[request: HandoutRequest], HandoutPreviewResult>;
  /** Opens the system print dialog. */
  'handouts:print': Call<[request: HandoutRequest], HandoutOutputResult>;
  /** Asks where to save, then prints to PDF with Electron's printToPDF. */
  'handouts:savePdf': Call<[request: HandoutRequest], HandoutOutputResult>;

  // Export (same output as `podium export`); progress arrives as 'export:progress' events.
  /** Asks for the destination folder, then exports. */
  'export:run': Call<[request: ExportRequest], ExportResult>;
  /** Reveals a result of an export made in this session in the file manager. */
  'export:openResult': Call<[outputPath: string], void>;

  // App and window.
  'app:info': Call<[], AppInfo>;
  /** https only, after a confirmation dialog; every other scheme is refused. */
  'app:openExternal': Call<[url: string], OpenExternalResult>;
  /** The renderer reports unsaved edits so closing can ask first. */
  'window:setDirty': Call<[dirty: boolean], void>;
  'window:setTitle': Call<[title: string], void>;
  'window:toggleFullScreen': Call<[], boolean>;
  /** After answering 'save-and-close': closes without asking again. */
  'window:closeAfterSave': Call<[], void>;
}

/** Events main → renderer, subscribed with `window.podium.on(event, listener)`. */
export interface IpcEvents {
  'workspace:deckChanged': DeckChangeEvent;
  'workspace:libraryChanged': LibraryChangeEvent;
  'workspace:opened': WorkspaceInfo;
  /** A deck was opened from the file manager (file association) or the command line: open it in the editor. */
  'workspace:openDeckRequested': { path: string };
  'export:progress': ExportProgressEvent;
  /** To the audience window. */
  'present:state': PresentState;
  /** To the console: a key pressed in the audience window. */
  'present:command': PresentCommand;
  /** Displays added/removed or the audience window moved. */
  'present:displays': { displays: DisplayInfo[]; audienceDisplayId: number | null };
  /** The audience window was closed (by the user or by present.stop()). */
  'present:ended': Record<string, never>;
  'app:menu': MenuCommand;
}

export type Channel = keyof IpcContract;
export type EventChannel = keyof IpcEvents;
export type IpcArgs<C extends Channel> = IpcContract[C]['args'];
export type IpcResult<C extends Channel> = IpcContract[C]['result'];

// Runtime lists: a Record over the key type makes the compiler insist each list is complete and exact.
const channelSet: Record<Channel, true> = {
  'workspace:current': true,
  'workspace:openFolder': true,
  'workspace:openRecent': true,
  'workspace:recent': true,
  'workspace:listDecks': true,
  'workspace:readDeck': true,
  'workspace:saveDeck': true,
  'workspace:listTemplates': true,
  'workspace:createDeck': true,
  'workspace:renameDeck': true,
  'workspace:duplicateDeck': true,
  'workspace:trashDeck': true,
  'workspace:closeDeck': true,
  'recovery:autosave': true,
  'recovery:list': true,
  'recovery:read': true,
  'recovery:discard': true,
  'assets:importImage': true,
  'present:listDisplays': true,
  'present:start': true,
  'present:stop': true,
  'present:sync': true,
  'present:command': true,
  'present:session': true,
  'handouts:preview': true,
  'handouts:print': true,
  'handouts:savePdf': true,
  'export:run': true,
  'export:openResult': true,
  'app:info': true,
  'app:openExternal': true,
  'window:setDirty': true,
  'window:setTitle': true,
  'window:toggleFullScreen': true,
  'window:closeAfterSave': true,
};

const eventSet: Record<EventChannel, true> = {
  'workspace:deckChanged': true,
  'workspace:libraryChanged': true,
  'workspace:opened': true,
  'workspace:openDeckRequested': true,
  'export:progress': true,
  'present:state': true,
  'present:command': true,
  'present:displays': true,
  'present:ended': true,
  'app:menu': true,
};

export const CHANNELS = Object.keys(channelSet) as Channel[];
export const EVENT_CHANNELS = Object.keys(eventSet) as EventChannel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(channelSet, value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(eventSet, value);
}

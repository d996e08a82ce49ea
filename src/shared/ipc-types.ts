// Payload shapes that cross the IPC boundary between main and renderer.
// Plain JSON-serialisable data only (plus Uint8Array for dropped files), no DOM, no Node types.

/** An opened folder of decks. */
export interface WorkspaceInfo {
  /** Absolute path of the folder. */
  root: string;
  /** Folder name, for display. */
  name: string;
  /** True for the first-run copy of the bundled workshop series. */
  isBundledCopy: boolean;
}

export interface RecentWorkspace {
  root: string;
  name: string;
  /** ISO timestamp of the last time it was opened. */
  openedAt: string;
  /** False when the folder has since disappeared (show it greyed out). */
  exists: boolean;
}

export interface LintCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** One card in the library. */
export interface DeckSummary {
  /** Absolute path of the deck file: the deck's identity in every other call. */
  path: string;
  /** File name relative to the workspace root, e.g. `knowledge-is-power.md`. */
  relativePath: string;
  title: string;
  slideCount: number;
  /** Planned duration in minutes from front matter (`duration:`), or null. */
  durationMinutes: number | null;
  /** Sum of the slides' planned minutes (data-minutes), 0 when none. */
  plannedSlideMinutes: number;
  theme: string;
  lint: LintCounts;
  /** Sanitised inner HTML of the first slide (asset URLs as written: prefix them with assetBase). */
  firstSlideHtml: string;
  /** Attributes of the first slide's <section> (backgrounds etc.). */
  firstSlideAttributes: Record<string, string>;
  /** Base URL for this deck's relative assets, e.g. `podium-asset://d1a2b3c4/` (ends with `/`). */
  assetBase: string;
  modifiedMs: number;
  /** A recovery copy newer than the file exists (offer it when the deck opens). */
  hasRecovery: boolean;
}

export interface DeckFile {
  path: string;
  source: string;
  /** Modification time read with the text: pass it back to saveDeck to detect external edits. */
  mtimeMs: number;
  assetBase: string;
  /** A recovery copy of unsaved edits, when one exists for this deck. */
  recovery: RecoveryEntry | null;
}

export interface SaveDeckRequest {
  path: string;
  source: string;
  /** mtimeMs of the version the editor started from; omit to skip the conflict check. */
  baseMtimeMs?: number;
  /** Overwrite even if the file changed on disk (the user chose "keep mine"). */
  force?: boolean;
}

export type SaveDeckResult =
  | { ok: true; mtimeMs: number }
  /** The file changed on disk since baseMtimeMs: nothing was written. */
  | { ok: false; reason: 'changed-on-disk'; disk: { source: string; mtimeMs: number } }
  | { ok: false; reason: 'error'; message: string };

export interface DeckTemplate {
  id: string;
  name: string;
  description: string;
}

export interface CreateDeckRequest {
  /** Workspace root (or a folder inside it) to create the deck in. */
  folder: string;
  templateId: string;
  title: string;
}

/** Result of file operations on decks (create, rename, duplicate, delete). */
export type DeckOpResult = { ok: true; path: string } | { ok: false; message: string };

export interface RecoveryEntry {
  /** Stable id of the recovery copy (pass to readRecovery / discard). */
  id: string;
  deckPath: string;
  /** ISO timestamp when the copy was written. */
  savedAt: string;
  bytes: number;
  /** First line of the deck title or first heading, for the list. */
  title: string;
}

/** Sent main → renderer when an open deck changes on disk (see podium.on('workspace:deckChanged')). */
export type DeckChangeEvent =
  /** No local edits: the editor should load `source` (already read from disk). */
  | { kind: 'reloaded'; path: string; source: string; mtimeMs: number }
  /** Local edits exist: ask keep mine / take theirs / compare. `source` is the disk version. */
  | { kind: 'conflict'; path: string; source: string; mtimeMs: number }
  /** The deck file was deleted or moved away: keep the editor content, offer "save again". */
  | { kind: 'deleted'; path: string };

/** The library's folder changed (decks added, removed, renamed): reload the list. */
export interface LibraryChangeEvent {
  root: string;
}

export interface ImportAssetRequest {
  deckPath: string;
  /** File name as dropped, e.g. `diagram.png` (sanitised and made unique by main). */
  fileName: string;
  data: Uint8Array;
}

export type ImportAssetResult =
  | { ok: true; relativePath: string; markdown: string }
  | { ok: false; message: string };

export interface DisplayInfo {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  primary: boolean;
  /** The laptop's built-in panel, when the system says so. */
  internal: boolean;
  scaleFactor: number;
}

export interface SlidePosition {
  h: number;
  v: number;
  /** Fragment index shown (-1 = none yet). */
  f: number;
}

export interface PresentStartRequest {
  deckPath: string;
  start?: SlidePosition;
  /** Rehearse: console only, no audience window. */
  rehearse?: boolean;
  /** Force the audience window onto this display (else: the external one, else the same screen). */
  audienceDisplayId?: number;
}

export interface PresentSession {
  deckPath: string;
  rehearse: boolean;
  /** Where the audience window is, null when rehearsing. */
  audienceDisplayId: number | null;
  consoleDisplayId: number;
  displays: DisplayInfo[];
}

/** What the audience window shows; the console owns it and pushes it with present.sync(). */
export interface PresentState {
  position: SlidePosition;
  black: boolean;
  overview: boolean;
}

export type PresentCommand =
  | { action: 'next' | 'prev' | 'first' | 'last' | 'toggle-black' | 'overview' | 'leave' }
  | { action: 'goto'; position: SlidePosition };

export type HandoutLayout = 'slides-1' | 'slides-2' | 'slides-3' | 'slides-6' | 'notes' | 'outline' | 'card';

export interface HandoutRequest {
  deckPath: string;
  layout: HandoutLayout;
  paper: 'letter' | 'a4';
  largePrint: boolean;
}

export type HandoutPreviewResult = { ok: true; html: string } | { ok: false; message: string };

export type HandoutOutputResult =
  | { ok: true; path?: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string };

export interface ExportRequest {
  /** Export one deck, or every deck of the workspace when omitted. */
  deckPath?: string;
  mode: 'folder' | 'single-file';
  theme?: string;
  /** Chosen by the renderer to match progress events to this run. */
  jobId: string;
}

export interface ExportProgressEvent {
  jobId: string;
  done: number;
  total: number;
  message: string;
}

export type ExportResult =
  | {
      ok: true;
      /** Folder or file written. */
      outputPath: string;
      decks: number;
      slides: number;
      files: number;
      bytes: number;
      warnings: string[];
    }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string };

export type OpenExternalResult = { opened: true } | { opened: false; reason: 'declined' | 'not-allowed' };

export interface AppInfo {
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | string;
  /** Which kind of window this renderer is (the page is shared; the route differs). */
  role: WindowRole;
}

export type WindowRole = 'main' | 'audience';

/** Menu items forwarded to the focused renderer (accelerators are registered by main). */
export type MenuCommand =
  | 'new-deck'
  | 'open-folder'
  | 'save'
  | 'close-deck'
  | 'find'
  | 'present'
  | 'rehearse'
  | 'handouts'
  | 'export'
  | 'show-library'
  | 'zoom-notes-in'
  | 'zoom-notes-out'
  /** Sent when the user chose "Save" in the unsaved-changes dialog: save, then call window.closeAfterSave(). */
  | 'save-and-close';

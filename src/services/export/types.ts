import type { ThemeName } from '../../core';

export type ExportMode = 'folder' | 'single-file';

export interface ExportOptions {
  /** Folder that receives `<slug>/` (or `<slug>.html`) and, for several decks, `index.html`. */
  out: string;
  mode: ExportMode;
  /** Overrides the deck's own `theme:`. */
  theme?: ThemeName;
  /** Any asset problem (missing, refused, remote, left out) fails the deck: nothing is published. */
  strict: boolean;
  /** Called as each deck starts and ends (the CLI draws its progress line from it). */
  onProgress?: (event: ExportProgress) => void;
}

export interface ExportProgress {
  phase: 'start' | 'done';
  index: number;
  total: number;
  source: string;
  result?: DeckExportResult;
}

/** Something about one deck's export, tied to a line of the deck file. */
export interface ExportIssue {
  severity: 'error' | 'warning' | 'info';
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface DeckExportResult {
  source: string;
  slug: string;
  title: string;
  /** Planned minutes, when the deck says. */
  duration?: number;
  slides: number;
  /** What was written: the folder or the single file. */
  target: string;
  /** Files and bytes written for this deck (0 when it failed). */
  files: number;
  bytes: number;
  issues: ExportIssue[];
  /** 'read-error': the deck could not be read (exit 2); 'failed': not published (exit 1). */
  status: 'ok' | 'failed' | 'read-error';
  /** Why it failed, one line. */
  error?: string;
}

export interface ExportSummary {
  out: string;
  mode: ExportMode;
  decks: DeckExportResult[];
  /** The multi-deck index page, when one was written. */
  index?: string;
  /** Why the index page was not written (a file of the user's own is in the way). */
  indexError?: string;
  totals: { decks: number; exported: number; failed: number; slides: number; files: number; bytes: number; warnings: number; errors: number };
  exitCode: 0 | 1 | 2;
}

// The deck model: what parse() returns and every other part of Podium reads.
// Plain data only (JSON-serialisable), so it crosses IPC and feeds handouts and export unchanged.

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable machine code, e.g. `image-alt-missing`. */
  code: string;
  severity: Severity;
  /** 1-based line in the deck file (front matter included). */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Which authoring convention the deck was written for. */
export type Dialect = 'podium' | 'reveal-md' | 'marp';

export type Paper = 'letter' | 'a4';

export interface DeckMeta {
  title?: string;
  subtitle?: string;
  series?: string;
  presenters: string[];
  event?: string;
  date?: string;
  /** Planned duration in minutes, from `duration: 45m` / `1h30m` / `90`. */
  duration?: number;
  theme?: string;
  paper?: Paper;
  contentNote?: string;
  /** Lines for handouts and the resource card (hotlines, websites). */
  resources: string[];
  lang?: string;
  dialect: Dialect;
  /** Front-matter keys Podium does not know, kept as written. */
  extra: Record<string, unknown>;
}

export type AssetKind = 'image' | 'video' | 'audio' | 'background' | 'link' | 'other';

export interface AssetRef {
  kind: AssetKind;
  /** The URL as written in the deck (entities decoded). */
  url: string;
  /** 1-based line and column of the reference in the deck file. */
  line: number;
  column: number;
  /** http(s) or protocol-relative: will not show offline. */
  remote: boolean;
  /** Alt text of an image ('' when written without); undefined for other kinds. */
  alt?: string;
  /**
   * Marked `data-optional` in the deck: it plays without it (a film the facilitator adds later),
   * so a missing file is information, not an error.
   */
  optional?: boolean;
}

export interface SlideBackground {
  color?: string;
  image?: string;
  size?: string;
  position?: string;
  repeat?: string;
  opacity?: string;
  video?: string;
}

export interface LineRange {
  /** 1-based, inclusive. */
  start: number;
  end: number;
}

export interface Slide {
  /** Position in reading order, 0-based. */
  index: number;
  /** Horizontal and vertical index as reveal.js counts them (0-based). */
  h: number;
  v: number;
  /** Text of the first heading, '' when the slide has none. */
  title: string;
  /** Sanitised inner HTML of the slide's <section>, notes excluded. */
  html: string;
  /** Sanitised speaker notes as HTML, '' when none. */
  notesHtml: string;
  /** Speaker notes as plain text (paragraphs separated by blank lines, ends trimmed; '' when they show no text). */
  notesText: string;
  /** Number of fragment steps on the slide (distinct data-fragment-index values). */
  fragments: number;
  /** Sanitised attributes for the <section> (class, id, data-background-*, data-minutes, ...). */
  attributes: Record<string, string>;
  background?: SlideBackground;
  /** Planned minutes for this slide, when the deck says. */
  minutes?: number;
  /** Where the slide's source sits in the file (separator lines excluded). */
  lines: LineRange;
  /** Images, media, backgrounds and links the slide refers to. */
  assets: AssetRef[];
  /** Raw Markdown of the slide as written (notes included). */
  source: string;
  /** Word count of the visible slide text (for the overfull check). */
  words: number;
  /** Estimated lines of text below the title, as projected (for the overfull check). */
  textLines: number;
}

export interface Deck {
  meta: DeckMeta;
  slides: Slide[];
  /** Parse and lint diagnostics, sorted by line. */
  diagnostics: Diagnostic[];
  /** Deck-level CSS from <style> blocks (sanitised), '' when none. */
  css: string;
  /** Line where the body starts (after front matter), 1-based. */
  bodyLine: number;
  /** 1-based line of each top-level front-matter key, for diagnostics about its value. */
  keyLines: Record<string, number>;
}

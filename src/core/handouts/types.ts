// What a handout layout takes and gives back. Plain strings in, plain strings out, so the CLI's
// Chromium printer and the desktop app's printToPDF print exactly the same pages.
import type { Deck, Paper } from '../model';

export const LAYOUTS = ['slides-3', 'slides-1', 'slides-2', 'slides-6', 'notes', 'outline', 'card'] as const;
export type HandoutLayout = (typeof LAYOUTS)[number];

export const PAPERS = ['letter', 'a4'] as const satisfies readonly Paper[];

export function isLayout(name: unknown): name is HandoutLayout {
  return typeof name === 'string' && (LAYOUTS as readonly string[]).includes(name);
}

export function isPaper(name: unknown): name is Paper {
  return typeof name === 'string' && (PAPERS as readonly string[]).includes(name);
}

export interface SlideSize {
  width: number;
  height: number;
}

export interface HandoutOptions {
  layout: HandoutLayout;
  paper: Paper;
  /** Bigger type for the text layouts (outline, notes, card) and the page chrome. */
  largePrint?: boolean;
  /** Theme CSS for the slide thumbnails (reveal.js `.reveal` selectors); its print media rules are dropped. */
  themeCss?: string;
  /** Theme name, set as a class on each slide frame. */
  theme?: string;
  /** QR code SVG markup per link (see resourceLinks()); the card layout needs one for each link. */
  qrSvgs?: Readonly<Record<string, string>>;
  /** Where the deck's relative image URLs resolve, e.g. `file:///home/me/decks/`. */
  baseHref?: string;
  /** CSS added last (fonts, for instance). */
  extraCss?: string;
  /** The slide canvas thumbnails are scaled from; 1280x720 by default. */
  slideSize?: SlideSize;
}

export interface HandoutDocument {
  /** A complete, print-ready HTML document (A4/Letter through `@page`). */
  html: string;
  layout: HandoutLayout;
  paper: Paper;
  /** Sheets the document prints on, when known in advance (N-up and card layouts); flowing layouts leave it out. */
  pageCount?: number;
  title: string;
}

/** A deck that cannot give this handout (no slides, no resources for a card): the message says what to do. */
export class HandoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HandoutError';
  }
}

/** What one layout module returns: the page body, its own CSS and the sheet count when fixed. */
export interface LayoutResult {
  body: string;
  css: string;
  pageCount?: number;
}

/** Shared inputs a layout module receives. */
export interface LayoutContext {
  deck: Deck;
  options: HandoutOptions;
  /** Printable area of one page in millimetres (inside the header and footer margins). */
  area: { width: number; height: number };
  slideSize: SlideSize;
  title: string;
}

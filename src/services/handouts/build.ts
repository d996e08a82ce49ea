// Everything a handout page needs besides the deck: theme CSS, QR codes, fonts and where relative
// image URLs point. The CLI prints the result with Chromium; the desktop app previews and prints
// the same HTML with webContents.printToPDF.
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Deck, Paper } from '../../core';
import { deckLinks, renderHandout, type HandoutDocument, type HandoutLayout } from '../../core/handouts';
import { handoutFontCss } from './fonts';
import { defaultPaper } from './paper';
import { handoutThemeCss, resolveTheme, type FontMode } from './theme';

export interface BuildOptions {
  layout: HandoutLayout;
  /** Defaults to the deck's `paper:`, else the system locale. */
  paper?: Paper;
  largePrint?: boolean;
  /** The deck file's path, so its relative images resolve; omit for a deck with none. */
  deckPath?: string;
  /**
   * `inline` (default): fonts inside the HTML, which then prints the same anywhere. `file`: fonts
   * linked from their installed files, faster to print on this machine (the CLI's PDFs).
   */
  fonts?: FontMode;
}

/** Options for Chromium's page.pdf / Electron's printToPDF that these pages expect. */
export const PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true } as const;

export interface PdfOptions {
  /** The structure tree screen readers use (headings, reading order). */
  tagged?: boolean;
  /** Bookmarks from the headings; Chromium writes them only into a tagged PDF. */
  outline?: boolean;
}

/**
 * The outline is the accessible handout: tagged, with bookmarks. The other layouts are not tagged:
 * it doubles the print time of pages full of slide pictures (and without it, no bookmarks either).
 */
export function pdfOptionsFor(layout: HandoutLayout): PdfOptions {
  return layout === 'outline' ? { tagged: true, outline: true } : {};
}

export async function buildHandout(deck: Deck, options: BuildOptions): Promise<HandoutDocument> {
  const paper = options.paper ?? defaultPaper(deck.meta.paper);
  const needsQr = options.layout === 'card';
  return renderHandout(deck, {
    layout: options.layout,
    paper,
    largePrint: options.largePrint,
    theme: resolveTheme(deck.meta.theme),
    themeCss: await handoutThemeCss(deck.meta.theme, options.fonts),
    qrSvgs: needsQr ? await (await import('./qr')).qrSvgs(deckLinks(deck)) : undefined,
    baseHref: options.deckPath ? pathToFileURL(dirname(resolve(options.deckPath))).href + '/' : undefined,
    extraCss: handoutFontCss(options.fonts),
  });
}

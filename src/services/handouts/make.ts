// A run of `podium handouts`: every deck in every layout, printed to PDF with one browser, or
// written as print-ready HTML. With no browser installed, PDFs fall back to HTML and the result
// says so, so the caller can tell the user how to finish the job.
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { slugify, type Deck, type Paper } from '../../core';
import { HandoutError, type HandoutLayout } from '../../core/handouts';
import { buildHandout, pdfOptionsFor } from './build';
import { chosenBrowser, type StartedChrome } from './chrome-process';
import { HandoutPrinter } from './printer';
import { writeFileAtomic } from './write';

export interface HandoutJob {
  deck: Deck;
  deckPath: string;
  layouts: HandoutLayout[];
}

export interface MakeOptions {
  outDir: string;
  format: 'pdf' | 'html';
  paper?: Paper;
  largePrint?: boolean;
  /** Browser to print with; defaults to chosenBrowser(). */
  executablePath?: string;
  /** A browser already started with startChrome() (the CLI starts it first thing); used and stopped. */
  chrome?: StartedChrome;
}

export interface MadeFile {
  deckPath: string;
  layout: HandoutLayout;
  path: string;
  format: 'pdf' | 'html';
  paper: Paper;
  /** Sheets, when the layout fixes them. */
  pageCount?: number;
}

export interface MakeResult {
  files: MadeFile[];
  /** Layouts a deck could not give (e.g. a card without resources), one message each. */
  problems: Array<{ deckPath: string; layout: HandoutLayout; message: string }>;
  /** PDF was asked for but no browser was found: the files are HTML. */
  noBrowser: boolean;
}

/** `slides/01-knowledge-is-power.md` → `01-knowledge-is-power`. */
export function deckSlug(deckPath: string): string {
  return slugify(basename(deckPath, extname(deckPath))) || 'deck';
}

export async function makeHandouts(jobs: HandoutJob[], options: MakeOptions): Promise<MakeResult> {
  await mkdir(options.outDir, { recursive: true });
  const result: MakeResult = { files: [], problems: [], noBrowser: false };
  // the browser gets ready while the first pages are laid out
  let opening: Promise<HandoutPrinter> | undefined;
  if (options.format === 'pdf') {
    const browser = options.chrome ?? options.executablePath ?? chosenBrowser();
    if (browser) opening = HandoutPrinter.open(browser);
    else result.noBrowser = true;
  } else {
    await options.chrome?.stop();
  }
  opening?.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  let printer: HandoutPrinter | undefined;
  try {
    for (const job of jobs) {
      for (const layout of job.layouts) {
        let doc;
        try {
          doc = await buildHandout(job.deck, { layout, paper: options.paper, largePrint: options.largePrint, deckPath: job.deckPath, fonts: opening ? 'file' : 'inline' });
        } catch (error) {
          if (!(error instanceof HandoutError)) throw error;
          result.problems.push({ deckPath: job.deckPath, layout, message: error.message });
          continue;
        }
        printer ??= await opening;
        const format = printer ? 'pdf' : 'html';
        const path = join(options.outDir, `${deckSlug(job.deckPath)}-${layout}.${format}`);
        const data = printer ? await printer.pdf(doc.html, pdfOptionsFor(layout)) : doc.html;
        await writeFileAtomic(path, data);
        result.files.push({ deckPath: job.deckPath, layout, path, format, paper: doc.paper, pageCount: doc.pageCount });
      }
    }
  } finally {
    await (printer ?? (await opening?.catch(() => undefined)))?.close();
  }
  return result;
}

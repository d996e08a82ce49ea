// A run of `podium handouts`: every deck in every layout, printed to PDF with one browser, or
// written as print-ready HTML. With no browser installed, PDFs fall back to HTML and the result
// says so, so the caller can tell the user how to finish the job.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { slugify, type Deck, type Paper } from '../../core';
import { HandoutError, type HandoutLayout } from '../../core/handouts';
import { findChrome } from '../browser/find-chrome';
import { buildHandout } from './build';
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
  /** Browser to print with; defaults to findChrome(). */
  executablePath?: string;
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

/**
 * The browser to print with. A PODIUM_CHROME that names no file means "not this machine's usual
 * browser": rather than quietly print with another one, it counts as no browser.
 */
export function chosenBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const wanted = env.PODIUM_CHROME;
  if (wanted && !existsSync(wanted)) return undefined;
  return findChrome(env);
}

/** `slides/01-knowledge-is-power.md` → `01-knowledge-is-power`. */
export function deckSlug(deckPath: string): string {
  return slugify(basename(deckPath, extname(deckPath))) || 'deck';
}

export async function makeHandouts(jobs: HandoutJob[], options: MakeOptions): Promise<MakeResult> {
  await mkdir(options.outDir, { recursive: true });
  const result: MakeResult = { files: [], problems: [], noBrowser: false };
  let printer: HandoutPrinter | undefined;
  if (options.format === 'pdf') {
    const browser = options.executablePath ?? chosenBrowser();
    if (browser) printer = await HandoutPrinter.open(browser);
    else result.noBrowser = true;
  }
  try {
    for (const job of jobs) {
      for (const layout of job.layouts) {
        let doc;
        try {
          doc = await buildHandout(job.deck, { layout, paper: options.paper, largePrint: options.largePrint, deckPath: job.deckPath });
        } catch (error) {
          if (!(error instanceof HandoutError)) throw error;
          result.problems.push({ deckPath: job.deckPath, layout, message: error.message });
          continue;
        }
        const format = printer ? 'pdf' : 'html';
        const path = join(options.outDir, `${deckSlug(job.deckPath)}-${layout}.${format}`);
        const data = printer ? await printer.pdf(doc.html, { outline: layout === 'outline' || layout === 'notes' }) : doc.html;
        await writeFileAtomic(path, data);
        result.files.push({ deckPath: job.deckPath, layout, path, format, paper: doc.paper, pageCount: doc.pageCount });
      }
    }
  } finally {
    await printer?.close();
  }
  return result;
}

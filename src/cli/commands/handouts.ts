// `podium handouts <deck.md|folder>... --out <dir>`: printable handouts (slides N-up, facilitator
// guide, outline, resource card) as PDF printed by headless Chromium, or as print-ready HTML.
// Exit 0: all written (also when PDFs fell back to HTML for want of a browser, with a warning) ·
// 1: a deck could not give a handout, or --format pdf was asked for and no browser exists ·
// 2: usage or read error.
import { isEmptyDeck, isLayout, isPaper, LAYOUTS, PAPERS, type HandoutLayout } from '../../core/handouts';
import { chosenBrowser, startChrome, type StartedChrome } from '../../services/handouts/chrome-process';
import type { HandoutJob, MakeResult } from '../../services/handouts/make';
import { parseArgs } from '../args';
import { UsageError } from '../usage-error';

const HELP = `Usage: podium handouts <deck.md|folder>... --out <dir> [options]

Writes <dir>/<deck>-<layout>.pdf (or .html) for each deck.
  --layout <name>   ${LAYOUTS.join(' | ')} | all   (default slides-3)
                      slides-N  slides N to a page (slides-3 with lines for notes)
                      notes     facilitator guide: slides with speaker notes, timings
                      outline   text-only participant handout (use --large-print for large type)
                      card      take-home resource card with QR codes, four to a sheet
  --paper <size>    letter | a4   (default: the deck's paper:, else your system locale)
  --format <type>   pdf | html    (default pdf; html is the print-ready page)
  --large-print     larger type for outline, notes and card
PDFs are printed by Chrome/Chromium (found via PODIUM_CHROME, CHROME_PATH or the usual places).`;

const HOW_TO_PDF = 'To get a PDF: open the .html file in Chrome, Chromium or Edge, choose Print > Save as PDF with "Background graphics" on and margins "Default"; or install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set PODIUM_CHROME to a Chrome binary, and run this command again.';

function layoutsFrom(value: string): HandoutLayout[] {
  if (value === 'all') return [...LAYOUTS];
  if (!isLayout(value)) throw new UsageError(`unknown layout "${value}": use one of ${LAYOUTS.join(', ')}, all.`);
  return [value];
}

export async function run(argv: string[]): Promise<number> {
  const { options, positionals } = parseArgs(argv, {
    out: { type: 'string', short: 'o' },
    layout: { type: 'string', short: 'l', default: 'slides-3' },
    paper: { type: 'string' },
    format: { type: 'string' },
    'large-print': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (options.help) { console.log(HELP); return 0; }
  const layouts = layoutsFrom(options.layout);
  if (options.paper !== undefined && !isPaper(options.paper)) throw new UsageError(`unknown paper "${options.paper}": use one of ${PAPERS.join(', ')}.`);
  const format = options.format ?? 'pdf';
  if (format !== 'pdf' && format !== 'html') throw new UsageError(`unknown format "${format}": use pdf or html.`);
  if (positionals.length === 0) throw new UsageError('give one or more deck files or folders, e.g. podium handouts slides --out handouts');
  if (!options.out) throw new UsageError('say where to write the handouts with --out <dir>, e.g. --out handouts');

  // Chromium starts now and boots while decks are read and the printing code loads (lazily, below).
  const exe = format === 'pdf' ? chosenBrowser() : undefined;
  const chrome = exe ? startChrome(exe) : undefined;
  try {
    return await handouts(positionals, layouts, { ...options, format, explicitPdf: options.format === 'pdf' }, chrome);
  } finally {
    await chrome?.stop();
  }
}

interface RunOptions { out?: string; layout: string; paper?: string; format: 'pdf' | 'html'; explicitPdf: boolean; 'large-print': boolean }

async function handouts(positionals: string[], layouts: HandoutLayout[], options: RunOptions, chrome: StartedChrome | undefined): Promise<number> {
  // loaded here, after Chromium was started: the engine takes a moment to load, the browser longer
  const { DeckFileError, findDecks, loadDeck } = await import('../../services/deck-files');
  const jobs: HandoutJob[] = [];
  let failed = false;
  for (const given of positionals) {
    let paths: string[];
    try {
      paths = await findDecks(given);
    } catch (error) {
      if (!(error instanceof DeckFileError)) throw error;
      console.error(`podium handouts: ${error.message}`);
      return 2;
    }
    for (const path of paths) {
      let loaded;
      try {
        loaded = await loadDeck(path);
      } catch (error) {
        if (!(error instanceof DeckFileError)) throw error;
        console.error(`podium handouts: ${error.message}`);
        return 2;
      }
      if (isEmptyDeck(loaded.deck)) {
        console.error(`podium handouts: ${path}: the deck is empty, there are no slides to print. Write slide content below the front matter (slides are separated by a line "---" between blank lines).`);
        failed = true;
        continue;
      }
      for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) console.error(`${path}:${d.line}:${d.column} error ${d.code} ${d.message}`);
      // with --layout all, a deck without resources simply has no card
      const wanted = options.layout === 'all' && loaded.deck.meta.resources.every((r) => !r.trim()) ? layouts.filter((l) => l !== 'card') : layouts;
      jobs.push({ deck: loaded.deck, deckPath: path, layouts: wanted });
    }
  }
  if (!jobs.length) return failed ? 1 : 0;

  const { makeHandouts } = await import('../../services/handouts/make');
  let result: MakeResult;
  try {
    result = await makeHandouts(jobs, { outDir: options.out as string, format: options.format, paper: options.paper as 'letter' | 'a4' | undefined, largePrint: options['large-print'], chrome });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'EEXIST', 'EISDIR'].includes(code)) {
      console.error(`podium handouts: cannot write to ${options.out} (${code}): choose a folder you can write to with --out, and check there is free space.`);
      return 2;
    }
    if (!chrome || !(error instanceof Error) || !/Chromium|browser/i.test(error.message)) throw error;
    console.error(`podium handouts: error: the browser could not print (${error.message.split('\n')[0]}). Try again; if it keeps failing, set PODIUM_CHROME to another Chrome or Chromium, or use --format html. ${HOW_TO_PDF}`);
    return 1;
  }
  for (const p of result.problems) console.error(`podium handouts: ${p.deckPath}: ${p.layout}: ${p.message}`);
  for (const f of result.files) console.log(`${f.path}  (${f.layout}, ${f.paper}${f.pageCount ? `, ${f.pageCount} page${f.pageCount === 1 ? '' : 's'}` : ''})`);
  if (result.noBrowser) {
    const explicit = options.explicitPdf;
    console.error(`podium handouts: ${explicit ? 'error' : 'warning'}: no Chrome or Chromium was found, so the handouts were written as print-ready HTML instead of PDF. ${HOW_TO_PDF}`);
    if (explicit) return 1;
  }
  return failed || result.problems.length ? 1 : 0;
}

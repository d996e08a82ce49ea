// `podium export <deck.md|folder>... --out <dir> [--single-file] [--theme <name>] [--strict] [--json]`
// Offline presentations: a folder per deck (or one self-contained HTML file), speaker view included.
// Exit 0: exported · 1: errors (refused assets, write failures, --strict problems) · 2: usage or read error.
import { THEMES, isTheme } from '../../core';
import { DeckFileError } from '../../services/deck-files';
import { exportDecks, OutputInsideDeckError, type DeckExportResult, type ExportSummary } from '../../services/export';
import { parseArgs } from '../args';
import { UsageError } from '../usage-error';

const HELP = `Usage: podium export <deck.md|folder>... --out <dir> [--single-file] [--theme <name>] [--strict] [--json]

Writes presentations that play offline in any browser, from a USB stick or an email:
  <dir>/<deck>/index.html   with reveal.js, the theme, fonts and the deck's images and media beside it
  <dir>/<deck>.html         with --single-file: one file, everything inlined except video and audio
  <dir>/index.html          when a folder or several decks are exported: a page listing them
In the presentation: arrows/space/PageUp/PageDown move, S opens the speaker view, B or . blacks the
screen, O or Esc shows the overview, F goes full screen. Add ?print-pdf to the address to print
(one slide a page; &showNotes=true adds the notes).

  --out, -o <dir>   where to write (required; must not be inside a deck's folder)
  --single-file     one self-contained HTML file per deck
  --theme <name>    ${THEMES.join(' | ')} (default: the deck's theme: setting, else light)
  --strict          any missing, refused or remote asset fails the deck (nothing is written for it)
  --json            print a machine-readable summary
Exit 0: exported · 1: errors (refused assets, failed writes, --strict problems) · 2: usage or read error.`;

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function printDeck(deck: DeckExportResult): void {
  for (const issue of deck.issues) console.error(`${issue.file}:${issue.line}:${issue.column} ${issue.severity} ${issue.code} ${oneLine(issue.message)}`);
  if (deck.status === 'read-error') console.error(`podium export: ${deck.error}`);
  else if (deck.status === 'failed') console.error(`podium export: ${deck.source}: ${deck.error}`);
}

function printSummary(summary: ExportSummary): void {
  const t = summary.totals;
  const failed = t.failed ? ` (${t.failed} failed)` : '';
  console.log(`Exported ${t.exported} of ${plural(t.decks, 'deck')}${failed}: ${plural(t.slides, 'slide')}, ${plural(t.files, 'file')}, ${size(t.bytes)}; ${plural(t.warnings, 'warning')}, ${plural(t.errors, 'error')}.`);
  for (const deck of summary.decks) if (deck.status === 'ok') console.log(`  ${deck.target}`);
  if (summary.index) console.log(`  ${summary.index} (index of the presentations)`);
}

export async function run(argv: string[]): Promise<number> {
  const { options, positionals } = parseArgs(argv, {
    out: { type: 'string', short: 'o' },
    'single-file': { type: 'boolean' },
    theme: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (options.help) { console.log(HELP); return 0; }
  if (positionals.length === 0) throw new UsageError('give one or more deck files or folders, e.g. podium export slides --out usb');
  if (!options.out) throw new UsageError('say where to write with --out <dir>, e.g. podium export slides --out usb');
  if (options.theme !== undefined && !isTheme(options.theme)) throw new UsageError(`unknown theme "${options.theme}": use ${THEMES.join(', ')}`);

  const tty = process.stderr.isTTY && !options.json;
  let summary: ExportSummary;
  try {
    summary = await exportDecks(positionals, {
      out: options.out,
      mode: options['single-file'] ? 'single-file' : 'folder',
      theme: options.theme,
      strict: options.strict,
      onProgress: (event) => {
        if (event.phase === 'done' && event.result && !options.json) {
          if (tty) process.stderr.write('\r\x1b[2K');
          printDeck(event.result);
        }
        if (tty && event.total > 1) {
          const name = event.source.split(/[\\/]/).pop();
          const last = event.phase === 'done' && event.index + 1 === event.total;
          process.stderr.write(`\r\x1b[2K[${event.index + 1}/${event.total}] ${event.phase === 'start' ? 'exporting' : 'exported'} ${name}`);
          if (last) process.stderr.write('\r\x1b[2K');
        }
      },
    });
  } catch (error) {
    if (error instanceof DeckFileError || error instanceof OutputInsideDeckError) {
      if (options.json) console.log(JSON.stringify({ error: oneLine(error.message), exitCode: 2 }, null, 2));
      console.error(`podium export: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (summary.indexError && !options.json) console.error(`podium export: ${summary.indexError}`);
  if (options.json) console.log(JSON.stringify(summary, null, 2));
  else printSummary(summary);
  return summary.exitCode;
}

// `podium lint <file|folder>... [--json]`: every problem in the decks, as file:line:col lines.
// Exit 0 when no deck has an error, 1 when one does, 2 when a path cannot be read or used.
import { resolve } from 'node:path';
import type { Diagnostic, Severity } from '../../core';
import { LINT_RULES } from '../../core/lint/lint';
import { DECK_FILE_RULES, DeckFileError, findDecks, loadDeck } from '../../services/deck-files';
import { parseArgs } from '../args';
import { UsageError } from '../usage-error';

const HELP = `Usage: podium lint <deck.md|folder>... [--json] [--quiet]

Checks decks and prints each problem as  file:line:col severity code message.
A folder means every .md deck in it (README.md excepted).
  --json    one JSON object: { files: [{ path, diagnostics }], readErrors, errors, warnings, infos }
  --quiet   print errors only
Exit 0: no errors (warnings allowed) · 1: errors found · 2: usage or read error.

Checks:
${[...LINT_RULES, ...DECK_FILE_RULES].map((r) => `  ${r.code.padEnd(20)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}
Front matter problems (YAML errors, unknown keys, ...) are reported by the parser with their line.`;

interface FileReport { path: string; diagnostics: Diagnostic[] }
interface ReadError { path: string; message: string }

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

function count(files: FileReport[], severity: Severity): number {
  return files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

async function lintPaths(paths: string[]): Promise<{ files: FileReport[]; readErrors: ReadError[] }> {
  const files: FileReport[] = [];
  const readErrors: ReadError[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    let decks: string[];
    try {
      decks = await findDecks(given);
    } catch (error) {
      if (!(error instanceof DeckFileError)) throw error;
      readErrors.push({ path: given, message: error.message });
      continue;
    }
    for (const path of decks) {
      // `podium lint slides slides/01.md` checks 01.md once.
      if (seen.has(resolve(path))) continue;
      seen.add(resolve(path));
      try {
        const { diagnostics } = await loadDeck(path);
        files.push({ path, diagnostics: diagnostics.map((d) => ({ ...d, message: oneLine(d.message) })) });
      } catch (error) {
        if (!(error instanceof DeckFileError)) throw error;
        readErrors.push({ path, message: error.message });
      }
    }
  }
  return { files, readErrors };
}

export async function run(argv: string[]): Promise<number> {
  const { options, positionals } = parseArgs(argv, { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } });
  if (options.help) { console.log(HELP); return 0; }
  if (positionals.length === 0) throw new UsageError('give one or more deck files or folders, e.g. podium lint slides');
  const { files, readErrors } = await lintPaths(positionals);
  if (options.quiet) for (const f of files) f.diagnostics = f.diagnostics.filter((d) => d.severity === 'error');
  const errors = count(files, 'error');
  const totals = { errors, warnings: count(files, 'warning'), infos: count(files, 'info') };
  for (const e of readErrors) console.error(`podium lint: ${e.message}`);
  if (options.json) {
    console.log(JSON.stringify({ files, readErrors, ...totals }, null, 2));
  } else {
    for (const f of files) for (const d of f.diagnostics) console.log(`${f.path}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    const unread = readErrors.length ? `, ${readErrors.length} could not be read` : '';
    const found = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning'), plural(totals.infos, 'info')].join(', ');
    console.log(`${plural(files.length, 'deck')} checked${unread}: ${found}.`);
  }
  if (readErrors.length) return 2;
  return errors > 0 ? 1 : 0;
}

// `podium inspect <deck.md> [--json]`: what the engine reads in a deck, slide by slide.
import type { Deck, Diagnostic } from '../../core';
import { DeckFileError, loadDeck } from '../../services/deck-files';
import { parseArgs } from '../args';
import { UsageError } from '../usage-error';

const HELP = `Usage: podium inspect <deck.md> [--json]

Prints what Podium reads in a deck: its metadata, every slide (position, title, fragments,
planned minutes, notes) and every diagnostic. With --json, the parsed deck as JSON:
{ title, meta, slides: [{ h, v, title, notes, fragments, line, attributes }], diagnostics }.
Exit 0 when the deck was read (use \`podium lint\` to fail on errors), 2 when it could not be.`;

export interface InspectSlide {
  h: number;
  v: number;
  title: string;
  notes: string;
  fragments: number;
  line: number;
  attributes: Record<string, string>;
}

export interface InspectResult {
  title: string;
  meta: Deck['meta'];
  slides: InspectSlide[];
  diagnostics: Diagnostic[];
}

export function toInspectJson(deck: Deck, diagnostics: Diagnostic[] = deck.diagnostics): InspectResult {
  return {
    title: deck.meta.title ?? deck.slides[0]?.title ?? '',
    meta: deck.meta,
    slides: deck.slides.map((s) => ({ h: s.h, v: s.v, title: s.title, notes: s.notesText, fragments: s.fragments, line: s.lines.start, attributes: s.attributes })),
    diagnostics: diagnostics.map(({ code, severity, line, column, message }) => ({ code, severity, line, column, message })),
  };
}

function summary(path: string, deck: Deck, diagnostics: Diagnostic[]): string {
  const { meta } = deck;
  const planned = deck.slides.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
  const head = [
    `${path}: "${meta.title ?? deck.slides[0]?.title ?? '(untitled)'}"${meta.subtitle ? ` - ${meta.subtitle}` : ''}`,
    `  ${deck.slides.length} slides · ${meta.dialect} deck · theme ${meta.theme ?? 'light (default)'}` +
      `${meta.duration !== undefined ? ` · ${meta.duration} min planned` : ''}${planned ? ` · slides add up to ${Math.round(planned * 10) / 10} min` : ''}`,
  ];
  const rows = deck.slides.map((s) => {
    const place = s.v > 0 ? `${s.h + 1}.${s.v + 1}` : `${s.h + 1}`;
    const extras = [s.fragments ? `${s.fragments} steps` : '', s.minutes !== undefined ? `${s.minutes} min` : '', s.notesText ? 'notes' : 'no notes'].filter(Boolean).join(', ');
    return `  ${place.padEnd(6)} line ${String(s.lines.start).padEnd(5)} ${s.title || '(no title)'}  [${extras}]`;
  });
  const counts = (['error', 'warning', 'info'] as const).map((sev) => `${diagnostics.filter((d) => d.severity === sev).length} ${sev}${sev === 'info' ? '' : 's'}`);
  const problems = diagnostics.map((d) => `  ${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
  return [...head, '', ...rows, '', `  ${counts.join(', ')}${diagnostics.length ? ' (run `podium lint` for file:line output)' : ''}`, ...problems].join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const { options, positionals } = parseArgs(argv, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if (options.help) { console.log(HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError('give exactly one deck file, e.g. podium inspect slides/01-knowledge-is-power.md --json');
  const [path] = positionals;
  try {
    const loaded = await loadDeck(path);
    console.log(options.json ? JSON.stringify(toInspectJson(loaded.deck, loaded.diagnostics), null, 2) : summary(path, loaded.deck, loaded.diagnostics));
    return 0;
  } catch (error) {
    if (error instanceof DeckFileError) { console.error(`podium inspect: ${error.message}`); return 2; }
    throw error;
  }
}

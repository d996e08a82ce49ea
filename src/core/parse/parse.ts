// parse(): Markdown deck text → Deck. Reads top to bottom: normalise, front matter, split, render
// each slide (reusing cached ones), place them in the file, lint. With a cache, an edit re-parses
// only the slides around it. Never throws.
import type { Deck, Diagnostic } from '../model';
import { lintDeck } from '../lint/lint';
import { sanitizeCss } from '../render/css';
import { LineIndex } from '../text/lines';
import { buildSlides } from './build-slides';
import { detectDialect, readFrontMatter, readMeta } from './front-matter';
import { parseIncrementally } from './incremental';
import { MarpDirectiveState } from './marp-directives';
import type { SlideContext } from './render-slide';
import type { SlideCache } from './slide-cache';
import { splitSlides } from './split';
import type { ParseState } from './state';

export interface ParseOptions {
  /** Reuse the previous parse: unchanged slides are not re-rendered (see createSlideCache). */
  cache?: SlideCache;
}

const MARP_THEMES = new Set(['default', 'gaia', 'uncover']);
// reveal.js's own themes, as reveal-md decks name them, mapped to the nearest Podium theme.
const REVEAL_THEMES: Record<string, 'light' | 'dark'> = {
  black: 'dark', night: 'dark', league: 'dark', moon: 'dark', blood: 'dark', dracula: 'dark', 'black-contrast': 'dark',
  white: 'light', simple: 'light', serif: 'light', sky: 'light', beige: 'light', solarized: 'light', 'white-contrast': 'light',
};

/** Line endings and byte-order mark normalised away; NUL replaced as browsers do. */
function normalise(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // indexOf scans far faster than a regex: the common case, nothing to change, costs two of them.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text;
}

function headingLevels(value: unknown): number[] | undefined {
  const levels = Array.isArray(value) ? value.map(Number) : typeof value === 'number' || typeof value === 'string' ? [Number(value)] : [];
  const valid = levels.filter((n) => Number.isInteger(n) && n >= 1 && n <= 6);
  if (valid.length === 0) return undefined;
  // `headingDivider: 2` means every heading of level 2 or above.
  return Array.isArray(value) ? valid : Array.from({ length: valid[0] }, (_, i) => i + 1);
}

function notesPattern(value: unknown, diagnostics: Diagnostic[], line: number): RegExp | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return new RegExp(value, 'mgi');
  } catch (error) {
    diagnostics.push({ code: 'invalid-separator', severity: 'error', line, column: 1, message: `notesSeparator is not a valid regular expression (${(error as Error).message}); Podium uses \`Note:\` lines instead.` });
    return undefined;
  }
}

function parseWhole(text: string, cache: SlideCache | undefined): ParseState {
  const fm = readFrontMatter(text, cache?.state?.fm);
  const dialect = detectDialect(fm.data);
  const { meta, diagnostics: headDiagnostics } = readMeta(fm, dialect);
  headDiagnostics.unshift(...fm.diagnostics);
  if (dialect === 'marp' && meta.theme && MARP_THEMES.has(meta.theme)) {
    meta.extra.marpTheme = meta.theme;
    meta.theme = undefined;
  } else if (dialect !== 'marp' && meta.theme && REVEAL_THEMES[meta.theme]) {
    meta.extra.revealTheme = meta.theme;
    meta.theme = REVEAL_THEMES[meta.theme];
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lines = new LineIndex(text);
  const splitOptions = {
    dialect,
    separator: str(fm.data.separator),
    verticalSeparator: str(fm.data.verticalSeparator),
    headingLevels: dialect === 'marp' ? headingLevels(fm.data.headingDivider) : undefined,
  };
  const splitDiagnostics: Diagnostic[] = [];
  const split = splitSlides(text, fm.bodyOffset, text.length, splitOptions, splitDiagnostics, (offset) => lines.line(offset));
  headDiagnostics.push(...splitDiagnostics.filter((d) => d.code === 'invalid-separator'));

  const marpState = dialect === 'marp' ? new MarpDirectiveState(fm.data) : undefined;
  const context: SlideContext = {
    dialect,
    notesPattern: dialect === 'reveal-md' ? notesPattern(fm.data.notesSeparator, headDiagnostics, fm.keyLines.notesSeparator ?? 1) : undefined,
    resolveDirectives: marpState && ((written) => marpState.next(written)),
  };
  const contextKey = `${dialect}\u0001${context.notesPattern?.source ?? ''}`;
  const built = buildSlides(text, split.slides, lines, context, contextKey, cache, marpState, splitDiagnostics);
  const style = dialect === 'marp' ? str(fm.data.style) : undefined;
  return {
    text, fm, meta, headDiagnostics, splitOptions, context, contextKey, sequential: dialect === 'marp',
    raws: split.slides, slides: built.slides, slideDiagnostics: built.slideDiagnostics, css: style ? sanitizeCss(style) : '',
  };
}

function finish(state: ParseState): Deck {
  if (state.deck) return state.deck;
  const meta = state.meta.title ? state.meta : { ...state.meta, title: state.slides.find((s) => s.title)?.title };
  const deck: Deck = {
    meta,
    slides: state.slides,
    diagnostics: [...state.headDiagnostics, ...state.slideDiagnostics.flat()],
    css: state.css,
    bodyLine: state.fm.bodyLine,
    keyLines: state.fm.keyLines,
  };
  deck.diagnostics.push(...lintDeck(deck));
  deck.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  state.deck = deck;
  return deck;
}

function parseDeck(source: string, cache: SlideCache | undefined): Deck {
  const text = normalise(source);
  cache?.begin();
  const previous = cache?.state;
  const incremental = previous && cache ? parseIncrementally(text, previous, cache) : undefined;
  const state = incremental ?? parseWhole(text, cache);
  if (cache) {
    // A whole parse keeps just its own renderings; edits add a few each, so trim now and then.
    if (!incremental || cache.size > 4 * state.slides.length + 100) cache.end();
    cache.state = state;
  }
  return finish(state);
}

/** Parses a deck. Never throws: a failure inside the engine becomes an error diagnostic. */
export function parse(source: string, options: ParseOptions = {}): Deck {
  try {
    return parseDeck(typeof source === 'string' ? source : String(source ?? ''), options.cache);
  } catch (error) {
    if (options.cache) options.cache.state = undefined;
    return {
      meta: { presenters: [], resources: [], dialect: 'podium', extra: {} },
      slides: [],
      diagnostics: [{ code: 'internal-error', severity: 'error', line: 1, column: 1, message: `Podium could not read this deck (${(error as Error).message}). Please report it with the deck attached.` }],
      css: '',
      bodyLine: 1,
      keyLines: {},
    };
  }
}

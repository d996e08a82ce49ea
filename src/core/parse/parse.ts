// parse(): Markdown deck text → Deck. Reads top to bottom: normalise, front matter, split, render
// each slide (reusing cached ones), place them in the file, lint. Never throws.
import type { Deck, Diagnostic, Slide } from '../model';
import { lintDeck } from '../lint/lint';
import { sanitizeCss } from '../render/css';
import { isRemoteUrl } from '../render/url';
import { LineIndex } from '../text/lines';
import { detectDialect, readFrontMatter, readMeta } from './front-matter';
import { MarpDirectiveState } from './marp-directives';
import { type RenderedSlide, type SlideContext, renderSlide } from './render-slide';
import type { SlideCache } from './slide-cache';
import { splitSlides } from './split';

export interface ParseOptions {
  /** Reuse renderings of unchanged slides from the previous parse (see createSlideCache). */
  cache?: SlideCache;
}

const MARP_THEMES = new Set(['default', 'gaia', 'uncover']);
// reveal.js's own themes, as reveal-md decks name them, mapped to the nearest Podium theme.
const REVEAL_THEMES: Record<string, 'light' | 'dark'> = {
  black: 'dark', night: 'dark', league: 'dark', moon: 'dark', blood: 'dark', dracula: 'dark', 'black-contrast': 'dark',
  white: 'light', simple: 'light', serif: 'light', sky: 'light', beige: 'light', solarized: 'light', 'white-contrast': 'light',
};

/** Line endings, byte-order mark and our private marker characters normalised away. */
function normalise(source: string): string {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (/[\uE000\uE001\u0000]/.test(text)) text = text.replace(/[\uE000\uE001\u0000]/g, '\ufffd');
  return text;
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

function parseDeck(source: string, options: ParseOptions): Deck {
  const text = normalise(source);
  const fm = readFrontMatter(text);
  const dialect = detectDialect(fm.data);
  const { meta, diagnostics: metaDiagnostics } = readMeta(fm, dialect);
  const diagnostics: Diagnostic[] = [...fm.diagnostics, ...metaDiagnostics];
  if (dialect === 'marp' && meta.theme && MARP_THEMES.has(meta.theme)) {
    meta.extra.marpTheme = meta.theme;
    meta.theme = undefined;
  } else if (dialect !== 'marp' && meta.theme && REVEAL_THEMES[meta.theme]) {
    meta.extra.revealTheme = meta.theme;
    meta.theme = REVEAL_THEMES[meta.theme];
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lines = new LineIndex(text);
  const raw = splitSlides(text, fm.bodyOffset, text.length, {
    dialect,
    separator: str(fm.data.separator),
    verticalSeparator: str(fm.data.verticalSeparator),
    headingLevels: dialect === 'marp' ? headingLevels(fm.data.headingDivider) : undefined,
  }, diagnostics, (offset) => lines.line(offset));

  const marpState = dialect === 'marp' ? new MarpDirectiveState(fm.data) : undefined;
  const context: SlideContext = {
    dialect,
    notesPattern: dialect === 'reveal-md' ? notesPattern(fm.data.notesSeparator, diagnostics, fm.keyLines.notesSeparator ?? 1) : undefined,
    resolveDirectives: marpState && ((written) => marpState.next(written)),
  };
  const contextKey = `${dialect}\u0001${context.notesPattern?.source ?? ''}`;
  const cache = options.cache;
  cache?.begin();

  const slides: Slide[] = raw.map((r, index) => {
    const slideText = text.slice(r.start, r.end);
    const key = marpState ? `${contextKey}\u0001${JSON.stringify(marpState.next([]))}` : contextKey;
    let rendered: RenderedSlide | undefined = cache?.get(key, slideText);
    if (rendered) marpState?.next(rendered.directives);
    else {
      rendered = renderSlide(slideText, context);
      cache?.set(key, slideText, rendered);
    }
    const at = (offset: number) => ({ line: lines.line(r.start + offset), column: lines.column(r.start + offset) });
    for (const p of rendered.problems) diagnostics.push({ code: p.code, severity: p.severity, message: p.message, ...at(p.offset) });
    const startLine = lines.line(r.start);
    return {
      index,
      h: r.h,
      v: r.v,
      title: rendered.title,
      html: rendered.html,
      notesHtml: rendered.notesHtml,
      notesText: rendered.notesText,
      fragments: rendered.fragments,
      attributes: rendered.attributes,
      background: rendered.background,
      minutes: rendered.minutes,
      lines: { start: startLine, end: r.end > r.start ? lines.line(r.end - 1) : startLine },
      assets: rendered.assets.map((a) => ({ kind: a.kind, url: a.url, ...at(a.offset), remote: isRemoteUrl(a.url), ...(a.kind === 'image' ? { alt: a.alt ?? '' } : {}) })),
      source: slideText,
      words: rendered.words,
    };
  });
  cache?.end();

  if (!meta.title) meta.title = slides.find((s) => s.title)?.title;
  const style = dialect === 'marp' ? str(fm.data.style) : undefined;
  const deck: Deck = { meta, slides, diagnostics, css: style ? sanitizeCss(style) : '', bodyLine: fm.bodyLine, keyLines: fm.keyLines };
  deck.diagnostics.push(...lintDeck(deck));
  deck.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return deck;
}

/** Parses a deck. Never throws: a failure inside the engine becomes an error diagnostic. */
export function parse(source: string, options: ParseOptions = {}): Deck {
  try {
    return parseDeck(typeof source === 'string' ? source : String(source ?? ''), options);
  } catch (error) {
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

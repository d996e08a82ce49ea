// YAML front matter: found, parsed with line-accurate errors, and normalised into DeckMeta.
import { parseDocument } from 'yaml';
import type { DeckMeta, Diagnostic, Dialect } from '../model';
import { parseDuration } from '../text/duration';
import { readSimpleYaml } from './simple-yaml';

export interface FrontMatter {
  /** Parsed YAML mapping ({} when absent or unreadable), frozen: a later parse may share it. */
  data: Record<string, unknown>;
  /** The YAML text between the fences, when the front matter is there and closed. */
  yaml?: string;
  /** Offset where the body starts. */
  bodyOffset: number;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level key. */
  keyLines: Record<string, number>;
  diagnostics: Diagnostic[];
}

const FENCE = /^---[ \t]*$/;
const END = /^(---|\.\.\.)[ \t]*$/;
const TOP_LEVEL_KEY = /^([^\s#:'"-][^:]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)/;

/**
 * Reads front matter from a normalised source (LF line endings, no BOM). The editor re-parses the
 * deck at every keystroke and the front matter rarely changes: given the previous parse's, unchanged
 * YAML is not parsed again (it costs more than rendering a few slides).
 */
export function readFrontMatter(source: string, previous?: FrontMatter): FrontMatter {
  const empty: FrontMatter = { data: {}, bodyOffset: 0, bodyLine: 1, keyLines: {}, diagnostics: [] };
  const firstEnd = source.indexOf('\n');
  if (firstEnd === -1 || !FENCE.test(source.slice(0, firstEnd))) return empty;
  let offset = firstEnd + 1;
  let line = 2;
  const keyLines: Record<string, number> = {};
  while (offset <= source.length) {
    const end = source.indexOf('\n', offset);
    const text = source.slice(offset, end === -1 ? source.length : end);
    if (END.test(text)) {
      const yaml = source.slice(firstEnd + 1, offset);
      const bodyOffset = end === -1 ? source.length : end + 1;
      const { data, diagnostics } = previous?.yaml === yaml ? { data: previous.data, diagnostics: [...previous.diagnostics] } : parseYaml(yaml);
      return { data, yaml, bodyOffset, bodyLine: line + 1, keyLines, diagnostics };
    }
    const key = TOP_LEVEL_KEY.exec(text);
    if (key) keyLines[key[1].replace(/^["']|["']$/g, '')] ??= line;
    if (end === -1) break;
    offset = end + 1;
    line++;
  }
  return {
    ...empty,
    diagnostics: [{
      code: 'front-matter-unclosed', severity: 'warning', line: 1, column: 1,
      message: 'The file starts with `---` but the front matter is never closed: add a `---` line after the last front-matter key, or a blank line after the first `---` if it is meant as a slide break.',
    }],
  };
}

type ParsedYaml = { data: Record<string, unknown>; diagnostics: Diagnostic[] };

function parseYaml(yamlText: string): ParsedYaml {
  const simple = readSimpleYaml(yamlText);
  const parsed = simple ? { data: simple, diagnostics: [] } : parseYamlText(yamlText);
  deepFreeze(parsed.data);
  return parsed;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

function parseYamlText(yamlText: string): ParsedYaml {
  const diagnostics: Diagnostic[] = [];
  try {
    const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
    for (const error of doc.errors) {
      const pos = error.linePos?.[0];
      diagnostics.push({
        code: 'front-matter-yaml', severity: 'error', line: (pos?.line ?? 1) + 1, column: pos?.col ?? 1,
        message: `Front matter is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}. Check indentation and quote values that contain a colon.`,
      });
    }
    if (doc.errors.length > 0) return { data: {}, diagnostics };
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {}, diagnostics };
    if (typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push({ code: 'front-matter-yaml', severity: 'error', line: 2, column: 1, message: 'Front matter must be a list of `key: value` lines.' });
      return { data: {}, diagnostics };
    }
    return { data: value as Record<string, unknown>, diagnostics };
  } catch (error) {
    diagnostics.push({ code: 'front-matter-yaml', severity: 'error', line: 2, column: 1, message: `Front matter could not be read: ${(error as Error).message}` });
    return { data: {}, diagnostics };
  }
}

const PODIUM_KEYS = ['title', 'subtitle', 'series', 'presenters', 'event', 'date', 'duration', 'theme', 'paper', 'content-note', 'resources', 'lang'];
const ALIASES: Record<string, string> = { contentNote: 'content-note', content_note: 'content-note', presenter: 'presenters', author: 'presenters' };
const REVEAL_MD_KEYS = ['separator', 'verticalSeparator', 'notesSeparator', 'revealOptions', 'highlightTheme', 'css', 'scripts', 'preprocessor', 'template', 'listingTemplate', 'static', 'assetsDir', 'absoluteUrls', 'watch', 'disableAutoOpen', 'port', 'host', 'description', 'favicon'];
const MARP_KEYS = ['marp', 'paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color', 'headingDivider', 'size', 'math', 'style', 'description', 'image', 'keywords', 'url', 'author'];

/** Which convention the deck was written for, from its front matter. */
export function detectDialect(data: Record<string, unknown>): Dialect {
  if (data.marp === true || data.marp === 'true') return 'marp';
  if (['separator', 'verticalSeparator', 'notesSeparator', 'revealOptions', 'highlightTheme'].some((k) => k in data)) return 'reveal-md';
  return 'podium';
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' || v instanceof Date ? String(v instanceof Date ? v.toISOString().slice(0, 10) : v) : undefined);

function lines(v: unknown): string[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return items.flatMap((item) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      // `- Hotline: 1-888-373-7888` is read by YAML as a mapping: keep it as the line it was written as.
      return Object.entries(item as Record<string, unknown>).map(([k, val]) => `${k}: ${text(val) ?? ''}`.trim());
    }
    const line = text(item);
    return line ? [line] : [];
  });
}

/** Normalises front matter into DeckMeta and reports unknown keys and unreadable values. */
export function readMeta(fm: FrontMatter, dialect: Dialect): { meta: DeckMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineOf = (key: string) => fm.keyLines[key] ?? 1;
  const values: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  const known = new Set([...PODIUM_KEYS, ...(dialect === 'reveal-md' ? REVEAL_MD_KEYS : []), ...(dialect === 'marp' ? MARP_KEYS : [])]);
  for (const [key, value] of Object.entries(fm.data)) {
    const canonical = ALIASES[key] ?? key;
    if (PODIUM_KEYS.includes(canonical)) values[canonical] = value;
    else extra[key] = value;
    if (!known.has(canonical)) {
      diagnostics.push({
        code: 'unknown-key', severity: 'warning', line: lineOf(key), column: 1,
        message: `Unknown front-matter key "${key}": Podium keeps it but does not use it. Known keys: ${PODIUM_KEYS.join(', ')}.`,
      });
    }
  }
  const meta: DeckMeta = {
    title: text(values.title),
    subtitle: text(values.subtitle),
    series: text(values.series),
    presenters: lines(values.presenters),
    event: text(values.event),
    date: text(values.date),
    theme: text(values.theme),
    contentNote: text(values['content-note']),
    resources: lines(values.resources),
    lang: text(values.lang),
    dialect,
    extra,
  };
  if (values.duration !== undefined && values.duration !== null && values.duration !== '') {
    meta.duration = parseDuration(values.duration);
    if (meta.duration === undefined) {
      diagnostics.push({ code: 'invalid-duration', severity: 'error', line: lineOf('duration'), column: 1, message: `duration "${String(values.duration)}" is not a duration: write minutes like \`45m\`, \`1h30m\` or \`90\`.` });
    }
  }
  if (values.paper !== undefined) {
    const paper = String(values.paper).trim().toLowerCase();
    if (paper === 'letter' || paper === 'a4') meta.paper = paper;
    else diagnostics.push({ code: 'invalid-paper', severity: 'error', line: lineOf('paper'), column: 1, message: `paper "${String(values.paper)}" is not supported: use \`letter\` or \`a4\`.` });
  }
  return { meta, diagnostics };
}

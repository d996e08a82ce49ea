// One slide's rendering: everything about a slide that depends only on its own text and context,
// so it can be cached and reused while positions are recomputed.
import type { AssetKind, Dialect, SlideBackground } from '../model';
import { htmlToText } from '../text/html';
import { measureText } from '../text/measure';
import { renderInline, renderMarkdown } from '../render/markdown';
import { type Attribute, filterAttributes } from '../render/sanitize';
import { type DirectiveValues, directiveAttributes } from './marp-directives';
import { readMarpComments, splitNotes, splitNotesByRegex } from './notes';
import { isMarpDirective } from './marp-directives';
import { limitNesting } from './nesting';

export interface RenderedAsset {
  kind: AssetKind;
  url: string;
  alt?: string;
  optional?: boolean;
  /** Offset in the slide text where the reference was found. */
  offset: number;
}

export interface SlideProblem {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Offset in the slide text. */
  offset: number;
}

export interface RenderedSlide {
  title: string;
  html: string;
  notesHtml: string;
  notesText: string;
  fragments: number;
  words: number;
  textLines: number;
  attributes: Record<string, string>;
  background?: SlideBackground;
  minutes?: number;
  assets: RenderedAsset[];
  problems: SlideProblem[];
  /** Marp directives written on the slide (the parser carries local ones forward). */
  directives: Array<[string, string]>;
}

export interface SlideContext {
  dialect: Dialect;
  notesPattern?: RegExp;
  /** Marp directives in force from earlier slides, resolved by the caller. */
  resolveDirectives?: (written: Array<[string, string]>) => DirectiveValues;
}

const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/;
const CLASS_TAG = /<[a-z][^>]*\bclass="([^"]*)"[^>]*>/g;
const FRAGMENT_INDEX = /\bdata-fragment-index="([^"]*)"/;

/** Distinct fragment steps: fragments sharing a data-fragment-index appear together. */
export function countFragments(html: string): number {
  if (!html.includes('fragment')) return 0;
  const indices = new Set<string>();
  let unindexed = 0;
  for (const m of html.matchAll(CLASS_TAG)) {
    if (!/(^|\s)fragment(\s|$)/.test(m[1])) continue;
    const index = FRAGMENT_INDEX.exec(m[0]);
    if (index) indices.add(index[1]);
    else unindexed++;
  }
  return indices.size + unindexed;
}

function findOffset(text: string, url: string, from: number): number {
  const at = offsetOf(text, url, from);
  if (at !== -1) return at;
  // The deck may have written the URL %-encoded or with &amp; where the parsed URL has neither.
  for (const candidate of [encodeURI(url), url.replace(/&/g, '&amp;')]) {
    const written = offsetOf(text, candidate, from);
    if (written !== -1) return written;
  }
  return 0;
}

function offsetOf(text: string, candidate: string, from: number): number {
  const at = text.indexOf(candidate, from);
  return at !== -1 ? at : text.indexOf(candidate);
}

function sectionAttributes(attrs: Attribute[], collect: (kind: AssetKind, url: string) => void): Record<string, string> {
  const record: Record<string, string> = {};
  if (attrs.length === 0) return record;
  for (const [name, value] of filterAttributes('section', attrs, false, { onUrl: collect })) record[name] = value;
  return record;
}

const BACKGROUND_KEYS = ['color', 'image', 'size', 'position', 'repeat', 'opacity', 'video'] as const;
const BACKGROUND_ATTRIBUTES = BACKGROUND_KEYS.map((key) => `data-background-${key}`);

function backgroundOf(attributes: Record<string, string>): SlideBackground | undefined {
  let bg: SlideBackground | undefined;
  for (let i = 0; i < BACKGROUND_KEYS.length; i++) {
    const value = attributes[BACKGROUND_ATTRIBUTES[i]];
    if (value !== undefined) (bg ??= {})[BACKGROUND_KEYS[i]] = value;
  }
  return bg;
}

/** Renders a slide's text (content and notes). Pure and position-independent. */
export function renderSlide(original: string, context: SlideContext): RenderedSlide {
  const problems: SlideProblem[] = [];
  const text = limitNesting(original, problems);
  let content: string;
  let notes: string;
  let notesAt = -1;
  let directives: Array<[string, string]> = [];
  if (context.dialect === 'marp') {
    const comments = readMarpComments(text, isMarpDirective);
    content = comments.content;
    notes = comments.notes.join('\n\n');
    directives = comments.directives;
  } else {
    const parts = context.notesPattern ? splitNotesByRegex(text, context.notesPattern) : splitNotes(text);
    content = parts.content;
    notes = parts.notes;
    notesAt = parts.notesAt;
  }
  const body = renderMarkdown(content, context.dialect);
  const note = notes ? renderMarkdown(notes, context.dialect) : undefined;
  const assets: RenderedAsset[] = [];
  let cursor = 0;
  const addAsset = (kind: AssetKind, url: string, alt?: string, base = 0, optional?: boolean) => {
    const offset = findOffset(text, url, Math.max(cursor, base));
    cursor = offset;
    if (!assets.some((a) => a.url === url && a.kind === kind && a.offset === offset)) assets.push({ kind, url, alt, offset, ...(optional ? { optional } : {}) });
  };
  for (const a of body.assets) addAsset(a.kind, a.url, a.alt, 0, a.optional);
  for (const a of note?.assets ?? []) addAsset(a.kind, a.url, a.alt, Math.max(notesAt, 0), a.optional);

  let html = body.html;
  const sectionAttrs: Attribute[] = [];
  if (context.dialect === 'marp' && context.resolveDirectives) {
    const values = context.resolveDirectives(directives);
    sectionAttrs.push(...directiveAttributes(values));
    if (values.header) html = `<header class="podium-header">${renderInline(values.header, 'marp')}</header>${html}`;
    if (values.footer) html += `<footer class="podium-footer">${renderInline(values.footer, 'marp')}</footer>`;
  }
  if (body.background) {
    const bg = body.background;
    sectionAttrs.push(['data-background-image', bg.image!]);
    if (bg.size) sectionAttrs.push(['data-background-size', bg.size]);
    if (bg.position) sectionAttrs.push(['data-background-position', bg.position]);
  }
  sectionAttrs.push(...body.slideAttributes);
  const attributes = sectionAttributes(sectionAttrs, (kind, url) => {
    if (!assets.some((a) => a.url === url)) addAsset(kind, url);
  });

  let minutes: number | undefined;
  if (attributes['data-minutes'] !== undefined) {
    const value = Number(attributes['data-minutes']);
    if (Number.isFinite(value) && value >= 0) minutes = value;
    else problems.push({ code: 'invalid-minutes', severity: 'error', offset: Math.max(text.indexOf('data-minutes'), 0), message: `data-minutes="${attributes['data-minutes']}" is not a number of minutes: write e.g. data-minutes="5" or "1.5".` });
  }
  const heading = HEADING.exec(html);
  const title = heading ? htmlToText(heading[2]) : '';
  const notesHtml = note?.html ?? '';
  const shown = measureText(html, title);
  return {
    title,
    html,
    notesHtml,
    notesText: notesHtml ? htmlToText(notesHtml) : '',
    fragments: countFragments(html),
    words: shown.words,
    textLines: shown.lines,
    attributes,
    background: backgroundOf(attributes),
    minutes,
    assets,
    problems,
    directives,
  };
}

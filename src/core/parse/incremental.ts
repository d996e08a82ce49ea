// An edit to one part of a deck: find the changed span, re-split and re-render only the slides
// around it, and shift the slides after it. Falls back (returns undefined) whenever the edit could
// change how the rest of the deck reads: front matter, Marp directives, regex separators, an open fence.
import type { Diagnostic, Slide } from '../model';
import { LineIndex } from '../text/lines';
import { buildSlides, renumber } from './build-slides';
import type { SlideCache } from './slide-cache';
import { type RawSlide, splitSlides, usesRegexSeparators } from './split';
import type { ParseState, Positions } from './state';

const BLOCK = 2048;

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  // Compare in blocks (native string equality), then by character inside the first differing block.
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the last slide starting at or before `offset`. */
function slideAt(raws: RawSlide[], offset: number): number {
  let lo = 0;
  let hi = raws.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (raws[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Positions inside [start, end) of the text, with start at a known line (and a line start). */
class RegionPositions implements Positions {
  private readonly index: LineIndex;

  constructor(text: string, private readonly start: number, end: number, private readonly firstLine: number) {
    this.index = new LineIndex(text.slice(start, end));
  }

  line(offset: number): number {
    return this.firstLine + this.index.line(offset - this.start) - 1;
  }

  column(offset: number): number {
    return this.index.column(offset - this.start);
  }
}

function shiftSlide(slide: Slide, lines: number): Slide {
  if (lines === 0) return slide;
  return {
    ...slide,
    lines: { start: slide.lines.start + lines, end: slide.lines.end + lines },
    assets: slide.assets.map((a) => ({ ...a, line: a.line + lines })),
  };
}

export function parseIncrementally(text: string, prev: ParseState, cache: SlideCache): ParseState | undefined {
  if (prev.sequential || usesRegexSeparators(prev.splitOptions)) return undefined;
  const old = prev.text;
  if (old === text) return prev;
  const prefix = commonPrefix(old, text);
  // The first line decides whether there is front matter at all; an unclosed one can close anywhere.
  const firstLineEnd = old.indexOf('\n');
  if (prefix <= Math.max(prev.fm.bodyOffset, firstLineEnd === -1 ? old.length : firstLineEnd)) return undefined;
  if (prev.fm.bodyOffset === 0 && /^---[ \t]*(\n|$)/.test(old)) return undefined;
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const delta = text.length - old.length;

  // The slides around the change, one more on each side: an edit can make or unmake a separator.
  const a = Math.max(0, slideAt(prev.raws, prefix) - 1);
  const b = Math.min(prev.raws.length - 1, slideAt(prev.raws, old.length - suffix) + 1);
  const regionStart = prev.raws[a].start;
  const regionEndOld = prev.raws[b].end;
  if (regionStart > prefix || regionEndOld < old.length - suffix) return undefined;
  const regionEnd = regionEndOld + delta;

  const positions = new RegionPositions(text, regionStart, regionEnd, prev.slides[a].lines.start);
  const splitDiagnostics: Diagnostic[] = [];
  const split = splitSlides(text, regionStart, regionEnd, prev.splitOptions, splitDiagnostics, (o) => positions.line(o));
  if (split.openFence) return undefined;
  split.slides[0] = { ...split.slides[0], kind: prev.raws[a].kind };
  const built = buildSlides(text, split.slides, positions, prev.context, prev.contextKey, cache, undefined, splitDiagnostics);

  const lineDelta = countNewlines(text, prefix, text.length - suffix) - countNewlines(old, prefix, old.length - suffix);
  const after = prev.raws.slice(b + 1).map((r) => ({ ...r, start: r.start + delta, end: r.end + delta }));
  const raws = [...prev.raws.slice(0, a), ...split.slides, ...after];
  const slides = renumber(raws, [...prev.slides.slice(0, a), ...built.slides, ...prev.slides.slice(b + 1).map((s) => shiftSlide(s, lineDelta))]);
  const slideDiagnostics = [
    ...prev.slideDiagnostics.slice(0, a),
    ...built.slideDiagnostics,
    ...prev.slideDiagnostics.slice(b + 1).map((list) => (lineDelta ? list.map((d) => ({ ...d, line: d.line + lineDelta })) : list)),
  ];
  return { ...prev, text, raws, slides, slideDiagnostics, deck: undefined };
}

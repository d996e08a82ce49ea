// Splitting a deck body into slides: Podium's and reveal-md's line separators (never inside code
// fences), reveal-md's custom separator regexes, and Marp's rulers and heading dividers.
import type { Diagnostic } from '../model';

type Kind = 'h' | 'v';

export interface RawSlide {
  /** Offsets of the slide's text in the whole source (separator excluded). */
  start: number;
  end: number;
  h: number;
  v: number;
  /** What started the slide: the start of the region, a horizontal or a vertical separator. */
  kind: 'first' | Kind;
}

export interface SplitResult {
  slides: RawSlide[];
  /** A code fence was still open at the end (it would swallow what follows the region). */
  openFence: boolean;
}

export interface SplitOptions {
  dialect: 'podium' | 'reveal-md' | 'marp';
  separator?: string;
  verticalSeparator?: string;
  /** Marp headingDivider: split before headings of these levels. */
  headingLevels?: number[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const MARP_RULER = /^ {0,3}([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const SETEXT_BLOCKER = /^ {0,3}(?:[-+*]|\d+[.)])[ \t]|^ {0,3}#|^ {0,3}(?:`{3,}|~{3,})|^ {0,3}</;


/** Visits each line of [from, to) outside fenced code: (lineStart, lineEnd, text, previous line). */
function eachLineOutsideFences(source: string, from: number, to: number, visit: (start: number, end: number, text: string, previous: string) => void, visitPlain = false): boolean {
  let fence: string | undefined;
  let previous = '';
  let offset = from;
  while (offset <= to) {
    let end = source.indexOf('\n', offset);
    if (end === -1 || end > to) end = to;
    // Outside Marp, only a line starting with a space, a tab, a fence character or `--` can open a
    // fence or be a separator: every other line is skipped without slicing it.
    const first = source.charCodeAt(offset);
    const plain = !visitPlain && !fence && end > offset && first !== 32 && first !== 9 && first !== 96 && first !== 126 && !(first === 45 && source.charCodeAt(offset + 1) === 45);
    if (plain) {
      previous = 'x';
    } else {
      const text = source.slice(offset, end);
      if (fence) {
        const trimmed = text.trim();
        if (trimmed.startsWith(fence) && /^([`~])\1*$/.test(trimmed) && trimmed[0] === fence[0]) fence = undefined;
      } else {
        const open = FENCE_OPEN.exec(text);
        if (open && !(open[1][0] === '`' && text.slice(open[0].length).includes('`'))) fence = open[1];
        else visit(offset, end, text, previous);
      }
      previous = text;
    }
    if (end >= to) break;
    offset = end + 1;
  }
  return fence !== undefined;
}

function build(breaks: Array<{ at: number; after: number; kind: Kind }>, from: number, to: number): RawSlide[] {
  const slides: RawSlide[] = [];
  let start = from;
  let h = 0;
  let v = 0;
  let kind: RawSlide['kind'] = 'first';
  for (const b of breaks) {
    slides.push({ start, end: b.at, h, v, kind });
    if (b.kind === 'h') { h++; v = 0; } else { v++; }
    start = b.after;
    kind = b.kind;
  }
  slides.push({ start, end: to, h, v, kind });
  return slides;
}

function nextLine(source: string, end: number, to: number): string | undefined {
  if (end >= to) return undefined;
  const next = source.indexOf('\n', end + 1);
  return source.slice(end + 1, next === -1 || next > to ? to : next);
}

function lineBreaks(source: string, from: number, to: number, options: SplitOptions, diagnostics: Diagnostic[], lineOf: (offset: number) => number): { breaks: Array<{ at: number; after: number; kind: Kind }>; openFence: boolean } {
  const breaks: Array<{ at: number; after: number; kind: Kind }> = [];
  const headingLevels = new Set(options.headingLevels ?? []);
  let contentSinceBreak = false;
  const openFence = eachLineOutsideFences(source, from, to, (start, end, text, previous) => {
    const trimmed = text.trimEnd();
    const after = Math.min(end + 1, to);
    if (options.dialect === 'marp') {
      const ruler = MARP_RULER.exec(trimmed);
      // `text` directly above `---` is a setext heading, not a ruler.
      const setext = ruler && ruler[1] === '-' && previous.trim() !== '' && !SETEXT_BLOCKER.test(previous) && start > from;
      if (ruler && !setext) {
        breaks.push({ at: Math.max(start - 1, from), after, kind: 'h' });
        contentSinceBreak = false;
        return;
      }
      const heading = HEADING.exec(text);
      if (heading && headingLevels.has(heading[1].length) && contentSinceBreak) {
        breaks.push({ at: Math.max(start - 1, from), after: start, kind: 'h' });
      }
    } else if (trimmed === '---' || trimmed === '----') {
      // As in reveal-md, a separator stands between blank lines; `Title` over `---` is a heading.
      const next = nextLine(source, end, to);
      if (start > from && previous.trim() === '' && next !== undefined && next.trim() === '') {
        breaks.push({ at: Math.max(start - 1, from), after, kind: trimmed === '---' ? 'h' : 'v' });
        contentSinceBreak = false;
        return;
      }
      diagnostics.push({
        code: 'separator-spacing', severity: 'warning', line: lineOf(start), column: 1,
        message: `This \`${trimmed}\` is not a slide break because it is not between blank lines: add a blank line ${previous.trim() !== '' ? 'before' : 'after'} it to start a new slide.`,
      });
    }
    if (trimmed.trim() !== '') contentSinceBreak = true;
  }, options.dialect === 'marp');
  return { breaks, openFence };
}

/** reveal.js's own algorithm for custom separator regexes (as reveal-md passes them). */
function regexBreaks(source: string, from: number, to: number, options: SplitOptions, diagnostics: Diagnostic[]): Array<{ at: number; after: number; kind: Kind }> | undefined {
  let all: RegExp;
  let horizontal: RegExp;
  try {
    // reveal-md's own defaults, for whichever of the two the deck does not set.
    const h = options.separator ?? '^(\\r\\n?|\\n)---(\\r\\n?|\\n)$';
    const v = options.verticalSeparator ?? '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$';
    all = new RegExp(h + (v ? `|${v}` : ''), 'mg');
    horizontal = new RegExp(h);
  } catch (error) {
    diagnostics.push({ code: 'invalid-separator', severity: 'error', line: 1, column: 1, message: `separator is not a valid regular expression (${(error as Error).message}); Podium splits on \`---\` lines instead.` });
    return undefined;
  }
  const body = source.slice(from, to);
  const breaks: Array<{ at: number; after: number; kind: Kind }> = [];
  for (let m = all.exec(body); m; m = all.exec(body)) {
    if (m[0].length === 0) { all.lastIndex++; continue; }
    breaks.push({ at: from + m.index, after: from + m.index + m[0].length, kind: horizontal.test(m[0]) ? 'h' : 'v' });
  }
  return breaks;
}

/** Splits source[from, to) into slides with their horizontal and vertical positions. */
export function splitSlides(source: string, from: number, to: number, options: SplitOptions, diagnostics: Diagnostic[], lineOf: (offset: number) => number): SplitResult {
  const custom = usesRegexSeparators(options);
  const regex = custom ? regexBreaks(source, from, to, options, diagnostics) : undefined;
  const { breaks, openFence } = regex ? { breaks: regex, openFence: false } : lineBreaks(source, from, to, options, diagnostics, lineOf);
  return { slides: build(breaks, from, to), openFence };
}

export function usesRegexSeparators(options: SplitOptions): boolean {
  return options.dialect === 'reveal-md' && (options.separator !== undefined || options.verticalSeparator !== undefined);
}

// Per-slide content rules: empty slides, overfull slides, slides without notes.
import type { Diagnostic, Dialect, Slide } from '../model';
import { OVERFULL_LINES, OVERFULL_WORDS } from './rules';

const MEDIA_TAG = /<(?:img|video|audio|svg|picture|canvas|object|embed)\b/i;
/** Slides styled as title or section openers: notes are optional there. */
const TITLE_CLASS = /(?:^|\s)(?:title|lead|cover|section)(?:\s|$)/;

const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)*/;

/** The slide's first non-blank line (its range starts right after the separator, often a blank line). */
function firstContentLine(slide: Slide): number {
  const blank = LEADING_BLANK_LINES.exec(slide.source)?.[0] ?? '';
  if (blank.length === slide.source.length) return slide.lines.start;
  let skipped = 0;
  for (let i = blank.indexOf('\n'); i !== -1; i = blank.indexOf('\n', i + 1)) skipped++;
  return Math.min(slide.lines.start + skipped, slide.lines.end);
}

function at(slide: Slide, code: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { code, severity, line: firstContentLine(slide), column: 1, message };
}

function hasBackground(slide: Slide): boolean {
  if (slide.background && Object.values(slide.background).some((v) => v)) return true;
  return Object.keys(slide.attributes).some((name) => name.startsWith('data-background'));
}

function hasVisibleContent(slide: Slide): boolean {
  return slide.words > 0 || MEDIA_TAG.test(slide.html) || hasBackground(slide);
}

function label(slide: Slide): string {
  return slide.title ? `Slide ${slide.index + 1} ("${slide.title}")` : `Slide ${slide.index + 1}`;
}

export function lintEmptySlides(slides: readonly Slide[]): Diagnostic[] {
  return slides.filter((slide) => !hasVisibleContent(slide)).map((slide) =>
    at(slide, 'empty-slide', 'warning',
      `${label(slide)} is empty: add content, or remove the extra separator line; for a deliberate blank pause give it a background, e.g. <!-- .slide: data-background-color="#000" -->.`));
}

export function lintOverfullSlides(slides: readonly Slide[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const slide of slides) {
    const lines = slide.textLines;
    if (slide.words <= OVERFULL_WORDS && lines <= OVERFULL_LINES) continue;
    const amount = slide.words > OVERFULL_WORDS ? `${slide.words} words (keep it under ${OVERFULL_WORDS + 1})` : `about ${lines} lines of text below the title (keep it to ${OVERFULL_LINES})`;
    found.push(at(slide, 'overfull-slide', 'warning',
      `${label(slide)} has ${amount}, too much to read from the back of a hall: split it in two, or move detail into the speaker notes.`));
  }
  return found;
}

/** How notes are written in each dialect, for the fix in the message. */
const HOW_TO_ADD_NOTES: Record<Dialect, string> = {
  podium: 'add a "Note:" line after the slide\'s content, then what to say',
  'reveal-md': 'add a "Note:" line (or your notesSeparator) after the slide\'s content, then what to say',
  marp: 'add an HTML comment with what to say, e.g. <!-- Ask the room what they noticed. -->',
};

export function lintMissingNotes(slides: readonly Slide[], dialect: Dialect = 'podium'): Diagnostic[] {
  return slides
    .filter((slide) => slide.index > 0 && hasVisibleContent(slide) && slide.notesText === '' && !TITLE_CLASS.test(slide.attributes.class ?? ''))
    .map((slide) => at(slide, 'notes-missing', 'info',
      `${label(slide)} has no speaker notes: ${HOW_TO_ADD_NOTES[dialect]}, so the facilitator guide covers it.`));
}

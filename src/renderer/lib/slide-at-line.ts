import type { Slide } from '../../core';

/**
 * The slide whose source holds a 1-based line. Lines between slides (separators, front matter)
 * belong to the slide that follows, or the last slide at the end of the file.
 * Binary search: decks of hundreds of slides are searched on every cursor move.
 */
export function slideAtLine(slides: readonly Slide[], line: number): number {
  if (slides.length === 0) return 0;
  let lo = 0;
  let hi = slides.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (slides[mid].lines.end < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

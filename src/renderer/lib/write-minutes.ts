import type { Slide } from '../../core';

const SLIDE_COMMENT = /<!--\s*\.slide:([\s\S]*?)-->/;
const MINUTES_ATTR = /data-minutes\s*=\s*("[^"]*"|'[^']*'|\S+)/;
const HEADING = /^\s{0,3}#{1,6}\s/;

/**
 * Writes planned minutes into the deck source as `data-minutes` on each slide's
 * `<!-- .slide: -->` comment (added under the slide's heading when it has none).
 * Slides are edited from the last to the first so earlier line numbers stay valid.
 */
export function writeMinutes(source: string, slides: readonly Slide[], minutes: ReadonlyMap<number, number>): string {
  const lines = source.split('\n');
  for (const slide of [...slides].sort((a, b) => b.lines.start - a.lines.start)) {
    const value = minutes.get(slide.index);
    if (value === undefined) continue;
    const attr = `data-minutes="${value}"`;
    const from = slide.lines.start - 1;
    const to = Math.min(slide.lines.end, lines.length);
    const at = lines.slice(from, to).findIndex((l) => SLIDE_COMMENT.test(l));
    if (at >= 0) {
      const i = from + at;
      lines[i] = lines[i].replace(SLIDE_COMMENT, (whole, attrs: string) =>
        MINUTES_ATTR.test(attrs) ? whole.replace(MINUTES_ATTR, attr) : `<!-- .slide:${attrs.trimEnd()} ${attr} -->`,
      );
      continue;
    }
    const heading = lines.slice(from, to).findIndex((l) => HEADING.test(l));
    const insertAt = heading >= 0 ? from + heading + 1 : from;
    lines.splice(insertAt, 0, `<!-- .slide: ${attr} -->`);
  }
  return lines.join('\n');
}

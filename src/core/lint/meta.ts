// Deck-level rules on the front matter: theme name and planned time.
import type { Deck, Diagnostic } from '../model';
import { THEMES, isTheme } from '../themes';
import { formatMinutes } from '../text/duration';

/** 1-based file line of each front-matter key, when the parser knows it. */
export type KeyLines = Record<string, number>;

function keyAt(keyLines: KeyLines | undefined, key: string): { line: number; column: number } {
  return { line: keyLines?.[key] ?? 1, column: 1 };
}

export function lintTheme(deck: Deck, keyLines?: KeyLines): Diagnostic[] {
  const theme = deck.meta.theme;
  if (theme === undefined || isTheme(theme)) return [];
  return [{
    code: 'unknown-theme', severity: 'warning', ...keyAt(keyLines, 'theme'),
    message: `Theme "${theme}" is not one Podium has, so the ${THEMES[0]} theme is used: write one of ${THEMES.join(', ')} (e.g. theme: ${THEMES[1]}).`,
  }];
}

export function lintMinutes(deck: Deck, keyLines?: KeyLines): Diagnostic[] {
  const duration = deck.meta.duration;
  const planned = deck.slides.filter((slide) => slide.minutes !== undefined);
  if (duration === undefined || planned.length === 0) return [];
  const sum = planned.reduce((total, slide) => total + (slide.minutes ?? 0), 0);
  const everySlide = planned.length === deck.slides.length;
  // With some slides unplanned the sum can still only grow, so only an excess is certain.
  if (Math.abs(sum - duration) < 0.01 || (!everySlide && sum <= duration)) return [];
  const scope = everySlide ? 'The slides plan' : `The ${planned.length} slides with data-minutes already plan`;
  return [{
    code: 'minutes-mismatch', severity: 'warning', ...keyAt(keyLines, 'duration'),
    message: `${scope} ${formatMinutes(sum)} in total but duration is ${formatMinutes(duration)}: change duration to ${formatMinutes(sum)}, or adjust the slides' data-minutes.`,
  }];
}

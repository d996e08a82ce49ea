// Every lint code Podium's engine emits from lintDeck(), with what it means: docs/deck-format.md
// and `podium lint --help` list these, so a code in an error message can always be looked up.
import type { Severity } from '../model';

export interface LintRule {
  code: string;
  severity: Severity;
  description: string;
}

export const LINT_RULES: readonly LintRule[] = [
  { code: 'empty-slide', severity: 'warning', description: 'A slide with nothing visible on it (no text, image, media or background), usually a stray separator.' },
  { code: 'overfull-slide', severity: 'warning', description: `More than ${40} words or about ${8} lines of text: too much to read from the back of a hall.` },
  { code: 'notes-missing', severity: 'info', description: 'A content slide (not the first) without speaker notes: the facilitator guide will have nothing for it.' },
  { code: 'image-alt-missing', severity: 'warning', description: 'An image without alt text: screen-reader users, the plain-text outline and handouts get nothing.' },
  { code: 'remote-asset', severity: 'warning', description: 'An image, video, audio file or background loaded from the internet: it will not show offline.' },
  { code: 'unknown-theme', severity: 'warning', description: 'The front matter names a theme Podium does not ship; the default theme is used instead.' },
  { code: 'minutes-mismatch', severity: 'warning', description: "The slides' planned minutes do not add up to the deck's duration." },
];

/** Limits for the overfull check: what a projected slide can hold for a reader at the back. */
export const OVERFULL_WORDS = 40;
export const OVERFULL_LINES = 8;

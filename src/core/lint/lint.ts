// lintDeck(): the engine's checks on a parsed deck. Pure: the parser calls it and merges the result
// into deck.diagnostics; checks that need files live in src/services/deck-files.
import type { Deck, Diagnostic } from '../model';
import { lintImageAlt, lintRemoteAssets } from './assets';
import { lintMinutes, lintTheme, type KeyLines } from './meta';
import { lintEmptySlides, lintMissingNotes, lintOverfullSlides } from './slides';

export { LINT_RULES, type LintRule } from './rules';
export type { KeyLines } from './meta';

export interface LintOptions {
  /** 1-based line of each front-matter key, so deck-level warnings point at the key. */
  keyLines?: KeyLines;
}

/** Lint diagnostics for a parsed deck, sorted by line then column. */
export function lintDeck(deck: Deck, options: LintOptions = {}): Diagnostic[] {
  // The parser records where each front-matter key sits on the deck; an explicit option wins.
  const keyLines = options.keyLines ?? deck.keyLines;
  return [
    ...lintTheme(deck, keyLines),
    ...lintMinutes(deck, keyLines),
    ...lintEmptySlides(deck.slides),
    ...lintOverfullSlides(deck.slides),
    ...lintMissingNotes(deck.slides, deck.meta.dialect),
    ...lintImageAlt(deck.slides),
    ...lintRemoteAssets(deck.slides),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
}

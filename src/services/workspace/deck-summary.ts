// What a library card shows about a deck, computed from its text with the engine.
import { parse } from '../../core';
import type { DeckSummary, LintCounts } from '../../shared/ipc-types';

export type DeckSummaryCore = Omit<DeckSummary, 'path' | 'relativePath' | 'assetBase' | 'modifiedMs' | 'hasRecovery'>;

export function summarizeDeck(source: string, fileName: string): DeckSummaryCore {
  const deck = parse(source);
  const lint: LintCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of deck.diagnostics) {
    if (d.severity === 'error') lint.errors += 1;
    else if (d.severity === 'warning') lint.warnings += 1;
    else lint.infos += 1;
  }
  const first = deck.slides[0];
  return {
    title: deck.meta.title?.trim() || first?.title || fileName.replace(/\.md$/i, ''),
    slideCount: deck.slides.length,
    durationMinutes: deck.meta.duration ?? null,
    plannedSlideMinutes: deck.slides.reduce((sum, slide) => sum + (slide.minutes ?? 0), 0),
    theme: deck.meta.theme ?? 'light',
    lint,
    firstSlideHtml: first?.html ?? '',
    firstSlideAttributes: first?.attributes ?? {},
  };
}

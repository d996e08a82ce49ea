import type { LintCounts } from '../../../shared/ipc-types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function LintBadge({ lint }: { lint: LintCounts }) {
  if (lint.errors === 0 && lint.warnings === 0) return <p className="lint-badge ok">No problems</p>;
  const parts = [lint.errors > 0 && plural(lint.errors, 'error'), lint.warnings > 0 && plural(lint.warnings, 'warning')].filter(Boolean);
  return <p className={`lint-badge ${lint.errors > 0 ? 'error' : 'warning'}`}>{parts.join(', ')}</p>;
}

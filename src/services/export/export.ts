// `podium export`: plans the decks, exports each one in turn (two cores are shared; the operating
// system copies media files), writes the index page for multi-deck exports, and sums up the run.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportDeck, type DeckExportOptions } from './deck-export';
import { indexEntries, renderIndexPage } from './index-page';
import { planExport } from './plan';
import { publishFile } from './publish';
import { replaceRefusal } from './ownership';
import type { DeckExportResult, ExportOptions, ExportSummary } from './types';

export async function exportDecks(inputs: string[], options: ExportOptions, seams: Pick<DeckExportOptions, 'assetFs' | 'publishFs' | 'beforePublish'> = {}): Promise<ExportSummary> {
  const plan = await planExport(inputs, options.out, options.mode);
  const decks: DeckExportResult[] = [];
  for (const [i, job] of plan.jobs.entries()) {
    options.onProgress?.({ phase: 'start', index: i, total: plan.jobs.length, source: job.source });
    const result = await exportDeck(job, { mode: options.mode, theme: options.theme, strict: options.strict, ...seams });
    decks.push(result);
    options.onProgress?.({ phase: 'done', index: i, total: plan.jobs.length, source: job.source, result });
  }
  let index: string | undefined;
  let indexError: string | undefined;
  const entries = indexEntries(decks, options.mode);
  if (plan.index && entries.length > 0) {
    const path = join(plan.out, 'index.html');
    indexError = await replaceRefusal(path, 'single-file');
    if (!indexError) {
      const html = renderIndexPage(entries);
      await publishFile(path, (temp) => writeFile(temp, html, { flag: 'wx' }), seams.publishFs);
      index = path;
    }
  }
  const summary = summarise(plan.out, options, decks, index);
  if (indexError) return { ...summary, indexError, exitCode: summary.exitCode === 0 ? 1 : summary.exitCode, totals: { ...summary.totals, errors: summary.totals.errors + 1 } };
  return summary;
}

export function summarise(out: string, options: Pick<ExportOptions, 'mode'>, decks: DeckExportResult[], index?: string): ExportSummary {
  const issues = decks.flatMap((d) => d.issues);
  const totals = {
    decks: decks.length,
    exported: decks.filter((d) => d.status === 'ok').length,
    failed: decks.filter((d) => d.status !== 'ok').length,
    slides: decks.reduce((n, d) => n + d.slides, 0),
    files: decks.reduce((n, d) => n + d.files, 0) + (index ? 1 : 0),
    bytes: decks.reduce((n, d) => n + d.bytes, 0),
    warnings: issues.filter((i) => i.severity === 'warning').length,
    errors: issues.filter((i) => i.severity === 'error').length + decks.filter((d) => d.status !== 'ok').length,
  };
  const exitCode = decks.some((d) => d.status === 'read-error') ? 2 : totals.errors > 0 ? 1 : 0;
  return { out, mode: options.mode, decks, index, totals, exitCode };
}

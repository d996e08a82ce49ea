// Export for the test host: the export service the CLI uses, with its progress events turned into
// the contract's 'export:progress' (main does the same after asking for the destination folder).
import { basename } from 'node:path';
import { isTheme } from '../../../src/core';
import { exportDecks } from '../../../src/services/export';
import type { WorkspaceService } from '../../../src/services/workspace';
import type { ExportProgressEvent, ExportRequest, ExportResult } from '../../../src/shared/ipc-types';

export async function runExport(workspace: WorkspaceService, request: ExportRequest, outDir: string, progress: (p: ExportProgressEvent) => void): Promise<ExportResult> {
  const input = request.deckPath ? workspace.deckPath(request.deckPath) : workspace.root;
  if (!input) return { ok: false, cancelled: false, message: 'No workspace is open.' };
  try {
    const summary = await exportDecks([input], {
      out: outDir,
      mode: request.mode,
      theme: isTheme(request.theme) ? request.theme : undefined,
      strict: false,
      onProgress: (e) => progress({
        jobId: request.jobId,
        done: e.phase === 'done' ? e.index + 1 : e.index,
        total: e.total,
        message: `${e.phase === 'done' ? 'Exported' : 'Exporting'} ${basename(e.source)}`,
      }),
    });
    if (summary.totals.exported === 0) return { ok: false, cancelled: false, message: summary.decks.map((d) => d.error).filter(Boolean).join('; ') || 'Nothing was exported.' };
    return {
      ok: true,
      outputPath: summary.decks.length === 1 ? summary.decks[0].target : summary.out,
      decks: summary.totals.exported,
      slides: summary.totals.slides,
      files: summary.totals.files,
      bytes: summary.totals.bytes,
      warnings: summary.decks.flatMap((d) => d.issues.map((i) => `${basename(i.file)}:${i.line}: ${i.message}`)),
    };
  } catch (error) {
    return { ok: false, cancelled: false, message: (error as Error).message };
  }
}

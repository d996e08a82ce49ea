// Export from the app: the same folders and single files as `podium export` (src/services/export),
// with progress events and a summary; the result can be revealed in the file manager.
import { basename } from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import { isTheme } from '../core';
import type { ExportRequest, ExportResult } from '../shared/ipc-types';
import { exportDecks, type ExportSummary } from '../services/export';
import type { WorkspaceService } from '../services/workspace';
import { handle, send } from './ipc';

/** Outputs written in this session: the only paths export:openResult will reveal. */
const results = new Set<string>();

export function toExportResult(summary: ExportSummary): ExportResult {
  const failed = summary.decks.filter((d) => d.status !== 'ok');
  if (summary.totals.exported === 0) {
    return { ok: false, cancelled: false, message: failed.map((d) => `${basename(d.source)}: ${d.error ?? 'failed'}`).join('\n') || 'Nothing was exported.' };
  }
  const single = summary.decks.length === 1 ? summary.decks[0] : undefined;
  return {
    ok: true,
    outputPath: single ? single.target : (summary.index ?? summary.out),
    decks: summary.totals.exported,
    slides: summary.totals.slides,
    files: summary.totals.files,
    bytes: summary.totals.bytes,
    warnings: [
      ...summary.decks.flatMap((d) => d.issues.map((i) => `${basename(i.file)}:${i.line}: ${i.message}`)),
      ...failed.map((d) => `${basename(d.source)} was not exported: ${d.error ?? 'failed'}`),
    ],
  };
}

export async function runExport(request: ExportRequest, service: WorkspaceService, out: string, sender: Electron.WebContents): Promise<ExportResult> {
  const root = service.root;
  if (!root) return { ok: false, cancelled: false, message: 'Open a folder of decks first.' };
  const input = request.deckPath ? service.deckPath(request.deckPath) : root;
  const summary = await exportDecks([input], {
    out,
    mode: request.mode,
    theme: request.theme && isTheme(request.theme) ? request.theme : undefined,
    strict: false,
    onProgress: (progress) => {
      const done = progress.index + (progress.phase === 'done' ? 1 : 0);
      const name = basename(progress.source);
      send(sender, 'export:progress', { jobId: request.jobId, done, total: progress.total, message: progress.phase === 'start' ? `Exporting ${name}…` : `Exported ${name}` });
    },
  });
  const result = toExportResult(summary);
  if (result.ok) results.add(result.outputPath);
  return result;
}

export function setupExport(service: WorkspaceService): void {
  handle('export:run', async (event, request) => {
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = { title: 'Export to folder (e.g. a USB stick)', buttonLabel: 'Export here', properties: ['openDirectory' as const, 'createDirectory' as const] };
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    if (choice.canceled || choice.filePaths.length === 0) return { ok: false, cancelled: true };
    try {
      return await runExport(request, service, choice.filePaths[0], event.sender);
    } catch (error) {
      return { ok: false, cancelled: false, message: (error as Error).message };
    }
  });
  handle('export:openResult', async (_event, outputPath) => {
    if (!results.has(outputPath)) throw new Error('Not an export made in this session.');
    if (outputPath.endsWith('.html')) shell.showItemInFolder(outputPath);
    else await shell.openPath(outputPath);
  });
}

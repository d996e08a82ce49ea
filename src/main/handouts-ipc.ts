// Handouts in the app: the same pages `podium handouts` prints (src/services/handouts), previewed in
// the renderer and printed by Electron (system print dialog, or printToPDF to a file). The page is
// loaded from memory at podium-asset://<deck folder token>/, so its relative images resolve inside
// the deck's folder only, into a hidden window with JavaScript off.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { parse } from '../core';
import type { HandoutOutputResult, HandoutPreviewResult, HandoutRequest } from '../shared/ipc-types';
import { buildHandout, pdfOptionsFor, PRINT_OPTIONS } from '../services/handouts/build';
import { writeFileAtomic, type WorkspaceService } from '../services/workspace';
import { memoryPages, type AssetRoots } from './asset-protocol';
import { handle } from './ipc';

let nextId = 1;

export async function buildHandoutHtml(request: HandoutRequest, service: WorkspaceService, roots: AssetRoots): Promise<{ html: string; base: string; title: string }> {
  const deckPath = service.deckPath(request.deckPath);
  const deck = parse(await readFile(deckPath, 'utf8'));
  const doc = await buildHandout(deck, { layout: request.layout, paper: request.paper, largePrint: request.largePrint, deckPath });
  const base = roots.baseFor(dirname(deckPath));
  // The page names its images relative to the deck; point its <base> at the confined asset origin.
  const html = doc.html.replace(/<base href="[^"]*">/, `<base href="${base}">`);
  return { html, base, title: doc.title };
}

export async function previewHandout(request: HandoutRequest, service: WorkspaceService, roots: AssetRoots): Promise<HandoutPreviewResult> {
  try {
    return { ok: true, html: (await buildHandoutHtml(request, service, roots)).html };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

async function withPrintWindow<T>(request: HandoutRequest, service: WorkspaceService, roots: AssetRoots, use: (window: BrowserWindow, title: string) => Promise<T>): Promise<T> {
  const { html, base, title } = await buildHandoutHtml(request, service, roots);
  const id = `__handout-${nextId++}.html`;
  memoryPages.set(id, html);
  // Static pages: no preload, no JavaScript at all.
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`${base}${id}`);
    return await use(window, title);
  } finally {
    memoryPages.delete(id);
    if (!window.isDestroyed()) window.destroy();
  }
}

export function pdfFileName(deckPath: string, layout: string): string {
  return `${basename(deckPath, '.md')}-${layout}.pdf`;
}

export function setupHandouts(service: WorkspaceService, roots: AssetRoots): void {
  handle('handouts:preview', (_event, request) => previewHandout(request, service, roots));
  handle('handouts:print', async (_event, request): Promise<HandoutOutputResult> => {
    try {
      return await withPrintWindow(request, service, roots, (window) =>
        new Promise<HandoutOutputResult>((resolve) => {
          window.webContents.print({ silent: false, printBackground: PRINT_OPTIONS.printBackground }, (success, reason) => {
            if (success) resolve({ ok: true });
            else if (reason === 'cancelled') resolve({ ok: false, cancelled: true });
            else resolve({ ok: false, cancelled: false, message: `Printing failed: ${reason}` });
          });
        }),
      );
    } catch (error) {
      return { ok: false, cancelled: false, message: (error as Error).message };
    }
  });
  handle('handouts:savePdf', async (event, request): Promise<HandoutOutputResult> => {
    const parent = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: 'Save handout as PDF',
      defaultPath: join(app.getPath('documents'), pdfFileName(request.deckPath, request.layout)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
    try {
      const { tagged, outline } = pdfOptionsFor(request.layout);
      const pdfOptions = { ...PRINT_OPTIONS, generateTaggedPDF: Boolean(tagged), generateDocumentOutline: Boolean(outline) };
      const pdf = await withPrintWindow(request, service, roots, (window) => window.webContents.printToPDF(pdfOptions));
      await writeFileAtomic(choice.filePath, pdf);
      return { ok: true, path: choice.filePath };
    } catch (error) {
      return { ok: false, cancelled: false, message: (error as Error).message };
    }
  });
}

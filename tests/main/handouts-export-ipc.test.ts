import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, invoke, ipcEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { createWorkspaceService } = await import('../../src/services/workspace');
const { createAssetRoots } = await import('../../src/main/asset-protocol');
const { setupHandouts } = await import('../../src/main/handouts-ipc');
const { setupExport, toExportResult } = await import('../../src/main/export-ipc');

const DECK = `---
title: Knowledge is power
duration: 10m
resources:
  - "National Human Trafficking Hotline: 1-888-373-7888"
---

# Knowledge is power
<!-- .slide: data-minutes="5" -->

![A diagram](images/d.svg)

Note:
Welcome everyone.

---

## Who to call
<!-- .slide: data-minutes="5" -->

- 1-888-373-7888

Note:
Point to the hotline.
`;

let base: string;
let deck: string;
let window: FakeBrowserWindow;
const roots = createAssetRoots();
const service = createWorkspaceService({ recoveryDir: '/tmp/podium-unused-recovery', trash: async () => undefined, watch: false });

beforeAll(async () => {
  fake.reset();
  base = await mkdtemp(join(tmpdir(), 'podium-hx-'));
  await mkdir(join(base, 'decks', 'images'), { recursive: true });
  deck = join(base, 'decks', 'knowledge.md');
  await writeFile(deck, DECK);
  await writeFile(join(base, 'decks', 'images', 'd.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  await service.open(join(base, 'decks'));
  setupHandouts(service, roots);
  setupExport(service);
  window = new FakeBrowserWindow();
});
afterAll(async () => {
  await service.dispose();
  await rm(base, { recursive: true, force: true });
});

const request = { deckPath: '', layout: 'slides-3', paper: 'letter', largePrint: false };

describe('handouts channels', () => {
  it('preview the same handout pages as the CLI, with images resolved through podium-asset://', async () => {
    const result = (await invoke('handouts:preview', [{ ...request, deckPath: deck }], ipcEvent(window.webContents))) as { ok: true; html: string };
    expect(result.ok).toBe(true);
    expect(result.html).toContain('Who to call');
    expect(result.html).toMatch(/<base href="podium-asset:\/\/d[0-9a-f]{20}\/">/);
    expect(result.html).not.toContain('file://');
  });

  it('report a deck outside the workspace as an error', async () => {
    await expect(invoke('handouts:preview', [{ ...request, deckPath: '/etc/x.md' }])).resolves.toMatchObject({ ok: false });
  });

  it('save a PDF where the user chose, printed by a hidden window with JavaScript off', async () => {
    const target = join(base, 'out', 'handout.pdf');
    await mkdir(join(base, 'out'));
    fake.saveDialogResult = { canceled: false, filePath: target };
    const result = await invoke('handouts:savePdf', [{ ...request, deckPath: deck }], ipcEvent(window.webContents));
    expect(result).toEqual({ ok: true, path: target });
    expect((await readFile(target, 'utf8')).startsWith('%PDF')).toBe(true);
    const printer = FakeBrowserWindow.all.find((w) => w !== window)!;
    expect(printer.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true });
    expect(printer.webContents.url).toMatch(/^podium-asset:\/\/d[0-9a-f]{20}\/__handout-\d+\.html$/);
    expect(printer.destroyed).toBe(true);
    expect(printer.webContents.pdfOptions).toEqual([{ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: false, generateDocumentOutline: false }]);
  });

  it('save the outline as a tagged PDF with bookmarks, as the CLI prints it', async () => {
    const target = join(base, 'out', 'outline.pdf');
    await mkdir(join(base, 'out'), { recursive: true });
    fake.saveDialogResult = { canceled: false, filePath: target };
    expect(await invoke('handouts:savePdf', [{ ...request, layout: 'outline', deckPath: deck }], ipcEvent(window.webContents))).toEqual({ ok: true, path: target });
    const printer = FakeBrowserWindow.all.filter((w) => w !== window).at(-1)!;
    expect(printer.webContents.pdfOptions).toEqual([expect.objectContaining({ generateTaggedPDF: true, generateDocumentOutline: true })]);
  });

  it('say so when the save dialog is cancelled', async () => {
    fake.saveDialogResult = { canceled: true, filePath: undefined };
    expect(await invoke('handouts:savePdf', [{ ...request, deckPath: deck }], ipcEvent(window.webContents))).toEqual({ ok: false, cancelled: true });
  });
});

describe('export channels', () => {
  it('export the deck to the chosen folder with progress events, then reveal only that result', async () => {
    const out = join(base, 'usb');
    await mkdir(out);
    fake.openDialogResult = { canceled: false, filePaths: [out] };
    const result = (await invoke('export:run', [{ deckPath: deck, mode: 'folder', jobId: 'job-1' }], ipcEvent(window.webContents))) as { ok: true; outputPath: string; slides: number };
    expect(result).toMatchObject({ ok: true, decks: 1, slides: 2 });
    expect((await stat(join(result.outputPath, 'index.html'))).isFile()).toBe(true);
    const progress = window.webContents.sentOn('export:progress');
    expect(progress.at(-1)).toMatchObject({ jobId: 'job-1', done: 1, total: 1 });
    await invoke('export:openResult', [result.outputPath], ipcEvent(window.webContents));
    expect(fake.openedPaths).toEqual([result.outputPath]);
    await expect(invoke('export:openResult', ['/etc'], ipcEvent(window.webContents))).rejects.toThrow(/Not an export/);
  });

  it('return cancelled when no folder is chosen', async () => {
    fake.openDialogResult = { canceled: true, filePaths: [] };
    expect(await invoke('export:run', [{ mode: 'single-file', jobId: 'j2' }], ipcEvent(window.webContents))).toEqual({ ok: false, cancelled: true });
  });
});

describe('toExportResult()', () => {
  const deckResult = (status: 'ok' | 'failed', error?: string) => ({
    source: '/w/a.md', slug: 'a', title: 'A', slides: 3, target: '/usb/a', files: 4, bytes: 100, status, error,
    issues: [{ severity: 'warning' as const, code: 'missing-asset', file: '/w/a.md', line: 7, column: 1, message: 'images/x.png was not found' }],
  });
  const summary = (decks: ReturnType<typeof deckResult>[]) => ({
    out: '/usb', mode: 'folder' as const, decks, index: decks.length > 1 ? '/usb/index.html' : undefined,
    totals: { decks: decks.length, exported: decks.filter((d) => d.status === 'ok').length, failed: decks.filter((d) => d.status !== 'ok').length, slides: 3, files: 4, bytes: 100, warnings: 1, errors: 0 },
    exitCode: 0 as const,
  });

  it('points at the deck folder for one deck, at the index page for several, with warnings by line', () => {
    expect(toExportResult(summary([deckResult('ok')]))).toMatchObject({ ok: true, outputPath: '/usb/a', warnings: ['a.md:7: images/x.png was not found'] });
    expect(toExportResult(summary([deckResult('ok'), deckResult('failed', 'disk full')]))).toMatchObject({
      ok: true,
      outputPath: '/usb/index.html',
      warnings: expect.arrayContaining(['a.md was not exported: disk full']),
    });
  });

  it('is a failure with the reason when nothing was exported', () => {
    expect(toExportResult(summary([deckResult('failed', 'output folder is inside the deck folder')]))).toEqual({ ok: false, cancelled: false, message: 'a.md: output folder is inside the deck folder' });
  });
});

// Integration: the bundled series goes through everything a facilitator does before the day. Every
// deck is exported for a USB stick (folder and single file) and printed in every handout layout,
// all PDFs from one browser, then read back with poppler. Small checks only: the unit tests of
// export and handouts cover the details.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, parse, type Deck } from '../../src/core';
import { LAYOUTS } from '../../src/core/handouts';
import { findChrome } from '../../src/services/browser/find-chrome';
import { findDecks } from '../../src/services/deck-files';
import { exportDecks, type ExportSummary } from '../../src/services/export';
import { makeHandouts, type MakeResult } from '../../src/services/handouts';

const SLIDES_DIR = fileURLToPath(new URL('../../slides/', import.meta.url));
const HOTLINE = '1-888-373-7888';
/** Left out of the repository on purpose: the facilitator supplies the film (slides/media/README.txt). */
const ABSENT_FILM = 'screening.mp4';
const LETTER = /612 x 792 pts/;

const chrome = findChrome();
const hasPoppler = !spawnSync('pdfinfo', ['-v']).error && !spawnSync('pdftotext', ['-v']).error;
const canPrint = Boolean(chrome) && hasPoppler;

interface SeriesDeck {
  path: string;
  deck: Deck;
}

const work = mkdtempSync(join(tmpdir(), 'podium-series-'));
let decks: SeriesDeck[] = [];
let folder: ExportSummary;
let single: ExportSummary;
let handouts: MakeResult | undefined;

function tool(command: string, args: string[]): string {
  const run = spawnSync(command, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** PDF text with ligatures unfolded and whitespace collapsed, so titles match however they wrap. */
function pdfText(path: string): string {
  return tool('pdftotext', ['-enc', 'UTF-8', path, '-']).normalize('NFKC').replace(/\s+/g, ' ');
}

function resultFor(summary: ExportSummary, path: string) {
  const result = summary.decks.find((d) => d.source === path);
  if (!result) throw new Error(`no export result for ${path}`);
  return result;
}

beforeAll(async () => {
  const paths = await findDecks(SLIDES_DIR);
  decks = paths.map((path) => ({ path, deck: parse(readFileSync(path, 'utf8')) }));
  folder = await exportDecks([SLIDES_DIR], { out: join(work, 'usb'), mode: 'folder', strict: false });
  single = await exportDecks([SLIDES_DIR], { out: join(work, 'email'), mode: 'single-file', strict: false });
  if (!canPrint) return;
  const jobs = decks.map(({ path, deck }) => ({ deck, deckPath: path, layouts: [...LAYOUTS] }));
  handouts = await makeHandouts(jobs, { outDir: join(work, 'handouts'), format: 'pdf', executablePath: chrome });
}, 1_200_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('exporting the whole series for a USB stick', () => {
  it('exports all eleven decks as folders, with an index page linking each one', () => {
    expect(decks).toHaveLength(11);
    expect(folder.totals).toMatchObject({ decks: 11, exported: 11, failed: 0, errors: 0 });
    expect(folder.index).toBeDefined();
    const index = readFileSync(folder.index!, 'utf8');
    for (const result of folder.decks) expect(index).toContain(`href="${result.slug}/index.html"`);
  });

  it('exports all eleven decks as single files', () => {
    expect(single.totals).toMatchObject({ decks: 11, exported: 11, failed: 0, errors: 0 });
  });

  it('reports only the absent screening film, and only for the screening night', () => {
    for (const summary of [folder, single]) {
      const flagged = summary.decks.filter((d) => d.issues.length > 0);
      expect(flagged.map((d) => d.slug)).toEqual(['11-screening-night']);
      for (const issue of flagged[0].issues) expect(issue.message).toContain(ABSENT_FILM);
    }
  });
});

describe.each(LAYOUTS.map((layout) => [layout]))('every deck printed as %s', (layout) => {
  it.skipIf(!canPrint)('is a Letter PDF with the deck title and the hotline on it (needs Chromium and poppler)', () => {
    expect(handouts?.noBrowser).toBe(false);
    expect(handouts?.problems).toEqual([]);
    for (const { path, deck } of decks) {
      const made = handouts!.files.find((f) => f.deckPath === path && f.layout === layout);
      expect(made, `${layout} for ${path}`).toBeDefined();
      expect(existsSync(made!.path)).toBe(true);
      const info = tool('pdfinfo', [made!.path]);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages, made!.path).toBeGreaterThan(0);
      if (made!.pageCount !== undefined) expect(pages, made!.path).toBe(made!.pageCount);
      expect(info, made!.path).toMatch(LETTER);
      const text = pdfText(made!.path);
      expect(text, made!.path).toContain(deck.meta.title!);
      expect(text, made!.path).toContain(HOTLINE);
    }
  });
});

describe.each(['folder', 'single file'] as const)('each exported deck (%s)', (mode) => {
  it('opens on a page with the deck title and the hotline, and every local file it needs beside it', () => {
    const summary = mode === 'folder' ? folder : single;
    for (const { path, deck } of decks) {
      const result = resultFor(summary, path);
      expect(result.status, path).toBe('ok');
      expect(result.slides, path).toBe(deck.slides.length);
      const page = mode === 'folder' ? join(result.target, 'index.html') : result.target;
      const html = readFileSync(page, 'utf8');
      expect(html, path).toContain(`<title>${escapeHtml(deck.meta.title!)}</title>`);
      expect(html, path).toContain(HOTLINE);
      if (mode === 'folder') {
        const local = [...html.matchAll(/\s(?:src|href)="([^"#:]+)"/g)].map((m) => m[1]);
        const missing = local.filter((url) => !existsSync(join(result.target, decodeURIComponent(url))));
        expect(missing, path).toEqual([]);
      }
    }
  });
});

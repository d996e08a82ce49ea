// Exports one deck: read, parse, rewrite asset URLs, render the page, then publish it atomically
// (folder or single file). Problems with the deck's files become issues tied to deck lines;
// problems writing the output fail this deck and leave its previous export untouched.
import { writeFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_THEME, isTheme, parse, renderSlides, type Deck, type ThemeName } from '../../core';
import { DeckFileError, readDeckFile } from '../deck-files';
import type { AssetFs } from '../assets/resolve-asset';
import { AssetRewriter } from './assets';
import { copyFile } from './copy';
import { renderPage } from './page';
import { inlineParts, prefetchInlineParts, writeLinkedParts } from './page-parts';
import { publishFile, publishFolder, type PublishFs } from './publish';
import type { DeckExportResult, ExportIssue, ExportMode } from './types';
import { rewriteCssUrls } from './css-urls';
import { replaceRefusal } from './ownership';

export interface DeckJob {
  source: string;
  slug: string;
  /** `<out>/<slug>` (folder) or `<out>/<slug>.html` (single file). */
  target: string;
}

export interface DeckExportOptions {
  mode: ExportMode;
  theme?: ThemeName;
  strict: boolean;
  /** Test seams: the asset and publishing file systems. */
  assetFs?: AssetFs;
  publishFs?: PublishFs;
  /** Called after the page is rendered and before anything is published (tests interrupt here). */
  beforePublish?: () => Promise<void>;
}

function chooseTheme(deck: Deck, override: ThemeName | undefined, file: string, issues: ExportIssue[]): ThemeName {
  if (override) return override;
  const wanted = deck.meta.theme;
  if (wanted === undefined || wanted === '') return DEFAULT_THEME;
  if (isTheme(wanted)) return wanted;
  issues.push({ severity: 'warning', code: 'theme-unknown', file, line: 1, column: 1, message: `Theme "${wanted}" is not built in; using "${DEFAULT_THEME}". Use light, dark or high-contrast.` });
  return DEFAULT_THEME;
}

async function folderTotals(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const entries = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((entry) => entry.isFile());
  const sizes = await Promise.all(entries.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  for (const size of sizes) {
    files++;
    bytes += size;
  }
  return { files, bytes };
}

export async function exportDeck(job: DeckJob, options: DeckExportOptions): Promise<DeckExportResult> {
  const result: DeckExportResult = { source: job.source, slug: job.slug, title: job.slug, slides: 0, target: job.target, files: 0, bytes: 0, issues: [], status: 'ok' };
  let text: string;
  try {
    text = await readDeckFile(job.source);
  } catch (error) {
    if (!(error instanceof DeckFileError)) throw error;
    return { ...result, status: 'read-error', error: error.message };
  }
  try {
    return await render(job, options, text, result);
  } catch (error) {
    // A file that vanished or became unreadable between checking and copying, and the like.
    const reason = error instanceof Error ? error.message : String(error);
    return { ...result, files: 0, bytes: 0, status: 'failed', error: `${reason}. Nothing was published; any earlier export is unchanged.` };
  }
}

async function render(job: DeckJob, options: DeckExportOptions, text: string, result: DeckExportResult): Promise<DeckExportResult> {
  if (options.mode === 'single-file') prefetchInlineParts();
  const deck = parse(text);
  result.title = deck.meta.title || deck.slides.find((s) => s.title)?.title || job.slug;
  result.duration = deck.meta.duration;
  result.slides = deck.slides.length;
  for (const d of deck.diagnostics) {
    if (d.severity === 'error') result.issues.push({ severity: 'error', code: d.code, file: job.source, line: d.line, column: d.column, message: d.message });
  }
  const theme = chooseTheme(deck, options.theme, job.source, result.issues);

  const rewriter = new AssetRewriter(job.source, dirname(resolve(job.source)), options.mode, options.assetFs);
  // Side by side: resolving a slide's files is mostly waiting on the file system.
  const slides = await Promise.all(deck.slides.map((slide) => rewriter.slide(slide)));
  const css = await rewriteCssUrls(deck.css, (url) => rewriter.html(`<img src="${url.replace(/"/g, '&quot;')}">`, () => ({ line: deck.bodyLine, column: 1 })));
  result.issues.push(...rewriter.issues);
  result.issues.sort((a, b) => a.line - b.line || a.column - b.column);

  if (options.strict && result.issues.length > 0) {
    return { ...result, status: 'failed', error: `--strict: ${result.issues.length} problem(s) in the deck's files; nothing was published and any earlier export is kept.` };
  }

  const refusal = await replaceRefusal(job.target, options.mode);
  if (refusal) return { ...result, status: 'failed', error: refusal };

  const slidesHtml = renderSlides({ slides }, { notes: true });
  const pageInput = {
    title: result.title,
    lang: deck.meta.lang || 'en',
    deckCss: css,
    slidesHtml,
    config: { title: result.title, duration: deck.meta.duration ?? null, slides: deck.slides.length, theme },
  };

  try {
    if (options.mode === 'folder') {
      await publishFolder(job.target, async (temp) => {
        const parts = await writeLinkedParts(temp, theme);
        await writeFile(join(temp, 'index.html'), renderPage({ ...pageInput, ...parts }), { flag: 'wx' });
        // Side by side: the copies run in libuv's thread pool (four at a time by default).
        await Promise.all([...rewriter.copies.values()].map((copy) => copyFile(copy.from, join(temp, ...copy.to.split('/')))));
        await options.beforePublish?.();
        Object.assign(result, await folderTotals(temp));
      }, options.publishFs);
    } else {
      await publishFile(job.target, async (temp) => {
        const html = renderPage({ ...pageInput, ...(await inlineParts(theme)) });
        await writeFile(temp, html, { flag: 'wx' });
        await options.beforePublish?.();
        result.files = 1;
        result.bytes = Buffer.byteLength(html);
      }, options.publishFs);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...result, files: 0, bytes: 0, status: 'failed', error: `could not write ${job.target}: ${reason}. Any earlier export there is unchanged.` };
  }
  return result;
}

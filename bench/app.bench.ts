// The desktop app's renderer, measured in Chromium:
// 1. keystroke → updated live preview in a 500-slide deck (target: median under 16 ms, one frame);
//    a structural edit (a new slide, which rebuilds reveal's slide list) is shown beside it;
// 2. the renderer bundle size after `npx electron-vite build` (sum of out/renderer/**).
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChrome } from '../src/services/browser/launch';
import { REPO } from '../tests/renderer/host/build-renderer';
import { startHost } from '../tests/renderer/host/host';

const SLIDES = 500;
const KEYSTROKES = 60;
const STRUCTURAL = 12;
const FRAME_MS = 16;

function deck500(): string {
  const slides = Array.from({ length: SLIDES }, (_, i) => [
    `## Slide ${i + 1}: what to notice`,
    `<!-- .slide: data-minutes="0.5" -->`,
    '',
    `- Point one of slide ${i + 1} <!-- .element: class="fragment" -->`,
    `- Point two, with **emphasis** and a [link](https://example.org/${i})`,
    '',
    // One image without alt text in the middle: its diagnostic is how the benchmark puts the cursor there.
    ...(i === SLIDES / 2 - 1 ? ['![](images/hall.png)', ''] : []),
    'Note:',
    `Speaker notes for slide ${i + 1}: ask the room what they noticed.`,
  ].join('\n'));
  return `---\ntitle: Five hundred slides\nduration: 250m\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function sizeOf(dir: string): Promise<{ bytes: number; files: number; js: number; css: number; jsGzip: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out = { bytes: 0, files: 0, js: 0, css: 0, jsGzip: 0 };
  for (const e of entries) {
    if (!e.isFile()) continue;
    const size = (await stat(join(e.parentPath, e.name))).size;
    out.bytes += size;
    out.files++;
    if (e.name.endsWith('.js')) {
      out.js += size;
      out.jsGzip += gzipSync(await readFile(join(e.parentPath, e.name))).length;
    }
    if (e.name.endsWith('.css')) out.css += size;
  }
  return out;
}

async function latency() {
  const root = join(await mkdtemp(join(tmpdir(), 'podium-bench-')), 'Bench');
  await mkdir(root);
  await writeFile(join(root, 'five-hundred.md'), deck500());
  await mkdir(join(root, 'images'));
  await writeFile(join(root, 'images/hall.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  const browser = await launchChrome();
  try {
    const host = await startHost(browser, { workspace: root });
    const page = host.page;
    await page.locator('.deck-card').getByRole('button', { name: 'Edit' }).click();
    await page.locator('.cm-content').waitFor();
    await page.locator('.live-preview .slides section').nth(SLIDES - 1).waitFor({ state: 'attached', timeout: 120_000 }).catch(async (e) => {
      console.error(await page.locator('.live-preview .slides section').count(), host.errors);
      throw e;
    });
    // In-page clock: from the key event (capture phase, before CodeMirror sees it) to the moment the
    // preview's DOM has been patched, and to the next animation frame after it (what gets painted).
    await page.evaluate(() => {
      const w = window as unknown as { __samples: { patched: number; frame: number; touched: number }[]; __t0: number };
      w.__samples = [];
      window.addEventListener('keydown', () => (w.__t0 = performance.now()), true);
      document.addEventListener('podium:preview-updated', (e) => {
        const t0 = w.__t0;
        const patched = performance.now() - t0;
        const touched = (e as CustomEvent<{ touched: number }>).detail.touched;
        requestAnimationFrame(() => w.__samples.push({ patched, frame: performance.now() - t0, touched }));
      });
    });
    // The middle of the deck (slide 250), reached the way a user would: a click on its diagnostic.
    await page.locator('.lint-panel .diagnostic', { hasText: 'image-alt-missing' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const take = async (n: number, key: () => Promise<void>) => {
      await page.evaluate(() => ((window as unknown as { __samples: unknown[] }).__samples = []));
      for (let i = 0; i < n; i++) {
        await key();
        await page.waitForFunction((k) => (window as unknown as { __samples: unknown[] }).__samples.length > k, i);
        await page.waitForTimeout(20);
      }
      return page.evaluate(() => (window as unknown as { __samples: { patched: number; frame: number; touched: number }[] }).__samples);
    };
    await page.evaluate(() => performance.clearMeasures());
    const typing = await take(KEYSTROKES, () => page.keyboard.type('x'));
    const split = await page.evaluate(() => ({
      parse: performance.getEntriesByName('podium:parse').map((e) => e.duration),
      preview: performance.getEntriesByName('podium:preview').map((e) => e.duration),
    }));
    // A new slide: typing `---` between blank lines and a heading. The keystroke that completes the
    // separator changes the slide list, so reveal's slides are rebuilt: those samples are kept.
    const structural: { patched: number; frame: number; touched: number }[] = [];
    for (let i = 0; i < STRUCTURAL; i++) {
      await page.evaluate(() => ((window as unknown as { __samples: unknown[] }).__samples = []));
      for (const key of ['Enter', 'Enter', '-', '-', '-', 'Enter', 'Enter', '#', ' ', 'N']) {
        await page.keyboard.press(key);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(200);
      const samples = await page.evaluate(() => (window as unknown as { __samples: { patched: number; frame: number; touched: number }[] }).__samples);
      structural.push(...samples.filter((x) => x.touched > 1));
    }
    await host.close();
    return { typing, structural, split };
  } finally {
    await browser.close();
  }
}

async function bundle() {
  // out/ is shared: another build may be rewriting it at the same moment, so measure right after
  // our own build and try again if files vanish under us.
  for (let attempt = 1; ; attempt++) {
    execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    const dir = join(REPO, 'out/renderer');
    if (!existsSync(dir)) throw new Error('electron-vite build wrote no out/renderer');
    try {
      return await sizeOf(dir);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

const { typing, structural, split } = await latency();
const patched = typing.map((s) => s.patched);
const frame = typing.map((s) => s.frame);
const touched = median(typing.map((s) => s.touched));
console.log(`Live preview latency, ${SLIDES}-slide deck, Chromium (${KEYSTROKES} keystrokes in slide 250)`);
// Wall-clock timings: on a shared machine they include waiting for a core, so say how busy it was.
console.log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min)\n`);
console.log('| measure                                 | median     | p95        | target  | met |');
console.log('|-----------------------------------------|------------|------------|---------|-----|');
console.log(`| keystroke → preview DOM patched         | ${fmt(median(patched)).padEnd(10)} | ${fmt(p95(patched)).padEnd(10)} | < ${FRAME_MS} ms | ${median(patched) < FRAME_MS ? 'yes' : 'NO'} |`);
console.log(`|   of which: incremental parse           | ${fmt(median(split.parse)).padEnd(10)} | ${fmt(p95(split.parse)).padEnd(10)} |         |     |`);
console.log(`|   of which: preview patch (1 section)   | ${fmt(median(split.preview)).padEnd(10)} | ${fmt(p95(split.preview)).padEnd(10)} |         |     |`);
console.log(`| keystroke → next frame after the patch  | ${fmt(median(frame)).padEnd(10)} | ${fmt(p95(frame)).padEnd(10)} |         |     |`);
if (structural.length > 0) {
  const s = structural.map((x) => x.patched);
  console.log(`| new slide (rebuilds all ~${SLIDES} sections)   | ${fmt(median(s)).padEnd(10)} | ${fmt(p95(s)).padEnd(10)} |         |     |`);
  console.log(`\nSections re-rendered per keystroke: ${touched} of ${SLIDES}; per new slide: ${median(structural.map((x) => x.touched))} (rebuild, ${(median(s) / median(patched)).toFixed(1)}x the keystroke)`);
} else {
  console.log(`\nSections re-rendered per keystroke: ${touched} of ${SLIDES}`);
}

const size = await bundle();
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log('\nRenderer bundle (npx electron-vite build, out/renderer/**)');
console.log('| files | total      | JavaScript | JS gzipped | CSS       | fonts and other |');
console.log('|-------|------------|------------|------------|-----------|-----------------|');
console.log(`| ${String(size.files).padEnd(5)} | ${kb(size.bytes).padEnd(10)} | ${kb(size.js).padEnd(10)} | ${kb(size.jsGzip).padEnd(10)} | ${kb(size.css).padEnd(9)} | ${kb(size.bytes - size.js - size.css).padEnd(15)} |`);

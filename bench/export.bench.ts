// `npm run bench export`: the offline exporter, measured the way a facilitator meets it.
//  1. Whole-process wall time to export a 200-slide deck with 20 images (folder and single file),
//     side by side with Marp CLI's HTML output on the same Markdown (target: under half of Marp).
//  2. Peak RSS of the whole process exporting a 1000-slide deck (target: < 200 MB).
//  3. In Chromium: median time from a key press to the next slide painted in exported 50- and
//     1000-slide decks (target: 1000/50 ratio <= 1.2), and the same pages without Podium's slide
//     parking (what stock reveal.js does with the same markup) for comparison.
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChrome } from '../src/services/browser/launch';
import { findChrome } from '../src/services/browser/find-chrome';
import { buildCli } from './build-cli';

const ROOT = join(import.meta.dirname, '..');
const PODIUM = join(ROOT, 'bin', 'podium.mjs');
const MARP = join(ROOT, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x: number) => `${x.toFixed(0)} ms`;

// A tiny valid PNG per image, each different so nothing is deduplicated.
function png(seed: number): Buffer {
  const base = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([base, Buffer.from(`podium-bench-${seed}`.padEnd(20 * 1024, '.'))]);
}

/** Plain Markdown both Podium and Marp read: `---` separators, images, lists, notes as comments. */
function deckMarkdown(slides: number, images: number, fragments = false): string {
  const parts = [`---\ntitle: Bench deck (${slides} slides)\nduration: ${slides}m\n---\n`];
  const every = images ? Math.floor(slides / images) : Infinity;
  for (let i = 1; i <= slides; i++) {
    const image = i % every === 0 && i / every <= images ? `\n![Figure ${i / every}](images/figure-${i / every}.png)\n` : '';
    const frag = fragments ? ' <!-- .element: class="fragment" -->' : '';
    parts.push(`## Slide ${i}: recognising the signs\n\n- First point on slide ${i}${frag}\n- Second point with **bold** and *emphasis*\n- Third point: call 1-888-373-7888\n\nA paragraph long enough to wrap onto a second line on the projector, for slide ${i}.\n${image}\n<!-- Speaker notes for slide ${i}. -->\n`);
  }
  return parts.join('\n---\n\n');
}

async function writeDeck(dir: string, name: string, slides: number, images: number): Promise<string> {
  await mkdir(join(dir, 'images'), { recursive: true });
  for (let i = 1; i <= images; i++) await writeFile(join(dir, 'images', `figure-${i}.png`), png(i));
  const file = join(dir, name);
  await writeFile(file, deckMarkdown(slides, images));
  return file;
}

interface Timing { wall: number; cpu: number }

/** Wall and CPU (user + sys) milliseconds of one whole process, via /usr/bin/time when present. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Timing {
  const useTime = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const run = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'PODIUM_TIME %U %S', command, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
    : spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  const cpu = /PODIUM_TIME ([\d.]+) ([\d.]+)/.exec(run.stderr ?? '');
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
}

function peakRssMb(args: string[]): number {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`peak RSS run failed: ${run.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1]);
  return kb / 1024;
}

async function wallTimes(work: string): Promise<void> {
  const deckDir = join(work, 'deck200');
  const deck = await writeDeck(deckDir, 'deck.md', 200, 20);
  buildCli(ROOT);
  const fromSource = { PODIUM_FROM_SOURCE: '1' };
  const rows: Array<[string, Timing[]]> = [
    ['podium export (folder)', []], ['podium export --single-file', []],
    ['  from source via tsx (folder)', []],
    ['marp --html (HTML output)', []],
  ];
  for (let i = 0; i < RUNS; i++) {
    rows[0][1].push(timed(process.execPath, [PODIUM, 'export', deck, '--out', join(work, 'out-folder')]));
    rows[1][1].push(timed(process.execPath, [PODIUM, 'export', deck, '--out', join(work, 'out-single'), '--single-file']));
    rows[2][1].push(timed(process.execPath, [PODIUM, 'export', deck, '--out', join(work, 'out-folder-tsx')], fromSource));
    rows[3][1].push(timed(process.execPath, [MARP, '--no-stdin', '--html', deck, '-o', join(work, 'marp', 'deck.html')], { CHROME_PATH: findChrome() ?? '' }));
  }
  const wall = (t: Timing[]) => median(t.map((x) => x.wall));
  const cpu = (t: Timing[]) => median(t.map((x) => x.cpu));
  const marp = rows[3][1];
  console.log(`\n1. Whole-process export of a 200-slide deck with 20 images (median of ${RUNS}; target: wall < 0.5x Marp)`);
  console.log('   tool                               wall      ratio   CPU (user+sys)  ratio   target');
  for (const [name, times] of rows) {
    const ratio = wall(times) / wall(marp);
    const target = name.startsWith('marp') || name.startsWith(' ') ? '' : ratio < 0.5 ? 'met' : 'NOT met';
    console.log(`   ${name.padEnd(34)} ${ms(wall(times)).padStart(8)}  ${ratio.toFixed(2).padStart(5)}x  ${ms(cpu(times)).padStart(12)}  ${(cpu(times) / cpu(marp)).toFixed(2).padStart(5)}x  ${target}`);
  }
  const startup = timed(process.execPath, [PODIUM, '--help']);
  const bare = timed(process.execPath, ['-e', '0']);
  console.log(`   (for reference: \`podium --help\` alone ${ms(startup.wall)} wall, ${ms(startup.cpu)} CPU; \`node -e 0\` ${ms(bare.wall)} wall)`);
}

async function memory(work: string): Promise<void> {
  const deck = await writeDeck(join(work, 'deck1000'), 'deck.md', 1000, 20);
  const folder = peakRssMb([PODIUM, 'export', deck, '--out', join(work, 'rss-folder')]);
  const single = peakRssMb([PODIUM, 'export', deck, '--out', join(work, 'rss-single'), '--single-file']);
  console.log('\n2. Peak RSS of the whole process exporting a 1000-slide deck (target: < 200 MB)');
  console.log(`   folder        ${folder.toFixed(0).padStart(5)} MB  ${folder < 200 ? 'met' : 'NOT met'}`);
  console.log(`   single file   ${single.toFixed(0).padStart(5)} MB  ${single < 200 ? 'met' : 'NOT met'}`);
}

/** Ms from keydown to the first frame after the slide changed, for each of `presses` ArrowRights. */
async function navigation(browser: Browser, file: string, presses: number): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-podium-ready="true"]', { state: 'attached' });
  await page.evaluate(() => {
    type Changed = { previousSlide?: Element; currentSlide?: Element };
    const w = window as unknown as { __t0: number; __times: number[]; Reveal: { on(e: string, f: (e: Changed) => void): void } };
    w.__times = [];
    document.addEventListener('keydown', (e) => { w.__t0 = e.timeStamp; }, true);
    w.Reveal.on('slidechanged', (event) => {
      // Moving the slide window re-announces the same slide (previous === current): not a key press.
      if (event.previousSlide === event.currentSlide) return;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__times.push(performance.now() - w.__t0);
        channel.port2.postMessage(0);
      });
    });
  });
  for (let i = 0; i < 5; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(120); } // warm up
  await page.evaluate(() => { (window as unknown as { __times: number[] }).__times = []; });
  for (let i = 0; i < presses; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(120); }
  const times = await page.evaluate(() => (window as unknown as { __times: number[] }).__times);
  await page.close();
  return times;
}

async function browserNavigation(work: string): Promise<void> {
  const decks: Record<string, string> = {};
  for (const n of [50, 1000]) {
    const dir = join(work, `nav${n}`);
    await writeDeck(dir, `nav${n}.md`, n, 0);
    timed(process.execPath, [PODIUM, 'export', join(dir, `nav${n}.md`), '--out', join(work, 'nav-out')]);
    decks[`podium-${n}`] = join(work, 'nav-out', `nav${n}`, 'index.html');
    // The same export without slide parking: reveal.js alone visiting every slide.
    const stock = join(work, 'nav-stock', `nav${n}`);
    await cp(join(work, 'nav-out', `nav${n}`), stock, { recursive: true });
    const html = await readFile(join(stock, 'index.html'), 'utf8');
    await writeFile(join(stock, 'index.html'), html.replace('<script src="podium/podium-window.js"></script>', ''));
    decks[`stock-${n}`] = join(stock, 'index.html');
  }
  const browser = await launchChrome();
  const results: Record<string, number[]> = {};
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  try {
    // Interleaved rounds, so background load hits every variant alike.
    for (let round = 0; round < rounds; round++) {
      const order = Object.entries(decks);
      if (round % 2) order.reverse();
      for (const [name, file] of order) (results[name] ??= []).push(...(await navigation(browser, file, 30)));
    }
  } finally {
    await browser.close();
  }
  const m = (name: string) => median(results[name]);
  const ratio = m('podium-1000') / m('podium-50');
  const stockRatio = m('stock-1000') / m('stock-50');
  console.log(`\n3. Chromium: key press to next slide painted (median of ${rounds} interleaved rounds x 30 presses, pooled)`);
  console.log('   deck                        50 slides  1000 slides  ratio  target (<= 1.2)');
  console.log(`   Podium export               ${ms(m('podium-50')).padStart(9)}  ${ms(m('podium-1000')).padStart(11)}  ${ratio.toFixed(2).padStart(5)}  ${ratio <= 1.2 ? 'met' : 'NOT met'}`);
  console.log(`   same, without the slide window ${ms(m('stock-50')).padStart(9)}  ${ms(m('stock-1000')).padStart(11)}  ${stockRatio.toFixed(2).padStart(5)}  (reveal.js alone)`);
}

async function mainBench(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'podium-bench-export-'));
  try {
    console.log('Podium export benchmark');
    // BENCH_ONLY=wall|memory|nav runs one part (e.g. to repeat the browser measurement).
    const only = process.env.BENCH_ONLY;
    if (!only || only === 'wall') await wallTimes(work);
    if (only && only !== 'memory') { /* skipped */ } else if (existsSync('/usr/bin/time')) await memory(work);
    else console.log('\n2. Peak RSS: skipped (/usr/bin/time not installed)');
    if (only && only !== 'nav') { /* skipped */ } else if (findChrome()) await browserNavigation(work);
    else console.log('\n3. Chromium navigation: skipped (no Chromium found)');
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(join(ROOT, 'out', 'bench-cli'), { recursive: true, force: true });
  }
}

await mainBench();

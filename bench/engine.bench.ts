// The deck engine against its floor (marked alone) and its rival (marp-core), on the same generated
// decks, in one run; then incremental re-parsing and pathological inputs. `npm run bench engine`.
import { Marp } from '@marp-team/marp-core';
import { marked } from 'marked';
import { build } from 'esbuild';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The engine as it ships (bundled by esbuild for the CLI, by Vite for the app), not as tsx compiles
// it on the fly: tsx wraps every function to keep its name, which costs the engine ~10% here.
const ROOT = join(import.meta.dirname ?? __dirname, '..');
const BUNDLE = join(ROOT, 'out', 'bench-core', 'core.mjs');
await build({ entryPoints: [join(ROOT, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: BUNDLE, logLevel: 'error' });
const { createSlideCache, parse, renderSlides } = (await import(pathToFileURL(BUNDLE).href)) as typeof import('../src/core');

const TARGET_VS_MARKED = 1.5;
const TARGET_VS_MARP = 10;
const TARGET_INCREMENTAL_MS = 2;

// ---------- timing ----------

function timeOnce(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds over `runs` timed calls after `warmup` untimed ones. */
function measure(fn: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  (globalThis as { gc?: () => void }).gc?.();
  return median(Array.from({ length: runs }, () => timeOnce(fn)));
}

/** Median and best times of functions timed in alternation, so a load spike on shared cores hits all alike. */
function measureSideBySide(fns: Record<string, () => unknown>, runs: number, warmup = 5): Record<string, { median: number; best: number }> {
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(fns)) fn();
  (globalThis as { gc?: () => void }).gc?.();
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < runs; r++) for (const [name, fn] of Object.entries(fns)) times[name].push(timeOnce(fn));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, { median: median(v), best: Math.min(...v) }]));
}

// ---------- realistic decks ----------

const TOPICS = ['Recognising the signs', 'Who to call', 'Labour trafficking', 'Supply chains', 'What survivors need', 'Myths and facts', 'Screening night', 'Talking to students'];
const SENTENCES = [
  'Most people who are trafficked are not kidnapped by strangers; they are recruited by someone they trust.',
  'Control usually looks like debt, confiscated documents, threats to family and isolation.',
  'If you see something, call the hotline: do not confront anyone or try to rescue them yourself.',
  'Workers in farms, restaurants, nail salons and domestic work are among those at risk.',
  'Ask open questions, listen without judgement, and give people the number to call.',
];

/** `markdownNotes`: every note carries inline Markdown, so none takes the plain-prose shortcut. */
function slide(i: number, markdownNotes = false): string {
  const topic = TOPICS[i % TOPICS.length];
  const s = (k: number) => SENTENCES[(i + k) % SENTENCES.length];
  const parts = [`## ${topic} (${i + 1})`, `<!-- .slide: data-minutes="${1 + (i % 3)}" -->`, ''];
  switch (i % 5) {
    case 0:
      parts.push(`- ${s(0)} <!-- .element: class="fragment" -->`, `- ${s(1)} <!-- .element: class="fragment" -->`, `- **Call** 1-888-373-7888 <!-- .element: class="fragment" -->`);
      break;
    case 1:
      parts.push(`![Diagram of ${topic.toLowerCase()}](images/diagram-${i % 7}.svg)`, '', `*${s(2)}*`);
      break;
    case 2:
      parts.push(`<div class="columns"><p>${s(0)}</p><p><strong>Text</strong> 233733</p></div>`, '', `> ${s(3)}`);
      break;
    case 3:
      parts.push('```text', 'Hotline:  1-888-373-7888 (24/7)', 'Text:     233733', 'Web:      humantraffickinghotline.org', '```', '', s(4));
      break;
    default:
      parts.push('| Sign | What to do |', '| --- | --- |', `| ${s(1).slice(0, 40)} | Call the hotline |`, '| Scripted answers | Note it, report it |');
  }
  parts.push('', 'Note:', `${s(1)} ${s(2)}`, '', `Ask the room: "${s(4)}" Give people a minute before moving on.`);
  if (markdownNotes) parts.push('', '**Hotline:** 1-888-373-7888');
  return parts.join('\n');
}

function makeDeck(slides: number, markdownNotes = false): { source: string; body: string } {
  const frontMatter = '---\ntitle: Knowledge is power\nduration: 45m\ntheme: light\nresources:\n  - "Hotline: 1-888-373-7888"\n---\n\n';
  let body = slide(0, markdownNotes);
  // Every fourth slide is stacked under the previous one.
  for (let i = 1; i < slides; i++) body += `${i % 4 === 3 ? '\n\n----\n\n' : '\n\n---\n\n'}${slide(i, markdownNotes)}`;
  return { source: frontMatter + body, body };
}

// ---------- reporting ----------

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const mbps = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------- 1. whole decks ----------

const load = loadavg()[0];
console.log(`Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores, load average ${load.toFixed(1)}. Medians of repeated runs after warm-up.`);
if (load > cpus().length) console.log('(The machine is busy: absolute times are inflated; the side-by-side ratios are the figures to read.)');
console.log('');
console.log('1. Whole deck: parse + render + sanitise (Podium) vs marked.parse (floor) vs new Marp().render (rival)\n');

const marp = new Marp();
// Warm every code path (JIT, regex caches) once before the first measured size.
{
  const { source, body } = makeDeck(200);
  for (let i = 0; i < 5; i++) { renderSlides(parse(source)); marked.parse(body); }
  marp.render(source);
}
const sizes = [50, 200, 1000];
const rows: string[][] = [];
const bestRatios: string[] = [];
let worstVsMarked = 0;
let worstVsMarp = Infinity;
for (const n of sizes) {
  const { source, body } = makeDeck(n);
  const bytes = Buffer.byteLength(source);
  const runs = n >= 1000 ? 15 : n >= 200 ? 41 : 101;
  const timed = measureSideBySide({ engine: () => renderSlides(parse(source)), marked: () => marked.parse(body) }, runs);
  const engine = timed.engine.median;
  const markedMs = timed.marked.median;
  bestRatios.push(`${n}: ${(timed.engine.best / timed.marked.best).toFixed(2)}x`);
  const marpMs = measure(() => marp.render(source), n >= 1000 ? 3 : 7, n >= 1000 ? 1 : 2);
  worstVsMarked = Math.max(worstVsMarked, engine / markedMs);
  worstVsMarp = Math.min(worstVsMarp, marpMs / engine);
  rows.push([String(n), `${(bytes / 1024).toFixed(0)} KB`, fmtMs(engine), mbps(bytes, engine), fmtMs(markedMs), mbps(bytes, markedMs), fmtMs(marpMs),
    `${(engine / markedMs).toFixed(2)}x`, `${(marpMs / engine).toFixed(1)}x`]);
}
table(['slides', 'size', 'podium ms', 'MB/s', 'marked ms', 'MB/s', 'marp ms', 'podium/marked', 'marp/podium'], rows);
console.log(`\npodium/marked from the fastest run of each (least disturbed by other processes): ${bestRatios.join(', ')}.`);
console.log(`Target podium <= ${TARGET_VS_MARKED}x marked: worst ${worstVsMarked.toFixed(2)}x, ${verdict(worstVsMarked <= TARGET_VS_MARKED)}.`);
console.log(`Target podium >= ${TARGET_VS_MARP}x faster than marp-core: worst ${worstVsMarp.toFixed(1)}x, ${verdict(worstVsMarp >= TARGET_VS_MARP)}.`);

// Notes written as plain prose skip marked (src/core/render/plain-prose.ts), and the decks above
// have such notes. The same decks with Markdown in every note show the engine without that shortcut.
{
  const variant: string[] = [];
  for (const n of sizes) {
    const { source, body } = makeDeck(n, true);
    const timed = measureSideBySide({ engine: () => renderSlides(parse(source)), marked: () => marked.parse(body) }, n >= 1000 ? 15 : n >= 200 ? 41 : 101);
    variant.push(`${n}: ${(timed.engine.median / timed.marked.median).toFixed(2)}x`);
  }
  console.log(`For reference, with Markdown in every note (no note takes the plain-prose shortcut): podium/marked ${variant.join(', ')}.`);
}

// ---------- 2. incremental ----------

console.log('\n2. Incremental: edit one slide of the 1000-slide deck, re-parse with createSlideCache()\n');
{
  const { source } = makeDeck(1000);
  const marker = '## Who to call (498)';
  const editedA = source.replace(marker, '## Who to call now (498)');
  const editedB = source.replace(marker, '## Who to call today (498)');
  const cache = createSlideCache();
  parse(source, { cache });
  let flip = false;
  const rendered: number[] = [];
  const editMs = measure(() => {
    flip = !flip;
    parse(flip ? editedA : editedB, { cache });
    rendered.push(cache.lastRendered);
  }, 51, 5);
  const unchangedMs = measure(() => parse(flip ? editedA : editedB, { cache }), 21, 2);
  const coldMs = measure(() => parse(source), 5, 1);
  const maxRendered = Math.max(...rendered);
  table(['case', 'median ms', 'slides re-rendered'], [
    ['cold parse (no cache)', fmtMs(coldMs), '1000'],
    ['one slide edited', fmtMs(editMs), String(maxRendered)],
    ['nothing changed', fmtMs(unchangedMs), String(cache.lastRendered)],
  ]);
  console.log(`\nTarget one edit < ${TARGET_INCREMENTAL_MS} ms re-rendering only that slide: ${fmtMs(editMs)} ms, ${maxRendered} re-rendered, ${verdict(editMs < TARGET_INCREMENTAL_MS && maxRendered === 1)}.`);
}

// ---------- 3. pathological inputs ----------

console.log('\n3. Pathological inputs: time at the issue\'s size and how it grows when the input doubles (2.0x = linear)\n');
{
  const cases: Array<{ name: string; make: (scale: number) => string; full: number }> = [
    { name: 'nested > (100k)', make: (k) => `${'>'.repeat(k)} deep\n`, full: 100_000 },
    { name: '* run (1 MB)', make: (k) => '*'.repeat(k), full: 1024 * 1024 },
    { name: 'separators (10k)', make: (k) => Array.from({ length: k + 1 }, (_, i) => `## S${i}`).join('\n\n---\n\n'), full: 10_000 },
    { name: '50k-char lines (x20)', make: (k) => Array.from({ length: 20 }, () => 'word '.repeat(k / 5)).join('\n\n'), full: 50_000 },
    { name: 'unclosed <div> (5k)', make: (k) => '<div>'.repeat(k), full: 5_000 },
    { name: 'nested list (200)', make: (k) => Array.from({ length: k }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), full: 200 },
  ];
  const pathRows = cases.map(({ name, make, full }) => {
    const half = make(full / 2);
    const whole = make(full);
    let outcome = '';
    const halfMs = measure(() => renderSlides(parse(half)), 5, 1);
    const fullMs = measure(() => {
      const deck = parse(whole);
      renderSlides(deck);
      const failed = deck.diagnostics.find((d) => d.code === 'internal-error');
      outcome = failed ? `internal-error: ${failed.message.split('\n')[0].slice(0, 60)}` : `${deck.slides.length} slide(s)`;
    }, 5, 1);
    return [name, `${(whole.length / 1024).toFixed(0)} KB`, fmtMs(fullMs), `${(fullMs / halfMs).toFixed(1)}x`, outcome];
  });
  table(['input', 'size', 'ms', 'x2 input', 'result'], pathRows);
}

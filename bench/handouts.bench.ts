// `podium handouts` against `marp --pdf --pdf-notes` on the same 200-slide content, whole process
// (start-up, browser, printing, writing), in the same run, interleaved so machine load hits both
// alike. Target: Podium's wall time at most 0.7 of Marp's. Peak memory is the summed RSS of each
// command's whole process tree (node plus every Chromium process), polled from /proc.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SLIDES = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET = 0.7;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function slideTexts(): Array<{ title: string; points: string[]; note: string }> {
  return Array.from({ length: SLIDES }, (_, i) => ({
    title: `Slide ${i + 1}: recognising the signs`,
    points: [`A first point on slide ${i + 1}`, 'A second point worth a line of its own', 'Where to call for help'],
    note: `What to say on slide ${i + 1}: explain the point, ask the room what they have seen, and give the hotline number again.`,
  }));
}

function podiumDeck(): string {
  const front = '---\ntitle: Bench deck\nresources:\n  - "National Human Trafficking Hotline: 1-888-373-7888"\n---\n';
  return front + slideTexts().map((s) => `\n## ${s.title}\n\n${s.points.map((p) => `- ${p}`).join('\n')}\n\nNote:\n${s.note}\n`).join('\n---\n');
}

function marpDeck(): string {
  const front = '---\nmarp: true\ntitle: Bench deck\n---\n';
  return front + slideTexts().map((s) => `\n## ${s.title}\n\n${s.points.map((p) => `- ${p}`).join('\n')}\n\n<!-- ${s.note} -->\n`).join('\n---\n');
}

/** Summed RSS (bytes) of `root` and all its descendants, read from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended meanwhile */ }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch { /* gone */ }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface Sample { seconds: number; peakBytes: number; code: number | null }

function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let peak = 0;
    const poll = setInterval(() => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); }, 50);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (code !== 0) console.error(`${command} ${args.join(' ')} exited ${code}\n${stderr}`);
      done({ seconds, peakBytes: peak, code });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  if (!existsSync(CHROME)) {
    console.log(`handouts bench skipped: no Chromium at ${CHROME} (set CHROME_PATH).`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'podium-bench-handouts-'));
  try {
    buildCli(ROOT);
    writeFileSync(join(dir, 'deck.md'), podiumDeck());
    writeFileSync(join(dir, 'marp.md'), marpDeck());
    const podium = (layout: string) => measure(process.execPath, [join(ROOT, 'bin/podium.mjs'), 'handouts', join(dir, 'deck.md'), '--out', join(dir, 'out'), '--layout', layout, '--paper', 'letter'], { PODIUM_CHROME: CHROME });
    const marp = () => measure(process.execPath, [join(ROOT, 'node_modules/@marp-team/marp-cli/marp-cli.js'), '--pdf', '--pdf-notes', '--allow-local-files', join(dir, 'marp.md'), '-o', join(dir, 'marp.pdf')], { CHROME_PATH: CHROME });
    const runs: Record<string, Sample[]> = { 'podium handouts --layout slides-3': [], 'podium handouts --layout notes': [], 'marp --pdf --pdf-notes': [] };
    // warm-up (disk cache, tsx cache), not counted
    await podium('slides-3');
    await marp();
    for (let i = 0; i < RUNS; i++) {
      runs['podium handouts --layout slides-3'].push(await podium('slides-3'));
      runs['podium handouts --layout notes'].push(await podium('notes'));
      runs['marp --pdf --pdf-notes'].push(await marp());
    }
    const marpMedian = median(runs['marp --pdf --pdf-notes'].map((s) => s.seconds));
    console.log(`Handouts for a ${SLIDES}-slide deck, whole process, median of ${RUNS} runs (same run, interleaved)\n`);
    console.log(`${'command'.padEnd(36)} ${'median s'.padStart(9)} ${'runs s'.padStart(22)} ${'peak RSS'.padStart(9)} ${'vs Marp'.padStart(8)}  target ≤ ${TARGET}`);
    for (const [name, samples] of Object.entries(runs)) {
      const secs = samples.map((s) => s.seconds);
      const m = median(secs);
      const ratio = m / marpMedian;
      const isMarp = name.startsWith('marp');
      const verdict = isMarp ? '' : ratio <= TARGET ? 'met' : 'NOT met';
      const failed = samples.some((s) => s.code !== 0) ? '  (a run failed)' : '';
      console.log(`${name.padEnd(36)} ${m.toFixed(2).padStart(9)} ${secs.map((s) => s.toFixed(1)).join(' / ').padStart(22)} ${mib(Math.max(...samples.map((s) => s.peakBytes))).padStart(9)} ${ratio.toFixed(2).padStart(8)}  ${verdict}${failed}`);
    }
    console.log('\nPeak RSS sums every process of the tree (Chromium shares pages between its processes, so both sides are over-counted alike).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

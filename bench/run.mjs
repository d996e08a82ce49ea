// `npm run bench`: runs every bench/*.bench.ts in its own process, one after another (two cores:
// running them side by side would measure contention), and keeps each report in bench-results/.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
mkdirSync(join(root, 'bench-results'), { recursive: true });
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join('bench', file)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(run.stdout ?? '');
  writeFileSync(join(root, 'bench-results', file.replace(/\.bench\.ts$/, '.txt')), run.stdout ?? '');
  if (run.status !== 0) { failed++; console.log(`!! ${file} exited ${run.status}`); }
}
process.exit(failed ? 1 : 0);

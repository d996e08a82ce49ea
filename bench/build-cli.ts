// The benchmarks time `bin/podium.mjs` as an installed Podium runs it: from the CLI build that
// `npm install` makes (scripts/build-cli.mjs). Rebuilt first, so edited sources are what is timed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function buildCli(root: string): void {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scripts/build-cli.mjs failed: ${run.stderr}`);
}

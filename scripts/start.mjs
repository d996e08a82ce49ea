#!/usr/bin/env node
// `npm start`: builds the desktop app (electron-vite) and runs it; on first run it opens a copy of
// the bundled slides/ in the user's Documents folder. Where the Electron runtime is absent (build
// machines that cannot download it), says so in one line, names the headless equivalent, exits 0.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Electron executable if it is installed, else null. Reads electron's path.txt directly:
 * `require('electron')` would try to download the binary.
 */
export function electronBinary(root = ROOT) {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const name = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const executable = join(distDir, name);
  return name && existsSync(executable) ? executable : null;
}

function main() {
  const electron = electronBinary();
  if (!electron) {
    console.log('The Electron runtime is not available here; the headless equivalent is: npx podium export slides --out dist');
    return 0;
  }
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  const app = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  app.on('exit', (code) => process.exit(code ?? 0));
  return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = main();
  if (code !== undefined) process.exitCode = code;
}

// Builds the renderer exactly as the app ships it (Vite + React, src/renderer/index.html) plus the
// test bridge, once per source change: the output is cached under out/test-renderer/<hash>/.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

export const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
const INPUTS = ['src/renderer', 'src/core', 'src/shared', 'src/themes', 'tests/renderer/host/bridge.ts', 'tests/renderer/host/build-renderer.ts', 'package-lock.json'];

async function files(path: string): Promise<string[]> {
  if (!existsSync(path)) return [];
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch(() => null);
  if (entries === null) return [path];
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await files(join(REPO, input))) {
      hash.update(file);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Builds of sources that changed over an hour ago are of no further use. */
async function pruneOldBuilds(dir: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

export interface BuiltRenderer {
  /** Folder with index.html and assets/ (the renderer as electron-vite would emit it). */
  dir: string;
  /** The bridge script that provides window.podium in the test page. */
  bridge: string;
}

export async function buildRenderer(): Promise<BuiltRenderer> {
  const target = join(REPO, 'out/test-renderer', await sourceHash());
  const result = { dir: join(target, 'renderer'), bridge: join(target, 'bridge/bridge.js') };
  if (existsSync(join(result.dir, 'index.html')) && existsSync(result.bridge)) return result;
  const temp = `${target}.tmp-${process.pid}-${Date.now()}`;
  await mkdir(temp, { recursive: true });
  const quiet = { logLevel: 'warn' as const, configFile: false as const, mode: 'production' };
  // Production React and JSX, as the app ships, even under vitest (which sets NODE_ENV=test and
  // would make the JSX transform emit development calls).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      ...quiet,
      root: join(REPO, 'src/renderer'),
      base: './',
      plugins: [react()],
      build: { outDir: join(temp, 'renderer'), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
    });
    await build({
      ...quiet,
      build: {
        outDir: join(temp, 'bridge'),
        emptyOutDir: true,
        lib: { entry: join(REPO, 'tests/renderer/host/bridge.ts'), formats: ['iife'], name: 'PodiumTestBridge', fileName: () => 'bridge.js' },
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  try {
    await rename(temp, target);
  } catch {
    await rm(temp, { recursive: true, force: true }); // another worker built it first
  }
  await pruneOldBuilds(dirname(target));
  return result;
}

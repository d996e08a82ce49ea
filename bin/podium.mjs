#!/usr/bin/env node
// Thin shim. Runs the CLI compiled by scripts/build-cli.mjs when that build is newer than all its
// sources; otherwise runs the TypeScript directly through tsx, so `npx podium` always runs the
// code as it is on disk.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps compiled code between runs (in the system's temp folder); older Node lacks it.
module.enableCompileCache?.();

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function compiledEntry() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(`${ROOT}out/cli/sources.json`, 'utf8'));
    for (const input of inputs) if (statSync(ROOT + input.replace(/^[\\/]/, '')).mtimeMs > builtAt) return undefined;
    return new URL('../out/cli/main.js', import.meta.url).href;
  } catch {
    return undefined;
  }
}

let entry = process.env.PODIUM_FROM_SOURCE ? undefined : compiledEntry();
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../src/cli/main.ts', import.meta.url).href;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// Compiles the `podium` CLI ahead of time (esbuild, split per command so commands still load
// lazily): starting the TypeScript through tsx costs about half a second per run. bin/podium.mjs
// uses this build while it is newer than every source file it was built from.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'out', 'cli');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('podium: esbuild is not installed; the CLI will run from TypeScript through tsx.');
  process.exit(0);
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: OUT,
  // Dependencies (marked, yaml, qrcode) are bundled too: resolving and loading yaml's ~80 CommonJS
  // files cost more than the whole parse of a 200-slide deck. Asset packages (reveal.js, fonts) are
  // still found in node_modules at run time.
  metafile: true,
  // yaml is CommonJS: bundled into ES modules it needs a `require` for Node's built-ins.
  banner: { js: "import { createRequire as __podiumCreateRequire } from 'node:module'; const require = __podiumCreateRequire(import.meta.url);" },
  logLevel: 'error',
});
// Our own sources only: node_modules changes only through npm install, which rebuilds (prepare).
const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules')).map((p) => resolve(ROOT, p));
const builtAt = Date.now();
// Sources must not be newer than the build; recorded so the shim can check without esbuild.
await writeFile(join(OUT, 'sources.json'), JSON.stringify({ builtAt, inputs: inputs.map((p) => p.slice(ROOT.length)) }));
await writeFile(join(OUT, 'package.json'), '{ "type": "module" }\n');
const newest = Math.max(...(await Promise.all(inputs.map(async (p) => (await stat(p)).mtimeMs))));
console.log(`podium CLI compiled to out/cli (${inputs.length} sources, newest ${new Date(newest).toISOString()}).`);

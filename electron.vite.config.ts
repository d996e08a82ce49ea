// electron-vite: one entry per Electron process, folders matching the keys (src/main, src/preload,
// src/renderer). Main and preload are CommonJS (.cjs): sandboxed preloads cannot be ES modules, and
// the services' `createRequire(import.meta.url)` clashes with the ESM shim's own `require`.
import { cpSync, existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const SRC = resolve(__dirname, 'src');
const OUT = resolve(__dirname, 'out');

/**
 * Services find their data folders with `new URL('../../themes/', import.meta.url)`, relative to
 * their source file. In the bundle that base is out/main/, so copy each such folder to out/<name>/
 * and point the URL there.
 */
function dataFolders(): Plugin {
  const copies = new Map<string, string>();
  const URL_DIR = /new URL\((['"])(\.{1,2}\/[^'"]*\/)\1,\s*import\.meta\.url\)/g;
  return {
    name: 'podium:data-folders',
    transform(code, id) {
      if (!id.startsWith(SRC) || !code.includes('import.meta.url')) return null;
      let changed = false;
      const out = code.replace(URL_DIR, (match, quote: string, rel: string) => {
        const folder = resolve(dirname(id), rel);
        if (!folder.startsWith(SRC) || !existsSync(folder) || !statSync(folder).isDirectory()) return match;
        const name = relative(SRC, folder).split('\\').join('/');
        copies.set(folder, resolve(OUT, name));
        changed = true;
        return `new URL(${quote}../${name}/${quote}, import.meta.url)`;
      });
      return changed ? { code: out, map: null } : null;
    },
    closeBundle() {
      for (const [from, to] of copies) cpSync(from, to, { recursive: true });
    },
  };
}

export default defineConfig({
  main: {
    plugins: [dataFolders()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified by default; minified it loads faster.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});

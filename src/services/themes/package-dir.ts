import { createRequire } from 'node:module';
import { dirname, join, parse } from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const requireFromHere = createRequire(import.meta.url);

/**
 * The folder of an installed package. Packages such as reveal.js export only some subpaths, so we
 * resolve the main entry and walk up to the folder that holds the package's package.json.
 */
export function packageDir(name: string): string {
  let dir = dirname(requireFromHere.resolve(name));
  const { root } = parse(dir);
  while (dir !== root) {
    if (existsSync(join(dir, 'package.json')) && dir.endsWith(join('node_modules', ...name.split('/')))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the installed package ${name}. Run \`npm install\` in the Podium folder.`);
}

/**
 * Podium's own folder (the one holding src/themes and src/export-runtime), found by walking up from
 * this module: right when run from source through tsx and when the CLI is bundled into out/.
 */
export function podiumRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  const { root } = parse(dir);
  while (dir !== root) {
    if (existsSync(join(dir, 'src', 'themes', 'base.css'))) return dir;
    dir = dirname(dir);
  }
  throw new Error(`Cannot find Podium's themes (src/themes) above ${from}: reinstall Podium.`);
}

// The reveal.js, Podium runtime and theme files an exported page needs, either copied into the
// export's `podium/` folder and linked, or read and inlined for a single-file export.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ThemeName } from '../../core';
import { themeCss, themeFontFiles } from '../themes';
import { copyFile, dataUri } from './copy';
import type { PagePart } from './page';
import { bodyScripts, headScripts, runtimeStyles, type RuntimeFile } from './runtime-files';

export interface PageParts {
  styles: PagePart[];
  headScripts: PagePart[];
  bodyScripts: PagePart[];
}

const RUNTIME_FOLDER = 'podium';

/** Copies the runtime, the theme CSS and its fonts under `<folder>/podium/` and links them. */
export async function writeLinkedParts(folder: string, theme: ThemeName): Promise<PageParts> {
  const dir = join(folder, RUNTIME_FOLDER);
  await mkdir(join(dir, 'fonts'), { recursive: true });
  const runtime = [...runtimeStyles(), ...headScripts(), ...bodyScripts()];
  await Promise.all([
    ...runtime.map((file) => copyFile(file.path, join(dir, file.name))),
    ...themeFontFiles(theme).map((font) => copyFile(font.path, join(dir, 'fonts', font.fileName))),
    themeCss(theme).then((css) => writeFile(join(dir, `theme-${theme}.css`), css, { flag: 'wx' })),
  ]);
  const link = (file: RuntimeFile): PagePart => ({ href: `${RUNTIME_FOLDER}/${file.name}` });
  const styles = runtimeStyles().map(link);
  // The theme goes after reveal.css and before the speaker view's layout rules.
  styles.splice(2, 0, { href: `${RUNTIME_FOLDER}/theme-${theme}.css` });
  return { styles, headScripts: headScripts().map(link), bodyScripts: bodyScripts().map(link) };
}

/** Cached per process: a multi-deck single-file export reads reveal.js and the fonts once. */
const inlineCache = new Map<string, Promise<string>>();
function cachedText(key: string, load: () => Promise<string>): Promise<string> {
  let value = inlineCache.get(key);
  if (!value) {
    value = load();
    inlineCache.set(key, value);
    value.catch(() => inlineCache.delete(key));
  }
  return value;
}

const readRuntime = (file: RuntimeFile): Promise<string> => cachedText(file.path, () => readFile(file.path, 'utf8'));

/** Starts reading reveal.js and the runtime scripts, so the reads overlap with parsing the deck. */
export function prefetchInlineParts(): void {
  for (const file of [...runtimeStyles(), ...headScripts(), ...bodyScripts()]) readRuntime(file).catch(() => undefined);
}

/** Everything inline (fonts as data: URIs), for `<slug>.html`. */
export async function inlineParts(theme: ThemeName): Promise<PageParts> {
  const read = (file: RuntimeFile): Promise<PagePart> => readRuntime(file).then((inline) => ({ inline }));
  const [styles, head, body, css] = await Promise.all([
    Promise.all(runtimeStyles().map(read)),
    Promise.all(headScripts().map(read)),
    Promise.all(bodyScripts().map(read)),
    cachedText(`theme:${theme}`, () => themeCss(theme, { fontUrl: (font) => dataUri(font.path, 'font/woff2') })),
  ]);
  styles.splice(2, 0, { inline: css });
  return { styles, headScripts: head, bodyScripts: body };
}

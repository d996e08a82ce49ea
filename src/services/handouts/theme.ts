// Theme CSS for slide thumbnails: the shared theme service's stylesheet (src/themes) with its font
// files either inlined as data: URLs (HTML that prints identically anywhere, offline) or linked by
// file:// URL (for printing here: Chromium then reads only the faces a page uses, instead of
// decoding every inlined face, seconds per run). Cached per theme and mode for the process.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { DEFAULT_THEME, isTheme, type ThemeName } from '../../core';
import { themeCss } from '../themes';

/** How font files are referenced: inlined, or linked from where they are installed. */
export type FontMode = 'inline' | 'file';

const cache = new Map<string, Promise<string>>();

export function resolveTheme(name: string | undefined): ThemeName {
  return isTheme(name) ? name : DEFAULT_THEME;
}

/** The deck theme's complete CSS (unknown names fall back to the default theme, as the app does). */
export function handoutThemeCss(name: string | undefined, fonts: FontMode = 'inline'): Promise<string> {
  const theme = resolveTheme(name);
  const key = `${theme}:${fonts}`;
  let css = cache.get(key);
  if (!css) {
    css = themeCss(theme, {
      fontUrl: async (font) => (fonts === 'file' ? pathToFileURL(font.path).href : `data:font/woff2;base64,${(await readFile(font.path)).toString('base64')}`),
    });
    cache.set(key, css);
  }
  return css;
}

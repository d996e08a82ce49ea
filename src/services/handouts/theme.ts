// Theme CSS for slide thumbnails: the shared theme service's stylesheet (src/themes) with its font
// files inlined as data: URLs, so a handout prints identically from the CLI, the app or a browser,
// offline. Cached per theme for the life of the process.
import { readFile } from 'node:fs/promises';
import { DEFAULT_THEME, isTheme, type ThemeName } from '../../core';
import { themeCss } from '../themes';

const cache = new Map<ThemeName, Promise<string>>();

export function resolveTheme(name: string | undefined): ThemeName {
  return isTheme(name) ? name : DEFAULT_THEME;
}

/** The deck theme's complete CSS (unknown names fall back to the default theme, as the app does). */
export function handoutThemeCss(name: string | undefined): Promise<string> {
  const theme = resolveTheme(name);
  let css = cache.get(theme);
  if (!css) {
    css = themeCss(theme, { fontUrl: async (font) => `data:font/woff2;base64,${(await readFile(font.path)).toString('base64')}` });
    cache.set(theme, css);
  }
  return css;
}

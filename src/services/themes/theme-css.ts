import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isTheme, THEMES, type ThemeName } from '../../core';
import { themeFontFiles, type FontFile } from './fonts';
import { podiumRoot } from './package-dir';

/** Where the theme stylesheets live (src/themes). */
export const THEMES_DIR = join(podiumRoot(), 'src', 'themes');

export interface ThemeCssOptions {
  /**
   * How the CSS refers to a font file. Default: `fonts/<fileName>` (a folder beside the page).
   * Pass e.g. a data: URI maker to inline, or an app-specific URL scheme.
   */
  fontUrl?: (font: FontFile) => string | Promise<string>;
}

export class UnknownThemeError extends Error {
  constructor(name: string) {
    super(`Unknown theme "${name}". Built-in themes: ${THEMES.join(', ')}.`);
    this.name = 'UnknownThemeError';
  }
}

function fontFace(font: FontFile, url: string): string {
  return `@font-face{font-family:'${font.family}';font-style:${font.style};font-weight:${font.weight};font-display:swap;src:url(${JSON.stringify(url)}) format('woff2');unicode-range:${font.unicodeRange};}`;
}

/**
 * A theme's complete stylesheet, to load after reveal.js's reveal.css: the @font-face rules, the
 * shared base (src/themes/base.css) and the theme's own values (src/themes/<name>.css).
 */
export async function themeCss(name: string, options: ThemeCssOptions = {}): Promise<string> {
  if (!isTheme(name)) throw new UnknownThemeError(name);
  const fontUrl = options.fontUrl ?? ((font: FontFile) => `fonts/${font.fileName}`);
  const faces = await Promise.all(themeFontFiles(name).map(async (font) => fontFace(font, await fontUrl(font))));
  const [base, theme] = await Promise.all([readFile(join(THEMES_DIR, 'base.css'), 'utf8'), readFile(join(THEMES_DIR, `${name}.css`), 'utf8')]);
  return `/* Podium theme: ${name} */\n${faces.join('\n')}\n${base}\n${theme}`;
}

export type { ThemeName };

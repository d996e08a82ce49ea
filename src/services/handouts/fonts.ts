// The handout's own typeface (Atkinson Hyperlegible, designed for low-vision readers; the slides'
// faces come with the theme CSS), inlined as data: URLs so the HTML prints the same anywhere, offline.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const FACES: Array<{ family: string; pkg: string; file: string; weight: number; style: string }> = [
  { family: 'Atkinson Hyperlegible', pkg: 'atkinson-hyperlegible', file: 'atkinson-hyperlegible-latin-400-normal', weight: 400, style: 'normal' },
  { family: 'Atkinson Hyperlegible', pkg: 'atkinson-hyperlegible', file: 'atkinson-hyperlegible-latin-700-normal', weight: 700, style: 'normal' },
  { family: 'Atkinson Hyperlegible', pkg: 'atkinson-hyperlegible', file: 'atkinson-hyperlegible-latin-400-italic', weight: 400, style: 'italic' },
];

/** The family the page header and footer are set in (see core/handouts/chrome.ts). */
export const CHROME_FONT_FAMILY = 'Atkinson Hyperlegible';

const cached = new Map<string, string>();

/**
 * @font-face rules for the handout text, inlined or linked by file:// URL (see theme.ts); '' if the
 * font packages are missing (system fonts then).
 */
export function handoutFontCss(fonts: 'inline' | 'file' = 'inline'): string {
  const hit = cached.get(fonts);
  if (hit !== undefined) return hit;
  const require = createRequire(import.meta.url);
  const rules: string[] = [];
  for (const face of FACES) {
    try {
      const path = require.resolve(`@fontsource/${face.pkg}/files/${face.file}.woff2`);
      const url = fonts === 'file' ? pathToFileURL(path).href : `data:font/woff2;base64,${readFileSync(path).toString('base64')}`;
      rules.push(`@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; src: url("${url}") format("woff2"); }`);
    } catch {
      // a missing face falls back to the next family in the stack
    }
  }
  const css = rules.join('\n');
  cached.set(fonts, css);
  return css;
}

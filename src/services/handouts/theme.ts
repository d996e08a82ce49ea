// Theme CSS for slide thumbnails. Until the shared theme service (src/services/themes) lands this
// is a compact stand-in with the same reveal.js variables, so a deck's theme still shows on paper.
import { DEFAULT_THEME, isTheme, type ThemeName } from '../../core';

const VARS: Record<ThemeName, Record<string, string>> = {
  light: { background: '#ffffff', main: '#1d1d1f', heading: '#1d1d1f', link: '#1a5fb4' },
  dark: { background: '#1b1d22', main: '#f2f2f2', heading: '#ffffff', link: '#8cc4ff' },
  'high-contrast': { background: '#000000', main: '#ffffff', heading: '#ffff00', link: '#7fdbff' },
};

export function resolveTheme(name: string | undefined): ThemeName {
  return isTheme(name) ? name : DEFAULT_THEME;
}

/** CSS for the deck's theme (reveal.js `--r-*` variables plus the typographic rules they drive). */
export function handoutThemeCss(name: string | undefined): string {
  const v = VARS[resolveTheme(name)];
  return `:root {
  --r-background-color: ${v.background};
  --r-main-color: ${v.main};
  --r-heading-color: ${v.heading};
  --r-link-color: ${v.link};
  --r-main-font: "Source Sans 3", "Atkinson Hyperlegible", "DejaVu Sans", sans-serif;
  --r-heading-font: "Source Sans 3", "Atkinson Hyperlegible", "DejaVu Sans", sans-serif;
  --r-main-font-size: 40px;
}
.reveal-viewport { background-color: var(--r-background-color); }`;
}

/// <reference types="vite/client" />
// Podium's slide themes (src/themes) are written for a page of their own (`:root` variables,
// `html, body` backgrounds). The app shows slides of several decks in one window, so each theme is
// scoped to a wrapper class: `.podium-theme.theme-<name>` (see SlideView, RevealPreview).
import '@fontsource/source-sans-3/400.css';
import '@fontsource/source-sans-3/700.css';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';

const SOURCES = import.meta.glob('../../themes/*.css', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const FALLBACK_THEME = 'light';

function nameOf(file: string): string {
  return file.split('/').pop()!.replace(/\.css$/, '');
}

export function scopeThemeCss(css: string, scope: string): string {
  return css
    .replace(/(^|[\s,}])html\s*,\s*body\s*\{[^}]*\}/g, '$1')
    .replace(/:root/g, scope)
    .replace(/(^|[\s,}])\.reveal-viewport/g, `$1${scope}.reveal-viewport`);
}

/** Names of the themes available to the renderer (those with a CSS file, base excluded). */
export const AVAILABLE_THEMES = Object.keys(SOURCES).map(nameOf).filter((n) => n !== 'base');

export function themeClass(theme: string | undefined): string {
  const name = theme && AVAILABLE_THEMES.includes(theme) ? theme : FALLBACK_THEME;
  return `podium-theme theme-${name}`;
}

let installed = false;

/** Adds the scoped theme stylesheets to the document once. */
export function installThemes(): void {
  if (installed) return;
  installed = true;
  const parts: string[] = [];
  for (const [file, css] of Object.entries(SOURCES)) {
    const name = nameOf(file);
    parts.push(scopeThemeCss(css, name === 'base' ? '.podium-theme' : `.podium-theme.theme-${name}`));
  }
  const style = document.createElement('style');
  style.dataset.podiumThemes = '';
  style.textContent = parts.join('\n');
  document.head.append(style);
}

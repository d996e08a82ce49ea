// The built-in themes. Their CSS lives in src/themes/; the engine only needs the names to lint.
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];
export const DEFAULT_THEME: ThemeName = 'light';

export function isTheme(name: unknown): name is ThemeName {
  return typeof name === 'string' && (THEMES as readonly string[]).includes(name);
}

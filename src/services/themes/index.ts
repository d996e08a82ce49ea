// Podium's built-in themes for every consumer (export, handouts, the app): CSS text plus font files.
export { themeCss, THEMES_DIR, UnknownThemeError, type ThemeCssOptions } from './theme-css';
export { themeFontFiles, type FontFile } from './fonts';
export { packageDir, podiumRoot } from './package-dir';

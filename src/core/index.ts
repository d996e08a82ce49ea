// Podium's deck engine: pure functions from Markdown text to deck data and reveal.js markup.
export * from './model';
export { parse, type ParseOptions } from './parse/parse';
export { createSlideCache, type SlideCache } from './parse/slide-cache';
export { renderSection, renderSlides, type RenderOptions, type SectionSlide } from './render/sections';
export { sanitizeHtml, sanitizeUrl, sanitizeCss } from './render/sanitize';
export { lintDeck, LINT_RULES, type LintRule } from './lint/lint';
export { THEMES, DEFAULT_THEME, isTheme, type ThemeName } from './themes';
export { slugify } from './text/slug';
export { escapeHtml, htmlToText } from './text/html';
export { parseDuration, formatMinutes } from './text/duration';

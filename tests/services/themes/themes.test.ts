import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { THEMES } from '../../../src/core';
import { THEMES_DIR, themeCss, themeFontFiles, UnknownThemeError } from '../../../src/services/themes';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function variables(theme: string): Promise<Record<string, string>> {
  const css = await readFile(join(THEMES_DIR, `${theme}.css`), 'utf8');
  return Object.fromEntries([...css.matchAll(/--podium-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}

// Every pair where the first colour is text drawn on the second.
const TEXT_PAIRS: Array<[string, string]> = [
  ['fg', 'bg'], ['heading', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['link-hover', 'bg'], ['code-fg', 'code-bg'],
  ['fg', 'quote-bg'], ['fg', 'stripe'], ['mark-fg', 'mark-bg'], ['warn-fg', 'warn-bg'], ['chrome-fg', 'chrome-bg'],
];

describe('built-in themes', () => {
  for (const theme of THEMES) {
    it(`${theme}: every text colour meets WCAG AAA (7:1) on its background`, async () => {
      const vars = await variables(theme);
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(vars[fg], `--podium-${fg}`).toBeDefined();
        expect(contrast(vars[fg], vars[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(7);
      }
    });
  }

  it('high-contrast prints larger than the others', async () => {
    const size = async (t: string) => Number(/--podium-size:\s*(\d+)px/.exec(await readFile(join(THEMES_DIR, `${t}.css`), 'utf8'))?.[1]);
    expect(await size('high-contrast')).toBeGreaterThanOrEqual(1.2 * (await size('light')));
  });
});

describe('themeFontFiles()', () => {
  it('lists installed woff2 files from the open-licence packages', () => {
    for (const theme of THEMES) {
      const fonts = themeFontFiles(theme);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(existsSync(font.path), font.path).toBe(true);
        expect(font.path).toMatch(/@fontsource[\\/](source-sans-3|atkinson-hyperlegible)[\\/]files[\\/].+\.woff2$/);
      }
    }
    expect(themeFontFiles('high-contrast').every((f) => f.family === 'Atkinson Hyperlegible')).toBe(true);
  });
});

describe('themeCss()', () => {
  it('starts with @font-face rules pointing at fonts/ and contains the base and the theme', async () => {
    const css = await themeCss('dark');
    expect(css.match(/@font-face/g)).toHaveLength(themeFontFiles('dark').length);
    expect(css).toContain('url("fonts/source-sans-3-latin-400-normal.woff2")');
    expect(css).toContain('.reveal h2');
    expect(css).toContain('--podium-bg: #15181d');
    expect(css).not.toMatch(/https?:\/\//);
  });

  it('lets the caller choose font URLs (data: URIs for single files, app URLs)', async () => {
    const css = await themeCss('high-contrast', { fontUrl: (f) => `podium-font://${f.fileName}` });
    expect(css).toContain('url("podium-font://atkinson-hyperlegible-latin-700-normal.woff2")');
  });

  it('refuses an unknown theme by name', async () => {
    await expect(themeCss('neon')).rejects.toBeInstanceOf(UnknownThemeError);
    await expect(themeCss('neon')).rejects.toThrow(/light, dark, high-contrast/);
  });
});

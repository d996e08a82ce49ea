import { join } from 'node:path';
import type { ThemeName } from '../../core';
import { packageDir } from './package-dir';

/** One woff2 file a theme needs, shipped with Podium from an open-licence @fontsource package. */
export interface FontFile {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** CSS unicode-range of this subset (latin or latin-ext). */
  unicodeRange: string;
  /** Absolute path of the installed woff2. */
  path: string;
  /** Plain file name, unique across themes: what exports write into `fonts/`. */
  fileName: string;
}

// Subsets and ranges as @fontsource declares them: Western and Central European languages.
const SUBSETS = {
  latin: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

interface Family {
  family: string;
  pkg: string;
  id: string;
  faces: Array<[number, 'normal' | 'italic']>;
}

const SOURCE_SANS: Family = {
  family: 'Source Sans 3',
  pkg: '@fontsource/source-sans-3',
  id: 'source-sans-3',
  faces: [[400, 'normal'], [400, 'italic'], [600, 'normal'], [700, 'normal'], [700, 'italic']],
};
const ATKINSON: Family = {
  family: 'Atkinson Hyperlegible',
  pkg: '@fontsource/atkinson-hyperlegible',
  id: 'atkinson-hyperlegible',
  faces: [[400, 'normal'], [400, 'italic'], [700, 'normal'], [700, 'italic']],
};

const THEME_FAMILIES: Record<ThemeName, Family[]> = {
  light: [SOURCE_SANS],
  dark: [SOURCE_SANS],
  'high-contrast': [ATKINSON],
};

/** The font files a theme's CSS refers to, in @font-face order. */
export function themeFontFiles(name: ThemeName): FontFile[] {
  return THEME_FAMILIES[name].flatMap((family) => {
    const dir = join(packageDir(family.pkg), 'files');
    return family.faces.flatMap(([weight, style]) =>
      (Object.keys(SUBSETS) as Array<keyof typeof SUBSETS>).map((subset) => {
        const fileName = `${family.id}-${subset}-${weight}-${style}.woff2`;
        return { family: family.family, weight, style, unicodeRange: SUBSETS[subset], path: join(dir, fileName), fileName };
      }),
    );
  });
}

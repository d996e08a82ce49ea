// Which paper to print on when the command line does not say: the deck's `paper:`, else the
// system's locale (Letter where Letter is the norm, A4 everywhere else).
import type { Paper } from '../../core';

/** Countries that use US Letter (ISO 3166 codes). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN', 'BZ']);

const REGION = /^[a-z]{2,3}[_-]([A-Z]{2})\b/;

/** The region of a locale name like `en_US.UTF-8`, `fr-CA` or `C` (none). */
export function localeRegion(locale: string | undefined): string | undefined {
  return locale ? REGION.exec(locale)?.[1] : undefined;
}

export function paperForLocale(locale: string | undefined): Paper | undefined {
  const region = localeRegion(locale);
  return region ? (LETTER_REGIONS.has(region) ? 'letter' : 'a4') : undefined;
}

/**
 * The system's paper: LC_ALL, then LC_PAPER, then LANG (POSIX precedence), then the JavaScript
 * runtime's locale; Letter when nothing names a region.
 */
export function systemPaper(env: NodeJS.ProcessEnv = process.env, intlLocale = Intl.DateTimeFormat().resolvedOptions().locale): Paper {
  for (const name of ['LC_ALL', 'LC_PAPER', 'LANG']) {
    const value = env[name];
    if (value) return paperForLocale(value) ?? paperForLocale(intlLocale) ?? 'letter';
  }
  return paperForLocale(intlLocale) ?? 'letter';
}

export function defaultPaper(deckPaper: Paper | undefined, env?: NodeJS.ProcessEnv, intlLocale?: string): Paper {
  return deckPaper ?? systemPaper(env, intlLocale);
}

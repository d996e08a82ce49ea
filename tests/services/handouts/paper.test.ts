import { describe, expect, it } from 'vitest';
import { defaultPaper, paperForLocale, systemPaper } from '../../../src/services/handouts';

describe('paper defaults', () => {
  it('maps locales to Letter or A4 by region', () => {
    expect(paperForLocale('en_US.UTF-8')).toBe('letter');
    expect(paperForLocale('fr-CA')).toBe('letter');
    expect(paperForLocale('es_MX')).toBe('letter');
    expect(paperForLocale('en_PH.UTF-8')).toBe('letter');
    expect(paperForLocale('en_GB.UTF-8')).toBe('a4');
    expect(paperForLocale('de-DE')).toBe('a4');
    expect(paperForLocale('C.UTF-8')).toBeUndefined();
  });

  it('reads LC_ALL before LC_PAPER before LANG, then the runtime locale', () => {
    expect(systemPaper({ LC_ALL: 'de_DE.UTF-8', LC_PAPER: 'en_US.UTF-8' }, 'en-US')).toBe('a4');
    expect(systemPaper({ LC_PAPER: 'en_US.UTF-8', LANG: 'en_GB.UTF-8' }, 'en-GB')).toBe('letter');
    expect(systemPaper({ LANG: 'en_GB.UTF-8' }, 'en-US')).toBe('a4');
    expect(systemPaper({ LANG: 'C' }, 'en-GB')).toBe('a4');
    expect(systemPaper({}, 'en-US')).toBe('letter');
    expect(systemPaper({}, 'en')).toBe('letter');
  });

  it('prefers the deck\'s own paper', () => {
    expect(defaultPaper('a4', { LANG: 'en_US.UTF-8' })).toBe('a4');
    expect(defaultPaper(undefined, { LANG: 'en_US.UTF-8' })).toBe('letter');
  });
});

// Escaping and entity decoding for the sanitiser and for plain-text views of slides and notes.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPE_RE = /[&<>"']/g;

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPE_RE, (c) => ESCAPES[c]);
}

// Named references that matter for reading text and for catching obfuscated URLs (`jav&Tab;ascript:`).
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', tab: '\t', newline: '\n', colon: ':',
  sol: '/', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';', excl: '!', num: '#', percnt: '%',
  copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', bull: '•', middot: '·', times: '×', divide: '÷', deg: '°', euro: '€',
  pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  harr: '↔', hearts: '♥', laquo: '«', raquo: '»', iexcl: '¡', iquest: '¿', shy: '\u00ad', zwj: '\u200d',
  zwnj: '\u200c', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
};
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes numeric and common named character references, as a browser would for these. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, dec: string, hex: string, name: string) => {
    if (dec) return fromCodePoint(parseInt(dec, 10));
    if (hex) return fromCodePoint(parseInt(hex, 16));
    const named = NAMED[name] ?? NAMED[name.toLowerCase()];
    return named ?? whole;
  });
}

const TAG_RE = /<[^>]*>/g;
const BLOCK_END_RE = /<\/(p|h[1-6]|li|div|blockquote|pre|tr|table|ul|ol|section|figure|dt|dd)>|<br\s*\/?>/gi;

/** Plain text of an HTML fragment: tags dropped, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(html.replace(BLOCK_END_RE, '\n').replace(TAG_RE, ''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

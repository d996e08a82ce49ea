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

// Elements whose end (or a <br>) becomes a line break in the plain text.
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'pre', 'tr', 'table', 'ul', 'ol', 'section', 'figure', 'dt', 'dd', 'br', 'header', 'footer']);
const SKIP_CONTENT = new Set(['style', 'script']);

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

/** Plain text of an HTML fragment: tags dropped, block ends as line breaks, entities decoded. One pass. */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt);
    if (gt === -1) {
      out += html.slice(lt);
      break;
    }
    const closing = html.charCodeAt(lt + 1) === 47;
    const name = tagName(html, lt + (closing ? 2 : 1));
    i = gt + 1;
    if (!closing && SKIP_CONTENT.has(name)) {
      const end = html.indexOf(`</${name}`, i);
      i = end === -1 ? n : html.indexOf('>', end) + 1 || n;
    } else if ((closing || name === 'br') && BLOCK.has(name)) {
      out += '\n';
    }
  }
  if (out.includes('&')) out = decodeEntities(out);
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, (m) => (m.indexOf('\n') !== m.lastIndexOf('\n') ? '\n\n' : '\n'))
    .trim();
}

/** Words a reader sees in an HTML fragment (tags skipped, style and script content ignored). */
export function countWords(html: string): number {
  let words = 0;
  let inWord = false;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const gt = html.indexOf('>', i);
      if (gt === -1) break;
      const name = html.charCodeAt(i + 1) === 47 ? '' : tagName(html, i + 1);
      if (BLOCK.has(name) || name === 'img') inWord = false;
      i = gt + 1;
      if (SKIP_CONTENT.has(name)) {
        const end = html.indexOf(`</${name}`, i);
        i = end === -1 ? n : html.indexOf('>', end) + 1 || n;
      }
      continue;
    }
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
    i++;
  }
  return words;
}

// Escaping and entity decoding for the sanitiser and for plain-text views of slides and notes.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const ESCAPE_RE = /[&<>"']/g;
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for use in HTML content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape: testing first spares a copy of it.
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_RE, (c) => ESCAPES[c]) : text;
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
  return text.replace(ENTITY_RE, decodeReference);
}

/** One character reference, from ENTITY_RE's match: decimal, hex or named; unknown names stay. */
function decodeReference(whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (dec) return fromCodePoint(parseInt(dec, 10));
  if (hex) return fromCodePoint(parseInt(hex, 16));
  const named = NAMED[name!] ?? NAMED[name!.toLowerCase()];
  return named ?? whole;
}

// Elements whose end (or a <br>) becomes a line break in the plain text.
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'pre', 'tr', 'table', 'ul', 'ol', 'section', 'figure', 'dt', 'dd', 'br', 'header', 'footer']);
const SKIP_CONTENT = new Set(['style', 'script']);

/** The lowercase name of the tag whose name starts at `from` (after `<` or `</`). */
export function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

const ENTITY_AT = new RegExp(ENTITY_RE.source, 'y');

// The references marked and the sanitiser write themselves, read without a regex match.
const COMMON_REFERENCES: ReadonlyArray<readonly [string, string]> = [['&quot;', '"'], ['&amp;', '&'], ['&#39;', "'"], ['&lt;', '<'], ['&gt;', '>']];

function commonReferenceAt(html: string, at: number): number | undefined {
  for (let k = 0; k < COMMON_REFERENCES.length; k++) if (html.startsWith(COMMON_REFERENCES[k][0], at)) return k;
  return undefined;
}

/** Text that is not markup, an entity or whitespace, with single spaces between its words. */
const PLAIN_RUN = /[^<& \n\t\u00a0]+(?: [^<& \n\t\u00a0]+)*/y;

/**
 * Plain text of an HTML fragment, in one pass: tags dropped, block ends as line breaks, entities
 * decoded; runs of spaces and tabs become one space, a line break eats the spaces around it, two or
 * more line breaks become one blank line, and the ends are trimmed.
 */
export function htmlToText(html: string): string {
  let out = '';
  let space = false;
  let breaks = 0;
  // Separators are written only before the next text, so trailing (and leading) ones vanish.
  const put = (text: string) => {
    if (out !== '') {
      if (breaks > 0) out += breaks > 1 ? '\n\n' : '\n';
      else if (space) out += ' ';
    }
    out += text;
    space = false;
    breaks = 0;
  };
  const n = html.length;
  let run = 0; // start of the ordinary text not yet written
  let i = 0;
  while (i < n) {
    // Ordinary text, single spaces between words included, is skipped in whole runs.
    PLAIN_RUN.lastIndex = i;
    if (PLAIN_RUN.test(html)) {
      i = PLAIN_RUN.lastIndex;
      if (i >= n) break;
    }
    const c = html.charCodeAt(i);
    if (i > run) put(html.slice(run, i));
    if (c === 60) {
      const gt = html.indexOf('>', i);
      if (gt === -1) {
        run = i;
        break;
      }
      const closing = html.charCodeAt(i + 1) === 47;
      const name = tagName(html, i + (closing ? 2 : 1));
      i = gt + 1;
      if (!closing && SKIP_CONTENT.has(name)) {
        const end = html.indexOf(`</${name}`, i);
        i = end === -1 ? n : html.indexOf('>', end) + 1 || n;
      } else if ((closing || name === 'br') && BLOCK.has(name)) {
        breaks++;
      }
    } else if (c === 38) {
      let decoded: string;
      const common = commonReferenceAt(html, i);
      if (common !== undefined) {
        decoded = COMMON_REFERENCES[common][1];
        i += COMMON_REFERENCES[common][0].length;
      } else {
        ENTITY_AT.lastIndex = i;
        const m = ENTITY_AT.exec(html);
        decoded = m ? decodeReference(m[0], m[1], m[2], m[3]) : '&';
        i += m ? m[0].length : 1;
      }
      const d = decoded.length === 1 ? decoded.charCodeAt(0) : 0;
      if (d === 10) breaks++;
      else if (d === 32 || d === 9 || d === 160) space = true;
      else put(decoded);
    } else {
      if (c === 10) breaks++;
      else space = true;
      i++;
    }
    run = i;
  }
  if (n > run) put(run === 0 ? html : html.slice(run));
  return out.trim();
}

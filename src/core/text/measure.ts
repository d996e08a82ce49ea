// How much text a slide shows, from its sanitised HTML, for the overfull-slide check: the words a
// reader sees, and an estimate of the lines below the title (one per block: paragraph, list item,
// heading, table row, line break; long blocks wrap at a projected line's width; code blocks count
// line by line). One hand-written scan for both: it runs on every slide at every keystroke.
import { tagName } from './html';

export interface TextMeasure {
  words: number;
  lines: number;
}

const CHARS_PER_LINE = 55;

// What a tag means to the count, as bit flags.
const ENDS_WORD = 1; // text on either side is two words
const ENDS_LINE = 2; // a block: text after it starts a new line
const PRE = 4;
const HEADING = 8;
const SKIP = 16; // content is not text (style, script)
const BLOCK = ENDS_WORD | ENDS_LINE;
const TAGS = new Map<string, number>([
  ...['p', 'li', 'tr', 'dt', 'dd', 'blockquote', 'figcaption', 'div', 'ul', 'ol', 'table', 'thead', 'tbody', 'section', 'aside', 'header', 'footer', 'br'].map((t) => [t, BLOCK] as const),
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, BLOCK | HEADING] as const),
  ['pre', BLOCK | PRE], ['figure', ENDS_WORD], ['img', ENDS_WORD], ['style', SKIP], ['script', SKIP],
]);

const LT = 60;
const SLASH = 47;
const AMP = 38;
const SEMICOLON = 59;
const NEWLINE = 10;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 160;

/** Words and lines of text in an HTML fragment; the first heading is left out of the lines when `title` is set. */
export function measureText(html: string, title = ''): TextMeasure {
  let words = 0;
  let inWord = false;
  let lines = 0;
  let blockChars = 0;
  let lastWasSpace = true;
  let inCode = false;
  let codeNewlines = 0;
  let codeHasText = false;
  let codeLast = 0;
  let skipTitle = title !== '';
  let inTitle = false;
  const endBlock = () => {
    lines += Math.ceil(blockChars / CHARS_PER_LINE);
    blockChars = 0;
    lastWasSpace = true;
  };
  const endCode = () => {
    if (inCode && codeHasText) lines += codeNewlines + (codeLast === NEWLINE ? 0 : 1);
    inCode = false;
  };
  const n = html.length;
  for (let i = 0; i < n; i++) {
    const c = html.charCodeAt(i);
    const close = c === LT ? html.indexOf('>', i) : -1;
    if (close !== -1) {
      const closing = html.charCodeAt(i + 1) === SLASH;
      const name = tagName(html, i + (closing ? 2 : 1));
      const kind = TAGS.get(name) ?? 0;
      i = close;
      if (kind & ENDS_WORD) inWord = false;
      if (kind & SKIP) {
        if (closing) continue;
        const endTag = html.indexOf(`</${name}`, i);
        const gt = endTag === -1 ? -1 : html.indexOf('>', endTag);
        i = gt === -1 ? n : gt;
      } else if (kind & PRE) {
        if (closing) endCode();
        else { endBlock(); inCode = true; codeNewlines = 0; codeHasText = false; codeLast = 0; }
      } else if (inCode) {
        continue;
      } else if (kind & HEADING && (skipTitle || inTitle)) {
        if (closing) { inTitle = false; blockChars = 0; } else { endBlock(); inTitle = true; skipTitle = false; }
      } else if (kind & ENDS_LINE) {
        endBlock();
      }
      continue;
    }
    if (c === AMP) {
      // A character reference shows as one character (a non-breaking one joins words).
      const semi = html.indexOf(';', i);
      if (semi !== -1 && semi - i <= 32 && isReference(html, i + 1, semi)) i = semi;
    }
    const space = isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
    if (inCode) {
      if (c === NEWLINE) codeNewlines++;
      else if (!space) codeHasText = true;
      codeLast = c;
    } else if (inTitle) {
      continue;
    } else if (space) {
      if (!lastWasSpace) { blockChars++; lastWasSpace = true; }
    } else {
      blockChars++;
      lastWasSpace = false;
    }
  }
  endBlock();
  endCode();
  return { words, lines };
}

/** `&name;`, `&#123;` or `&#x1F;` between `from` and the semicolon. */
function isReference(html: string, from: number, semi: number): boolean {
  if (from === semi) return false;
  for (let k = from; k < semi; k++) {
    const c = html.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c === 35 && k === from))) return false;
  }
  return html.charCodeAt(semi) === SEMICOLON;
}

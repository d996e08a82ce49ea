// Estimates how many lines of text a slide shows, from its sanitised HTML: one per block (paragraph,
// list item, heading, table row, line break), long blocks wrapping at a projected line's width,
// code blocks counted line by line. An estimate is enough: it only decides an overfull warning.
// A hand-written single scan (no regex tokens): it runs on every slide at every keystroke.
const CHARS_PER_LINE = 55;
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'dt', 'dd', 'blockquote', 'figcaption', 'div', 'ul', 'ol', 'table', 'thead', 'tbody', 'section', 'aside', 'header', 'footer', 'br']);
const HEADING = /^h[1-6]$/;
const LT = 60;
const SLASH = 47;
const AMP = 38;
const NEWLINE = 10;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** Lines of text on a slide, not counting its title heading (the first heading, when `title` is set). */
export function visibleLines(html: string, title = ''): number {
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
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    const close = c === LT ? html.indexOf('>', i) : -1;
    if (close !== -1) {
      const closing = html.charCodeAt(i + 1) === SLASH;
      let end = i + (closing ? 2 : 1);
      const start = end;
      while (end < close && isNameChar(html.charCodeAt(end))) end++;
      const tag = html.slice(start, end).toLowerCase();
      i = close;
      if (tag === 'pre') {
        if (closing) endCode();
        else { endBlock(); inCode = true; codeNewlines = 0; codeHasText = false; codeLast = 0; }
      } else if (inCode) {
        continue;
      } else if (HEADING.test(tag) && (skipTitle || inTitle)) {
        if (closing) { inTitle = false; blockChars = 0; } else { endBlock(); inTitle = true; skipTitle = false; }
      } else if (BLOCK.has(tag)) {
        endBlock();
      }
    } else if (inCode) {
      if (c === NEWLINE) codeNewlines++;
      else if (!isSpace(c)) codeHasText = true;
      codeLast = c;
    } else if (inTitle) {
      continue;
    } else if (isSpace(c)) {
      if (!lastWasSpace) { blockChars++; lastWasSpace = true; }
    } else {
      if (c === AMP) {
        const semi = html.indexOf(';', i);
        if (semi !== -1 && semi - i <= 32) i = semi; // an entity shows as one character
      }
      blockChars++;
      lastWasSpace = false;
    }
  }
  endBlock();
  endCode();
  return lines;
}

// Plain prose (speaker notes are mostly that) rendered without running marked: text that contains
// nothing Markdown could read as syntax becomes paragraphs exactly as marked would write them. A
// property test holds this to marked's own output.

// Anything that could start a block (at a line start: indent, list marker, digit, a table's `:-`
// delimiter row) or inline syntax (emphasis, code, links, HTML, references, escapes, tables, line
// breaks, autolinks) sends the text to marked; so do control characters, tabs and whitespace at
// either end. Three simple scans cost less than one pattern trying every alternative at every
// character.
// eslint-disable-next-line no-control-regex
const SYNTAX_CHARACTER = /[\\`*_[\]<>#|~=&@\t\x00-\x09\x0b-\x1f\x7f]/;
const LINE_START_OR_BREAK = /\n[ +\-\d:]| \n/;
const AUTOLINK = /:\/\/|www\.|mailto:|xmpp:/i;
const WHITESPACE = /\s/;

function startsBlock(code: number): boolean {
  return code === 43 /* + */ || code === 45 /* - */ || (code >= 48 && code <= 57);
}

export function isPlainProse(text: string): boolean {
  if (text === '') return false;
  const first = text[0];
  if (WHITESPACE.test(first) || startsBlock(first.charCodeAt(0)) || WHITESPACE.test(text[text.length - 1])) return false;
  return !SYNTAX_CHARACTER.test(text) && !LINE_START_OR_BREAK.test(text) && !AUTOLINK.test(text);
}

const PARAGRAPH_BREAK = /\n{2,}/g;
const QUOTES = /["']/g;
const quote = (c: string) => (c === '"' ? '&quot;' : '&#39;');

/** marked's HTML for plain prose: one <p> per paragraph, the blank lines between them kept. */
export function renderPlainProse(text: string): string {
  let html = '';
  let from = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    html += `<p>${text.slice(from, m.index).replace(QUOTES, quote)}</p>\n${m[0]}`;
    from = m.index + m[0].length;
  }
  return `${html}<p>${text.slice(from).replace(QUOTES, quote)}</p>\n`;
}

// Slide HTML reduced to its readable text for the outline: paragraphs, lists, quotes, tables and
// inline emphasis stay (as plain tags, in source order); pictures, media and the slide's own title
// go; any other heading becomes an <h3> under the slide's <h2>. Input is the engine's sanitised HTML.
import { esc } from './text';

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;
const KEEP = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'b', 'em', 'i', 'code', 'pre', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'sub', 'sup', 's', 'del', 'mark', 'kbd']);
const HEADING = /^h[1-6]$/;
/** Elements dropped with everything inside them. */
const DROP = new Set(['video', 'audio', 'svg', 'iframe', 'object', 'canvas', 'style', 'script', 'noscript', 'template', 'aside', 'math']);
/** Elements that separate words but carry no structure of their own. */
const BLOCKISH = new Set(['div', 'section', 'figure', 'figcaption', 'header', 'footer', 'span', 'details', 'summary']);
const HREF = /\bhref\s*=\s*("([^"]*)"|'([^']*)')/i;
const EMPTY = /<(p|li|ul|ol|blockquote|h3|strong|em|b|i|td|th|tr|table|dt|dd|dl)>\s*<\/\1>/g;

function link(attrs: string): string {
  const m = HREF.exec(attrs);
  const href = m ? (m[2] ?? m[3] ?? '') : '';
  return /^(https?:|mailto:|tel:)/i.test(href) ? `<a href="${href}">` : '<a>';
}

/** The readable text of a slide as simple HTML. `dropTitle` removes the first heading (shown as the slide's <h2>). */
export function outlineHtml(html: string, dropTitle = true): string {
  let out = '';
  let skipDepth = 0; // inside a dropped element (its nesting depth)
  let skipName = '';
  let titleDropped = !dropTitle;
  let from = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const text = html.slice(from, m.index);
    from = m.index + m[0].length;
    if (!skipDepth) out += text;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (skipDepth) {
      if (name === skipName) skipDepth += closing ? -1 : /\/\s*$/.test(m[3]) ? 0 : 1;
      continue;
    }
    if (DROP.has(name) || (!titleDropped && HEADING.test(name) && !closing)) {
      if (HEADING.test(name)) titleDropped = true;
      if (!closing) { skipDepth = 1; skipName = name; }
      continue;
    }
    if (KEEP.has(name)) out += closing ? `</${name}>` : `<${name}>`;
    else if (HEADING.test(name)) out += closing ? '</h3>' : '<h3>';
    else if (name === 'a') out += closing ? '</a>' : link(m[3]);
    else if (BLOCKISH.has(name)) out += ' ';
    // anything else (img, source, input, ...) leaves no trace
  }
  out += skipDepth ? '' : html.slice(from);
  let prev;
  do { prev = out; out = out.replace(EMPTY, ''); } while (out !== prev);
  return out.trim();
}

/** Plain text turned into a paragraph (front-matter strings: content note, resources). */
export function textParagraph(text: string, className = ''): string {
  return `<p${className ? ` class="${className}"` : ''}>${esc(text)}</p>`;
}

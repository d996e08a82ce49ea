// reveal.js attribute comments: `<!-- .slide: ... -->` sets <section> attributes and
// `<!-- .element: ... -->` sets them on the element before it (or on its parent when none is).
import { decodeEntities, tagName } from '../text/html';
import { type Attribute, serializeAttributes, type SanitizeHooks } from './sanitize';
import { VOID_ELEMENTS } from './html-policy';

const DIRECTIVE = /^\s*\.(slide|element)\s*:?\s*([\s\S]*?)\s*$/;
const ATTRIBUTE = /([^\s"'=<>`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// An element comment is held in the rendered HTML as `<!--N-->` until its target is known. No deck
// can forge one: marked escapes every `<` of text and the sanitiser drops every other comment. (It
// also keeps the HTML in one-byte characters, which private-use marker characters did not.)
export const MARKER_OPEN = '<!--';
export const MARKER_CLOSE = '-->';
const SERIALIZED_ATTRIBUTE = /([^\s="]+)(?:="([^"]*)")?/g;

export interface AttributeComment {
  target: 'slide' | 'element';
  attributes: Attribute[];
}

/** `class="fragment" data-fragment-index="2"` → pairs, values entity-decoded. */
export function parseAttributeList(text: string): Attribute[] {
  const out: Attribute[] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) out.push([m[1], decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  return out;
}

export function readAttributeComment(comment: string): AttributeComment | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  return { target: match[1] as 'slide' | 'element', attributes: parseAttributeList(match[2]) };
}

interface Span {
  tag: string;
  start: number;
  end: number;
  inSvg: boolean;
}

interface Open extends Span {
  lastChild?: Span;
  /** Offset just after the element's end tag, once closed. */
  closeEnd?: number;
}

/**
 * Replaces element markers in rendered HTML by attributes on their target element, following
 * reveal.js's markdown plugin: the nearest preceding sibling element (not <br>), else the parent.
 * A marker with neither gives its attributes to the slide's <section>.
 */
export function applyElementAttributes(html: string, markers: Attribute[][], hooks?: SanitizeHooks): { html: string; section: Attribute[] } {
  const stack: Open[] = [];
  let rootLastChild: Span | undefined;
  const edits: Edit[] = [];
  const section: Attribute[] = [];
  const removals: Array<[number, number]> = [];
  const setLastChild = (span: Span) => {
    if (span.tag === 'br') return;
    if (stack.length) stack[stack.length - 1].lastChild = span;
    else rootLastChild = span;
  };
  const target = (attrs: Attribute[], at: number) => {
    const top = stack[stack.length - 1];
    let span: Span | undefined = top ? top.lastChild ?? top : rootLastChild;
    // reveal.js 6: a comment right under a list (no blank line) belongs to the list's last item.
    if (span && span !== top && (span.tag === 'ul' || span.tag === 'ol') && (span as Open).lastChild && !/\n[ \t]*\n/.test(html.slice((span as Open).closeEnd ?? span.end, at))) {
      span = (span as Open).lastChild;
    }
    if (!span) {
      section.push(...attrs);
      return;
    }
    const edit = edits.find((e) => e.span === span);
    if (edit) edit.attrs.push(...attrs);
    else edits.push({ span, attrs: [...attrs] });
  };

  const lastMarker = html.lastIndexOf(MARKER_OPEN);
  let nextMarker = html.indexOf(MARKER_OPEN);
  let i = 0;
  // Elements after the last marker cannot be a target: the scan stops there.
  while (i <= lastMarker) {
    let lt = html.indexOf('<', i);
    if (lt === -1 || lt > lastMarker) lt = Infinity;
    if (nextMarker !== -1 && nextMarker <= lt) {
      const close = html.indexOf(MARKER_CLOSE, nextMarker);
      const digits = close === -1 ? '' : html.slice(nextMarker + MARKER_OPEN.length, close);
      if (!/^\d+$/.test(digits)) {
        i = nextMarker + 1;
        nextMarker = html.indexOf(MARKER_OPEN, i);
        continue;
      }
      removals.push([nextMarker, close + MARKER_CLOSE.length]);
      target(markers[Number(digits)] ?? [], nextMarker);
      i = close + MARKER_CLOSE.length;
      nextMarker = html.indexOf(MARKER_OPEN, i);
      continue;
    }
    if (lt === Infinity) break;
    const tag = readTagAt(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = tag.end;
    const parentSvg = stack.length > 0 && stack[stack.length - 1].inSvg;
    const span: Span = { tag: tag.name, start: lt, end: tag.end, inSvg: parentSvg || tag.name === 'svg' };
    if (tag.closing) {
      let index = stack.length - 1;
      while (index >= 0 && stack[index].tag !== tag.name) index--;
      if (index < 0) continue;
      const closed = stack[index];
      closed.closeEnd = tag.end;
      stack.length = index;
      setLastChild(closed);
    } else if (VOID_ELEMENTS.has(tag.name) || tag.selfClosing || tag.name === 'style') {
      setLastChild(span);
    } else {
      stack.push(span);
    }
  }
  return { html: splice(html, edits, removals, hooks), section };
}

/** The tag starting at `lt` in sanitised HTML (attribute values double-quoted), or undefined when none does. */
function readTagAt(html: string, lt: number): { name: string; closing: boolean; selfClosing: boolean; end: number } | undefined {
  const closing = html.charCodeAt(lt + 1) === 47;
  const from = lt + (closing ? 2 : 1);
  const name = tagName(html, from);
  const first = name.charCodeAt(0); // a tag name starts with a letter (`<1` or `< ` is text)
  if (!(first >= 97 && first <= 122)) return undefined;
  let i = from + name.length;
  // The tag ends at the first `>` outside a quoted value.
  for (;;) {
    const gt = html.indexOf('>', i);
    if (gt === -1) return undefined;
    const quote = html.indexOf('"', i);
    if (quote === -1 || quote > gt) return { name, closing, selfClosing: html.charCodeAt(gt - 1) === 47, end: gt + 1 };
    const unquote = html.indexOf('"', quote + 1);
    if (unquote === -1) return undefined;
    i = unquote + 1;
  }
}

interface Edit {
  span: Span;
  attrs: Attribute[];
}

/** The element's own (already sanitised) attributes, then the comment's, later ones replacing earlier. */
function mergedAttributes(html: string, span: Span, selfClose: boolean, attrs: Attribute[]): Attribute[] {
  const merged: Attribute[] = [];
  const put = (name: string, value: string) => {
    const at = merged.findIndex(([n]) => n === name);
    if (at === -1) merged.push([name, value]);
    else merged[at] = [name, value];
  };
  const inner = html.slice(span.start + 1 + span.tag.length, span.end - (selfClose ? 2 : 1));
  SERIALIZED_ATTRIBUTE.lastIndex = 0;
  for (let m = SERIALIZED_ATTRIBUTE.exec(inner); m; m = SERIALIZED_ATTRIBUTE.exec(inner)) put(m[1], decodeEntities(m[2] ?? ''));
  for (const [name, value] of attrs) put(name.toLowerCase(), value);
  return merged;
}

/** The HTML with markers removed and edited elements' start tags rewritten (edits sit before their markers). */
function splice(html: string, edits: Edit[], removals: Array<[number, number]>, hooks?: SanitizeHooks): string {
  edits.sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let last = 0;
  let e = 0;
  let r = 0;
  while (e < edits.length || r < removals.length) {
    if (e < edits.length && (r === removals.length || edits[e].span.start < removals[r][0])) {
      const { span, attrs } = edits[e++];
      const selfClose = html.charCodeAt(span.end - 2) === 47;
      const serialized = serializeAttributes(span.tag, mergedAttributes(html, span, selfClose, attrs), span.inSvg, hooks);
      out += `${html.slice(last, span.start)}<${span.tag}${serialized}${selfClose ? '/>' : '>'}`;
      last = span.end;
    } else {
      const [start, end] = removals[r++];
      out += html.slice(last, start);
      last = end;
    }
  }
  return out + html.slice(last);
}

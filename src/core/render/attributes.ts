// reveal.js attribute comments: `<!-- .slide: ... -->` sets <section> attributes and
// `<!-- .element: ... -->` sets them on the element before it (or on its parent when none is).
import { decodeEntities } from '../text/html';
import { type Attribute, serializeAttributes, type SanitizeHooks } from './sanitize';
import { VOID_ELEMENTS } from './html-policy';

const DIRECTIVE = /^\s*\.(slide|element)\s*:?\s*([\s\S]*?)\s*$/;
const ATTRIBUTE = /([^\s"'=<>`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
export const MARKER_OPEN = '\uE000';
export const MARKER_CLOSE = '\uE001';
const TAG_OR_MARKER = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"]|"[^"]*")*)>|\uE000(\d+)\uE001/g;
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
  const edits = new Map<number, { span: Span; attrs: Attribute[] }>();
  const section: Attribute[] = [];
  const removals: Array<[number, number]> = [];
  const setLastChild = (span: Span) => {
    if (span.tag === 'br') return;
    if (stack.length) stack[stack.length - 1].lastChild = span;
    else rootLastChild = span;
  };
  for (const m of html.matchAll(TAG_OR_MARKER)) {
    const at = m.index!;
    if (m[4] !== undefined) {
      removals.push([at, at + m[0].length]);
      const attrs = markers[Number(m[4])] ?? [];
      const top = stack[stack.length - 1];
      let target: Span | undefined = top ? top.lastChild ?? top : rootLastChild;
      // reveal.js 6: a comment right under a list (no blank line) belongs to the list's last item.
      if (target && target !== top && (target.tag === 'ul' || target.tag === 'ol') && (target as Open).lastChild && !/\n[ \t]*\n/.test(html.slice((target as Open).closeEnd ?? target.end, at))) {
        target = (target as Open).lastChild;
      }
      if (!target) {
        section.push(...attrs);
        continue;
      }
      const edit = edits.get(target.start) ?? { span: target, attrs: [] };
      edit.attrs.push(...attrs);
      edits.set(target.start, edit);
      continue;
    }
    const tag = m[2].toLowerCase();
    const parentSvg = stack.length > 0 && stack[stack.length - 1].inSvg;
    const span: Span = { tag, start: at, end: at + m[0].length, inSvg: parentSvg || tag === 'svg' };
    if (m[1]) {
      let index = stack.length - 1;
      while (index >= 0 && stack[index].tag !== tag) index--;
      if (index < 0) continue;
      const closed = stack[index];
      closed.closeEnd = at + m[0].length;
      stack.length = index;
      setLastChild(closed);
    } else if (VOID_ELEMENTS.has(tag) || m[3].endsWith('/') || tag === 'style') {
      setLastChild(span);
    } else {
      stack.push(span);
    }
  }
  return { html: splice(html, edits, removals, hooks), section };
}

function splice(html: string, edits: Map<number, { span: Span; attrs: Attribute[] }>, removals: Array<[number, number]>, hooks?: SanitizeHooks): string {
  const cuts: Array<[number, number, string]> = removals.map(([s, e]) => [s, e, '']);
  for (const { span, attrs } of edits.values()) {
    const original = html.slice(span.start, span.end);
    const selfClose = original.endsWith('/>');
    const inner = original.slice(1 + span.tag.length, selfClose ? -2 : -1);
    const merged = new Map<string, string>();
    for (const m of inner.matchAll(SERIALIZED_ATTRIBUTE)) merged.set(m[1], decodeEntities(m[2] ?? ''));
    for (const [name, value] of attrs) merged.set(name.toLowerCase(), value);
    const serialized = serializeAttributes(span.tag, [...merged], span.inSvg, hooks);
    cuts.push([span.start, span.end, `<${span.tag}${serialized}${selfClose ? '/>' : '>'}`]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end, text] of cuts) {
    out += html.slice(last, start) + text;
    last = end;
  }
  return out + html.slice(last);
}

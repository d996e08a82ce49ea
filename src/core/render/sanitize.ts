// A whitelist sanitiser for the raw HTML in decks. It reads HTML the way a browser tokenises it, keeps
// only allowed elements and attributes, and writes its own well-formed markup (every text escaped,
// every attribute double-quoted), so what the browser parses is exactly what was allowed. No DOM.
import type { AssetKind } from '../model';
import { decodeEntities, escapeHtml } from '../text/html';
import { sanitizeCss } from './css';
import { DROP_WITH_CONTENT, RAW_TEXT, URL_ATTRS, VOID_ELEMENTS, isAllowedAttribute, isAllowedElement } from './html-policy';
import { sanitizeUrl } from './url';

export { sanitizeCss } from './css';
export { sanitizeUrl } from './url';

export type Attribute = [name: string, value: string];

export interface SanitizeHooks {
  /** A URL kept in the output (for asset collection); optional when marked `data-optional`. */
  onUrl?(kind: AssetKind, url: string, tag: string, optional: boolean, alt?: string): void;
  /** An HTML comment; the returned string is emitted verbatim (default: dropped). */
  onComment?(text: string): string;
}

// Text may keep well-formed character references; any other `&` is escaped.
const TEXT_ESCAPE = /&(?!(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)|[<>]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const MAY_NEED_ESCAPE = /[&<>]/;
const escapeText = (text: string): string => (MAY_NEED_ESCAPE.test(text) ? text.replace(TEXT_ESCAPE, (c) => TEXT_ESCAPES[c]) : text);

const MEDIA_KIND: Record<string, AssetKind> = { img: 'image', video: 'video', audio: 'audio', source: 'other', track: 'other' };

/** The <video>, <audio> or <picture> a <source> or <track> belongs to. */
export interface MediaParent {
  tag: string;
  optional: boolean;
}

function urlKind(tag: string, name: string, parentMedia: string | undefined): AssetKind {
  if (name === 'href' || name === 'cite') return 'link';
  if (name.startsWith('data-background')) return 'background';
  if (name === 'poster') return 'image';
  if (tag === 'source' && parentMedia) return MEDIA_KIND[parentMedia] ?? 'other';
  return MEDIA_KIND[tag] ?? 'other';
}

function altOf(attrs: Attribute[]): string {
  return attrs.find(([name]) => name.toLowerCase() === 'alt')?.[1] ?? '';
}

function hasOptionalFlag(attrs: Attribute[]): boolean {
  for (let k = 0; k < attrs.length; k++) if (attrs[k][0].toLowerCase() === 'data-optional') return true;
  return false;
}

/** Filters one element's attributes: only allowed ones, first of each name, URLs and CSS made safe. */
export function filterAttributes(tag: string, attrs: Attribute[], inSvg: boolean, hooks?: SanitizeHooks, parent?: MediaParent): Attribute[] {
  const out: Attribute[] = [];
  // The first of each name counts, as in browsers. Elements carry a handful of attributes, where a
  // list is cheaper than a set; hostile markup with hundreds of them gets the set.
  const seenSet = attrs.length > 16 ? new Set<string>() : undefined;
  const seenList: string[] = [];
  const optional = (parent?.optional ?? false) || hasOptionalFlag(attrs);
  for (let k = 0; k < attrs.length; k++) {
    const attr = attrs[k];
    const name = attr[0].toLowerCase();
    if ((seenSet ? seenSet.has(name) : seenList.includes(name)) || !isAllowedAttribute(tag, name, inSvg)) continue;
    if (seenSet) seenSet.add(name);
    else seenList.push(name);
    let value = attr[1];
    const urlContext = URL_ATTRS[name];
    if (urlContext) {
      if (name === 'data-background' && !/[/.]/.test(value)) {
        value = sanitizeCss(value); // a colour, not a URL
      } else {
        const safe = sanitizeUrl(value, urlContext);
        if (safe === undefined) continue;
        value = safe;
        hooks?.onUrl?.(urlKind(tag, name, parent?.tag), value, tag, optional, tag === 'img' && name === 'src' ? altOf(attrs) : undefined);
      }
    } else if (name === 'style' || name.startsWith('data-background')) {
      value = sanitizeCss(value);
    } else if (inSvg && /url\s*\(/i.test(value) && !/^\s*url\(\s*#[\w-]+\s*\)\s*$/.test(value)) {
      continue; // SVG paint servers may only point inside the document
    } else if (name === 'target' && value !== '_blank' && value !== '_self') {
      continue;
    }
    out.push(name === attr[0] && value === attr[1] ? attr : [name, value]);
  }
  if (tag === 'a' && (seenSet ? seenSet.has('target') && !seenSet.has('rel') : seenList.includes('target') && !seenList.includes('rel'))) {
    out.push(['rel', 'noopener noreferrer']);
  }
  return out;
}

/** Filters one element's attributes (see filterAttributes); returns them serialised, a leading space each. */
export function serializeAttributes(tag: string, attrs: Attribute[], inSvg: boolean, hooks?: SanitizeHooks, parent?: MediaParent): string {
  const kept = filterAttributes(tag, attrs, inSvg, hooks, parent);
  let out = '';
  for (let k = 0; k < kept.length; k++) {
    const [name, value] = kept[k];
    out += value === '' && !URL_ATTRS[name] ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

interface OpenElement {
  tag: string;
  inSvg: boolean;
  /** The nearest enclosing <video>, <audio> or <picture>, kept per element so lookups are O(1). */
  media: MediaParent | undefined;
}

/**
 * Sanitises a stream of HTML fragments that belong to one slide (marked hands raw HTML over in pieces:
 * `<div>`, then Markdown, then `</div>`). Elements left open are closed by finish().
 */
export class HtmlSanitizer {
  private readonly stack: OpenElement[] = [];
  /** A dropped element (script, iframe…) whose end tag has not come yet: its content is dropped too. */
  dropping: string | undefined;

  constructor(private readonly hooks: SanitizeHooks = {}) {}

  private get inSvg(): boolean {
    return this.stack.length > 0 && this.stack[this.stack.length - 1].inSvg;
  }

  private get mediaParent(): MediaParent | undefined {
    return this.stack.length > 0 ? this.stack[this.stack.length - 1].media : undefined;
  }

  feed(html: string): string {
    let out = '';
    let i = 0;
    const n = html.length;
    if (this.dropping) {
      const close = findEndTag(html, this.dropping, 0);
      if (close.start === n) return '';
      this.dropping = undefined;
      i = close.end;
    }
    while (i < n) {
      const lt = html.indexOf('<', i);
      if (lt === -1) {
        out += escapeText(html.slice(i));
        break;
      }
      if (lt > i) out += escapeText(html.slice(i, lt));
      i = lt;
      const next = html.charCodeAt(i + 1);
      if (html.startsWith('<!--', i)) {
        i = this.comment(html, i, (text) => (out += this.hooks.onComment?.(text) ?? ''));
      } else if (next === 33 /* ! */ || next === 63 /* ? */) {
        const end = html.indexOf('>', i);
        i = end === -1 ? n : end + 1; // doctype, CDATA, processing instruction: dropped
      } else if (next === 47 /* / */ && isAsciiLetter(html.charCodeAt(i + 2))) {
        const tag = readTag(html, i + 2);
        i = tag.end;
        out += this.endTag(tag.name);
      } else if (isAsciiLetter(next)) {
        const tag = readTag(html, i + 1);
        i = tag.end;
        const result = this.startTag(tag.name, tag.attrs, tag.selfClosing, html, i);
        out += result.html;
        i = result.resume;
      } else {
        out += '&lt;';
        i++;
      }
    }
    return out;
  }

  /** Closes whatever the slide's raw HTML left open. */
  finish(): string {
    let out = '';
    while (this.stack.length) out += `</${this.stack.pop()!.tag}>`;
    return out;
  }

  private comment(html: string, start: number, emit: (text: string) => void): number {
    // `<!-->` and `<!--->` are complete (empty) comments in HTML.
    if (html.startsWith('<!-->', start)) return start + 5;
    if (html.startsWith('<!--->', start)) return start + 6;
    const end = html.indexOf('-->', start + 4);
    const bang = html.indexOf('--!>', start + 4);
    const close = bang !== -1 && (end === -1 || bang < end) ? bang : end;
    if (close === -1) return html.length;
    emit(html.slice(start + 4, close));
    return close + (close === bang ? 4 : 3);
  }

  private startTag(name: string, attrs: Attribute[], selfClosing: boolean, html: string, pos: number): { html: string; resume: number } {
    const inSvg = this.inSvg;
    const rawText = RAW_TEXT.has(name) && !(inSvg && (name === 'title' || name === 'style'));
    let content = '';
    let resume = pos;
    let closed = true;
    if (rawText) {
      const close = findEndTag(html, name, pos);
      content = html.slice(pos, close.start);
      resume = close.end;
      closed = close.start < html.length;
    }
    if (DROP_WITH_CONTENT.has(name) && !(inSvg && name === 'title')) {
      if (!rawText && !VOID_ELEMENTS.has(name) && !selfClosing) {
        const close = findEndTag(html, name, pos);
        resume = close.end;
        closed = close.start < html.length;
      }
      if (!closed && !VOID_ELEMENTS.has(name) && !selfClosing) this.dropping = name;
      return { html: '', resume };
    }
    if (!isAllowedElement(name, inSvg)) return { html: '', resume };
    const nowSvg = inSvg || name === 'svg';
    const open = `<${name}${serializeAttributes(name, attrs, nowSvg, this.hooks, this.mediaParent)}`;
    if (name === 'style') return { html: `${open}>${sanitizeCss(content)}</style>`, resume };
    if (VOID_ELEMENTS.has(name)) return { html: `${open}>`, resume };
    if (selfClosing && nowSvg) return { html: `${open}/>`, resume };
    const isMedia = name === 'video' || name === 'audio' || name === 'picture';
    const media = isMedia ? { tag: name === 'picture' ? 'img' : name, optional: attrs.some(([n]) => n.toLowerCase() === 'data-optional') } : this.mediaParent;
    this.stack.push({ tag: name, inSvg: nowSvg, media });
    return { html: `${open}>`, resume };
  }

  private endTag(name: string): string {
    let index = this.stack.length - 1;
    while (index >= 0 && this.stack[index].tag !== name) index--;
    if (index < 0) return ''; // not opened by this slide's HTML: a stray end tag could close our own markup
    let out = '';
    while (this.stack.length > index) out += `</${this.stack.pop()!.tag}>`;
    return out;
  }
}

/** Sanitises a complete HTML fragment. */
export function sanitizeHtml(html: string, hooks?: SanitizeHooks): string {
  const sanitizer = new HtmlSanitizer(hooks);
  return sanitizer.feed(html) + sanitizer.finish();
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

interface ReadTag {
  name: string;
  attrs: Attribute[];
  selfClosing: boolean;
  end: number;
}

/** Reads a tag's name and attributes the way the HTML tokenizer does, from just after `<` or `</`. */
function readTag(html: string, from: number): ReadTag {
  const n = html.length;
  let i = from;
  while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(from, i).toLowerCase();
  const attrs: Attribute[] = [];
  let selfClosing = false;
  while (i < n) {
    const c = html[i];
    if (c === '>') return { name, attrs, selfClosing, end: i + 1 };
    if (isSpace(html.charCodeAt(i))) { i++; continue; }
    if (c === '/') { selfClosing = html[i + 1] === '>'; i++; continue; }
    selfClosing = false;
    const nameStart = i;
    i++; // a leading `=` belongs to the name
    while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const attrName = html.slice(nameStart, i);
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return { name, attrs: [], selfClosing: false, end: n }; // EOF in a tag: dropped
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    attrs.push([attrName, decodeEntities(value)]);
  }
  return { name, attrs: [], selfClosing: false, end: n }; // EOF in a tag: the browser drops it too
}

function findEndTag(html: string, name: string, from: number): { start: number; end: number } {
  const re = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  re.lastIndex = from;
  const match = re.exec(html);
  if (!match) return { start: html.length, end: html.length };
  const close = html.indexOf('>', match.index);
  return { start: match.index, end: close === -1 ? html.length : close + 1 };
}

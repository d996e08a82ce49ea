// Attribute-level rewriting of the engine's sanitised HTML (asset URLs become export paths or data:
// URIs). The input is already sanitised and well formed; this only edits attribute values of start
// tags, re-escaping every value it writes, and never adds markup from the deck.

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface Tag {
  name: string;
  /** Attribute values decoded (entities resolved); order kept. */
  attributes: Array<[string, string]>;
  selfClosing: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z0-9]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function parseAttributes(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(ATTRIBUTE)) out.push([m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  return out;
}

export function serializeTag(tag: Tag): string {
  const attrs = tag.attributes.map(([k, v]) => (v === '' && BOOLEAN.has(k) ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`)).join('');
  return `<${tag.name}${attrs}${tag.selfClosing ? ' /' : ''}>`;
}

const BOOLEAN = new Set(['controls', 'muted', 'loop', 'playsinline', 'autoplay', 'hidden', 'data-autoplay', 'data-preload']);

/**
 * Calls `edit` for every start tag (that `wants`, when given); its return replaces the tag (a Tag is re-serialised, a string
 * is inserted as is, undefined keeps the original text). Async because edits resolve files.
 */
export async function rewriteTags(html: string, edit: (tag: Tag) => Promise<Tag | string | undefined>, wants?: (name: string, rawAttributes: string) => boolean): Promise<string> {
  const parts: Array<string | Promise<string>> = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (wants && !wants(m[1].toLowerCase(), m[2] ?? '')) continue;
    parts.push(html.slice(last, m.index));
    const original = m[0];
    const tag: Tag = { name: m[1].toLowerCase(), attributes: parseAttributes(m[2] ?? ''), selfClosing: m[3] === '/' };
    parts.push(edit(tag).then((result) => (result === undefined ? original : typeof result === 'string' ? result : serializeTag(result))));
    last = (m.index ?? 0) + original.length;
  }
  parts.push(html.slice(last));
  return (await Promise.all(parts)).join('');
}

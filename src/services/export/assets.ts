// Rewrites the asset URLs in one deck's sanitised HTML for the export: local files resolved inside
// the deck's folder (src/services/assets) and mapped to `assets/...` (folder export) or data: URIs
// (single file); missing or refused files become visible placeholders with a diagnostic naming the
// deck line; remote media become plain links with a warning.
import { resolveAsset, type AssetFs } from '../assets/resolve-asset';
import type { SectionSlide, Slide } from '../../core';
import { escapeAttribute, rewriteTags, serializeTag, type Tag } from './html-tags';
import { dataUri } from './copy';
import { isActiveDocument, isTimedMedia, mimeType } from './mime';
import type { ExportIssue, ExportMode } from './types';

/** A file to copy into the export (folder mode). */
export interface AssetCopy {
  from: string;
  /** Posix path inside the export folder, e.g. `assets/images/a.png`. */
  to: string;
}

type Kind = 'image' | 'media' | 'track' | 'link';

// Which attributes carry which kind of URL, per element.
const URL_ATTRIBUTES: Record<string, Record<string, Kind>> = {
  img: { src: 'image', 'data-src': 'image' },
  video: { src: 'media', 'data-src': 'media', poster: 'image' },
  audio: { src: 'media', 'data-src': 'media' },
  source: { src: 'media', 'data-src': 'media' },
  track: { src: 'track' },
  a: { href: 'link' },
  section: { 'data-background-image': 'image', 'data-background-video': 'media' },
};
const DROPPED = new Set(['srcset', 'data-background-iframe', 'data-srcset']);
// Cheap tests that let most slides (plain text) skip the tag scan, built from the two lists above so
// they cannot fall out of step with them: an element with URLs, or an attribute that is dropped.
const DROPPED_NAMES = [...DROPPED].join('|');
const MAY_HAVE_DROPPED = new RegExp(DROPPED_NAMES, 'i');
const MAY_CARRY_URL = new RegExp(`<(?:${Object.keys(URL_ATTRIBUTES).join('|')})[\\s/>]|${DROPPED_NAMES}`, 'i');

/** The URL-carrying attributes of an element, if it has any (own keys only: tag names are deck input). */
function urlAttributesOf(tag: string): Record<string, Kind> | undefined {
  return Object.hasOwn(URL_ATTRIBUTES, tag) ? URL_ATTRIBUTES[tag] : undefined;
}
const SKIP_URL = /^(?:#|mailto:|tel:|data:)/i;
const REMOTE = /^(?:https?:)?\/\//i;

/** Where a URL sits in the deck, and whether the deck marks it optional. */
interface Where {
  line: number;
  column: number;
  optional?: boolean;
}

export class AssetRewriter {
  readonly issues: ExportIssue[] = [];
  readonly copies = new Map<string, AssetCopy>();
  private readonly inlined = new Map<string, Promise<string>>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly deckFile: string,
    private readonly deckDir: string,
    private readonly mode: ExportMode,
    private readonly fs?: AssetFs,
  ) {}

  /** A slide with its HTML, notes and background attributes rewritten. */
  async slide(slide: Slide): Promise<SectionSlide> {
    const where = (url: string) => {
      const ref = slide.assets.find((a) => a.url.trim() === url.trim());
      return ref ? { line: ref.line, column: ref.column, optional: ref.optional } : { line: slide.lines.start, column: 1 };
    };
    const html = await this.html(slide.html, where);
    const notesHtml = await this.html(slide.notesHtml, where);
    const section = await this.edit({ name: 'section', attributes: Object.entries(slide.attributes), selfClosing: false }, where);
    const attributes = typeof section === 'object' ? Object.fromEntries(section.attributes) : slide.attributes;
    return { index: slide.index, h: slide.h, html, notesHtml, attributes };
  }

  html(html: string, where: (url: string) => Where): Promise<string> {
    if (!html || !MAY_CARRY_URL.test(html)) return Promise.resolve(html);
    return rewriteTags(html, (tag) => this.edit(tag, where), (name, attributes) => urlAttributesOf(name) !== undefined || MAY_HAVE_DROPPED.test(attributes));
  }

  private issue(severity: ExportIssue['severity'], code: string, at: { line: number; column: number }, message: string): void {
    const key = `${code}:${at.line}:${at.column}:${message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.issues.push({ severity, code, file: this.deckFile, line: at.line, column: at.column, message });
  }

  private async edit(tag: Tag, where: (url: string) => Where): Promise<Tag | string | undefined> {
    const kinds = urlAttributesOf(tag.name);
    if (!kinds && !tag.attributes.some(([k]) => DROPPED.has(k))) return undefined;
    const attributes: Array<[string, string]> = [];
    let before = '';
    let hide = false;
    for (const [name, value] of tag.attributes) {
      if (DROPPED.has(name)) continue;
      const kind = kinds?.[name];
      if (!kind || value.trim() === '' || SKIP_URL.test(value.trim())) { attributes.push([name, value]); continue; }
      const outcome = await this.url(value, kind, tag.name, where(value));
      if (outcome.url !== undefined) attributes.push([name, outcome.url]);
      if (outcome.note) before += outcome.note;
      if (outcome.hide) hide = true;
    }
    if (hide && !attributes.some(([k]) => k === 'hidden')) attributes.push(['hidden', '']);
    const rewritten: Tag = { ...tag, attributes };
    if (before && tag.name === 'img') return before; // a void element: the note replaces it
    if (before) return `${before}${serializeTag(rewritten)}`;
    return rewritten;
  }

  /** What becomes of one URL: a new value, and/or a visible note placed before the element. */
  private async url(value: string, kind: Kind, element: string, at: Where): Promise<{ url?: string; note?: string; hide?: boolean }> {
    const written = value.trim();
    const media = kind === 'media' || kind === 'track';
    if (REMOTE.test(written)) {
      if (kind === 'link') return { url: written };
      this.issue('warning', 'asset-remote', at, `${describe(kind, element)} "${written}" is on the internet and will not show offline; the export shows a link to it instead. Download it into the deck's folder and link the copy.`);
      if (element === 'section') return {};
      return { note: remoteLink(written, kind), hide: element !== 'img' && element !== 'source' && element !== 'track' };
    }
    const resolved = await resolveAsset(this.deckDir, written, this.fs);
    if (!resolved.ok) {
      // Codes as `podium lint` reports them (src/services/deck-files/check-assets.ts).
      if (kind === 'link' && resolved.reason === 'missing') {
        this.issue('warning', 'missing-asset', at, `Link target ${resolved.message}`);
        return { url: written };
      }
      const refused = resolved.reason === 'outside' || resolved.reason === 'absolute';
      if (refused) this.issue('error', 'asset-outside-deck', at, resolved.message);
      else if (resolved.reason !== 'missing') this.issue('warning', 'asset-invalid', at, resolved.message);
      else if (at.optional) this.issue('info', 'optional-asset-missing', at, `${resolved.message} It is marked optional: the export shows a placeholder; add the file and export again to include it.`);
      else this.issue('warning', 'missing-asset', at, resolved.message);
      if (kind === 'link') return {};
      return this.placeholder(kind, element, `${refused ? 'Not allowed' : 'Missing'}: ${written}`);
    }
    if (kind === 'link' && isActiveDocument(resolved.relative)) {
      this.issue('warning', 'link-active-file', at, `The link to "${written}" opens a web page or script file, which an export never carries (it could run code): link a PDF or an image instead.`);
      return {};
    }
    if (this.mode === 'folder') {
      const to = `assets/${resolved.relative}`;
      this.copies.set(resolved.absolute, { from: resolved.absolute, to });
      return { url: to.split('/').map(encodeURIComponent).join('/') };
    }
    // Single file: images and tracks are inlined; timed media and linked files cannot travel in it.
    if (media && isTimedMedia(resolved.relative)) {
      this.issue('warning', 'media-left-out', at, `The ${mimeType(resolved.relative).split('/')[0]} "${written}" is not inlined in a single-file export (too large to email): it is left out. Export as a folder to keep it.`);
      return this.placeholder(kind, element, `Left out of this single file: ${written}`);
    }
    if (kind === 'link') {
      this.issue('warning', 'link-left-out', at, `The linked file "${written}" does not travel inside a single-file export: the link is kept but will only work next to the deck. Export as a folder to carry it.`);
      return { url: written };
    }
    return { url: await this.inline(resolved.absolute) };
  }

  private inline(path: string): Promise<string> {
    let uri = this.inlined.get(path);
    if (!uri) {
      uri = dataUri(path);
      this.inlined.set(path, uri);
    }
    return uri;
  }

  private placeholder(kind: Kind, element: string, text: string): { url?: string; note?: string; hide?: boolean } {
    if (kind === 'image') return { url: placeholderSvg(text) };
    // A missing background video or <source>/<track> is simply dropped (the element stays usable).
    if (element === 'section' || element === 'source' || element === 'track') return {};
    return { note: `<span class="podium-missing" role="note">${escapeText(text)}</span>`, hide: true };
  }
}

function describe(kind: Kind, element: string): string {
  if (element === 'section') return 'The slide background';
  return kind === 'image' ? 'The image' : kind === 'track' ? 'The subtitle track' : element === 'audio' ? 'The audio' : 'The video';
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function remoteLink(url: string, kind: Kind): string {
  const label = kind === 'image' ? 'Online image' : 'Online media';
  return `<a class="podium-remote" href="${escapeAttribute(url)}">${label} (needs internet): ${escapeText(url)}</a>`;
}

/** A visible stand-in image: dashed box naming what is missing (SVG in <img> never runs script). */
export function placeholderSvg(text: string): string {
  const shown = text.length > 90 ? `${text.slice(0, 87)}...` : text;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="160" viewBox="0 0 960 160"><rect x="4" y="4" width="952" height="152" rx="12" fill="#fff1e6" stroke="#7a1a00" stroke-width="6" stroke-dasharray="18 10"/><text x="480" y="92" font-family="sans-serif" font-size="30" text-anchor="middle" fill="#7a1a00">${escapeText(shown).replace(/"/g, '&quot;')}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

// Markdown → sanitised slide HTML with marked. Raw HTML goes through the whitelist sanitiser as
// marked hands it over; links and images are built here so their URLs are checked too.
import { Marked, Renderer, type Tokens } from 'marked';
import type { AssetKind, Dialect, SlideBackground } from '../model';
import { decodeEntities, escapeHtml } from '../text/html';
import { MARKER_CLOSE, MARKER_OPEN, applyElementAttributes, readAttributeComment } from './attributes';
import { type Attribute, HtmlSanitizer, type SanitizeHooks } from './sanitize';
import { sanitizeUrl } from './url';
import { readImageKeywords } from './marp-image';
import { isPlainProse, renderPlainProse } from './plain-prose';

export interface RenderedAsset {
  kind: AssetKind;
  url: string;
  alt?: string;
  optional?: boolean;
}

export interface RenderedMarkdown {
  html: string;
  /** Attributes from `.slide:` comments (and `.element:` comments with no element before them). */
  slideAttributes: Attribute[];
  assets: RenderedAsset[];
  /** Marp `![bg](…)` background. */
  background?: SlideBackground;
}

const LINE_NUMBERS = /\[\s*((\d*):)?\s*([\s\d,|-]*)\]/;
const VIDEO_EXT = /\.(mp4|m4v|webm|ogv|mov)(?:[?#].*)?$/i;
const AUDIO_EXT = /\.(mp3|m4a|aac|oga|ogg|opus|wav|flac)(?:[?#].*)?$/i;

interface RenderState {
  sanitizer: HtmlSanitizer;
  hooks: SanitizeHooks;
  assets: RenderedAsset[];
  dialect: Dialect;
  background?: SlideBackground;
}

// marked's renderer has no per-call context; renders are synchronous, so one slot is enough.
let state: RenderState | undefined;

function current(): RenderState {
  if (!state) throw new Error('renderMarkdown: no render in progress');
  return state;
}

function mediaElement(tag: 'video' | 'audio', src: string, alt: string, title: string | null | undefined): string {
  const label = alt ? ` aria-label="${escapeHtml(alt)}"` : '';
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
  const fallback = escapeHtml(alt || src);
  return `<${tag} src="${escapeHtml(src)}" controls preload="metadata"${label}${titleAttr}>${fallback}</${tag}>`;
}

// Podium's renderer is a subclass handed to marked as its renderer, not a `use({ renderer })`
// extension: marked wraps each extension method in a generic forwarding call, and text and space
// renderers run for nearly every token.
class SlideRenderer extends Renderer<string, string> {
  // Blank lines stay in the output, as in reveal.js: they decide which element a comment targets.
  override space({ raw }: Tokens.Space): string {
    return raw;
  }

  // As reveal.js: the language is the class (for its highlighter) and `js [1-2|4]` marks line steps.
  override code({ text, lang }: Tokens.Code): string {
    let language = (lang ?? '').trim();
    let extra = '';
    const steps = LINE_NUMBERS.exec(language);
    if (steps) {
      if (steps[2]) extra += ` data-ln-start-from="${escapeHtml(steps[2].trim())}"`;
      extra = ` data-line-numbers="${escapeHtml(steps[3].trim())}"${extra}`;
      language = language.replace(LINE_NUMBERS, '').trim();
    }
    const cls = language ? ` class="${escapeHtml(language.split(/\s+/)[0])}"` : '';
    return `<pre><code${extra}${cls}>${escapeHtml(text)}</code></pre>`;
  }

  // marked passes text after an inline <script>/<pre> through unescaped; ours never is.
  // Text between an inline <script> and its end tag is dropped with it.
  override text(token: Tokens.Text | Tokens.Escape): string {
    if (current().sanitizer.dropping) return '';
    if (token.type === 'text' && token.escaped && !token.tokens) return escapeHtml(token.text);
    return super.text(token);
  }

  override html({ text }: Tokens.HTML | Tokens.Tag): string {
    return current().sanitizer.feed(text);
  }

  override link(token: Tokens.Link): string {
    const inner = this.parser.parseInline(token.tokens);
    const href = sanitizeUrl(decodeEntities(token.href), 'href');
    if (href === undefined) return inner;
    if (!href.startsWith('#')) current().assets.push({ kind: 'link', url: href });
    const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
    return `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
  }

  override image(token: Tokens.Image): string {
    const s = current();
    const url = decodeEntities(token.href);
    const image = s.dialect === 'marp' ? readImageKeywords(token.text) : { alt: token.text };
    const src = sanitizeUrl(url, 'src');
    if (src === undefined) return escapeHtml(image.alt);
    if (image.background) {
      s.assets.push({ kind: 'background', url: src });
      s.background ??= { image: src, size: image.background.size, position: image.background.position };
      return '';
    }
    if (VIDEO_EXT.test(src)) {
      s.assets.push({ kind: 'video', url: src, alt: image.alt });
      return mediaElement('video', src, image.alt, token.title);
    }
    if (AUDIO_EXT.test(src)) {
      s.assets.push({ kind: 'audio', url: src, alt: image.alt });
      return mediaElement('audio', src, image.alt, token.title);
    }
    s.assets.push({ kind: 'image', url: src, alt: image.alt });
    const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
    const size = (image.width ? ` width="${escapeHtml(image.width)}"` : '') + (image.height ? ` height="${escapeHtml(image.height)}"` : '');
    const style = image.style ? ` style="${escapeHtml(image.style)}"` : '';
    return `<img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}"${title}${size}${style}>`;
  }
}

const marked = new Marked({ gfm: true, breaks: false, async: false });
marked.setOptions({ renderer: new SlideRenderer() });

/** Renders one slide's (or one note's) Markdown. Never throws for any text. */
export function renderMarkdown(markdown: string, dialect: Dialect): RenderedMarkdown {
  if (isPlainProse(markdown)) return { html: renderPlainProse(markdown), slideAttributes: [], assets: [] };
  return renderWithMarked(markdown, dialect);
}

/** renderMarkdown() without the plain-prose shortcut (tests hold the shortcut to it). */
export function renderWithMarked(markdown: string, dialect: Dialect): RenderedMarkdown {
  const markers: Attribute[][] = [];
  const slideAttributes: Attribute[] = [];
  const assets: RenderedAsset[] = [];
  const hooks: SanitizeHooks = {
    onUrl: (kind, url, _tag, optional, alt) => assets.push({ kind, url, ...(alt !== undefined ? { alt } : {}), ...(optional ? { optional } : {}) }),
    onComment: (text) => {
      const comment = readAttributeComment(text);
      if (!comment) return '';
      if (comment.target === 'slide') {
        slideAttributes.push(...comment.attributes);
        return '';
      }
      markers.push(comment.attributes);
      return `${MARKER_OPEN}${markers.length - 1}${MARKER_CLOSE}`;
    },
  };
  const sanitizer = new HtmlSanitizer(hooks);
  const previous = state;
  state = { sanitizer, hooks, assets, dialect };
  let html: string;
  let background: SlideBackground | undefined;
  try {
    html = (marked.parse(markdown) as string) + sanitizer.finish();
    background = state.background;
  } finally {
    state = previous;
  }
  if (markers.length > 0) {
    const applied = applyElementAttributes(html, markers, hooks);
    html = applied.html;
    slideAttributes.push(...applied.section);
  }
  return { html, slideAttributes, assets, background };
}

/** Renders inline Markdown (a Marp header or footer). */
export function renderInline(markdown: string, dialect: Dialect): string {
  const rendered = renderMarkdown(markdown, dialect).html.trim();
  return rendered.replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

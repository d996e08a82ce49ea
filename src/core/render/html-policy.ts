// What raw HTML a deck may contain. Everything not listed here is dropped.

export const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements dropped together with everything inside them. */
export const DROP_WITH_CONTENT = new Set([
  'script', 'iframe', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  'template', 'textarea', 'select', 'frameset', 'frame', 'head', 'title', 'math', 'foreignobject', 'portal', 'fencedframe',
]);

/** Elements whose content the browser reads as raw text up to the matching end tag. */
export const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);

export const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'audio', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center',
  'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure',
  'font', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark',
  'nav', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span',
  'strike', 'strong', 'style', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
  'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
]);

export const SVG_ELEMENTS = new Set([
  'svg', 'g', 'path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect', 'text', 'tspan', 'textpath', 'defs',
  'lineargradient', 'radialgradient', 'stop', 'marker', 'clippath', 'mask', 'pattern', 'symbol', 'title', 'desc',
]);

const GLOBAL_ATTRS = new Set(['class', 'id', 'title', 'lang', 'dir', 'style', 'role', 'hidden', 'translate']);

const TAG_ATTRS: Record<string, string[]> = {
  a: ['href', 'target', 'rel', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  video: ['src', 'poster', 'controls', 'autoplay', 'loop', 'muted', 'playsinline', 'preload', 'width', 'height'],
  audio: ['src', 'controls', 'autoplay', 'loop', 'muted', 'preload'],
  source: ['src', 'type', 'media'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  td: ['colspan', 'rowspan', 'align', 'valign', 'headers'],
  th: ['colspan', 'rowspan', 'align', 'valign', 'scope', 'headers'],
  col: ['span', 'width'],
  colgroup: ['span', 'width'],
  table: ['align', 'border', 'summary'],
  ol: ['start', 'reversed', 'type'],
  ul: ['type'],
  li: ['value'],
  p: ['align'],
  div: ['align'],
  h1: ['align'], h2: ['align'], h3: ['align'], h4: ['align'], h5: ['align'], h6: ['align'],
  time: ['datetime'],
  q: ['cite'], blockquote: ['cite'], del: ['cite', 'datetime'], ins: ['cite', 'datetime'],
  details: ['open'],
  font: ['color', 'size', 'face'],
  style: ['media', 'scoped'],
  section: [],
};

const SVG_ATTRS = new Set([
  'viewbox', 'xmlns', 'version', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy',
  'd', 'points', 'fill', 'fill-rule', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-dasharray', 'stroke-dashoffset', 'stroke-miterlimit', 'opacity', 'fill-opacity', 'stroke-opacity', 'transform',
  'font-size', 'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'letter-spacing', 'offset', 'stop-color', 'stop-opacity', 'gradientunits', 'gradienttransform', 'spreadmethod',
  'marker-start', 'marker-mid', 'marker-end', 'markerwidth', 'markerheight', 'markerunits', 'refx', 'refy', 'orient',
  'preserveaspectratio', 'clip-path', 'clippathunits', 'mask', 'patternunits', 'dx', 'dy', 'rotate', 'textlength',
  'lengthadjust', 'vector-effect', 'focusable', 'aria-hidden', 'aria-label', 'aria-labelledby', 'xml:space',
]);

/** URL-valued attributes and whether they load (src) or navigate (href). */
export const URL_ATTRS: Record<string, 'href' | 'src'> = {
  href: 'href', cite: 'href', src: 'src', poster: 'src',
  'data-src': 'src', 'data-background': 'src', 'data-background-image': 'src', 'data-background-video': 'src',
};

// reveal.js and its plugins turn these into iframes or fetches: never from a deck.
const DENIED_DATA = /^data-(background-iframe|preview-link|preview-image|preview-video|markdown|external|external-replace|charset|separator.*|notes-separator|template)$/;
const DATA_NAME = /^data-[a-z0-9_.:-]+$/;
const ARIA_NAME = /^aria-[a-z]+$/;

export function isAllowedElement(tag: string, inSvg: boolean): boolean {
  return inSvg ? SVG_ELEMENTS.has(tag) || tag === 'a' : HTML_ELEMENTS.has(tag) || tag === 'svg';
}

export function isAllowedAttribute(tag: string, name: string, inSvg: boolean): boolean {
  if (name.startsWith('on')) return false;
  if (GLOBAL_ATTRS.has(name) || ARIA_NAME.test(name)) return true;
  if (name.startsWith('data-')) return DATA_NAME.test(name) && !DENIED_DATA.test(name);
  if (inSvg || SVG_ELEMENTS.has(tag)) return SVG_ATTRS.has(name);
  return TAG_ATTRS[tag]?.includes(name) ?? false;
}

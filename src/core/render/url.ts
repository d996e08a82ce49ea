// URL policy for decks: what may stay in an href or a src. Deck files are untrusted.

export type UrlContext = 'href' | 'src';

const SAFE_HREF_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SAFE_SRC_SCHEMES = new Set(['http', 'https']);
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|avif|bmp|svg\+xml)[;,]/i;
// Browsers ignore C0 controls and spaces inside a scheme, so `java\tscript:` is still javascript:.
// eslint-disable-next-line no-control-regex
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The URL's scheme in lower case, or '' for a relative URL. */
export function urlScheme(url: string): string {
  const compact = url.replace(IGNORED_IN_SCHEME, '');
  const match = SCHEME.exec(compact);
  if (!match) return '';
  // `images/a:b.png` has a colon after a slash: that is a path, not a scheme.
  const firstDelimiter = compact.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < match[0].length - 1) return '';
  return match[1].toLowerCase();
}

/** Remote: will need the network (http, https, protocol-relative). */
export function isRemoteUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === 'http' || scheme === 'https' || /^\s*[/\\]{2}/.test(url);
}

/** The URL when it is safe in this context, else undefined. Entities must already be decoded. */
export function sanitizeUrl(url: string, context: UrlContext = 'href'): string | undefined {
  const trimmed = url.trim();
  const scheme = urlScheme(trimmed);
  if (scheme === '') return trimmed;
  if (context === 'href' ? SAFE_HREF_SCHEMES.has(scheme) : SAFE_SRC_SCHEMES.has(scheme)) return trimmed;
  if (context === 'src' && scheme === 'data' && SAFE_DATA_IMAGE.test(trimmed.replace(IGNORED_IN_SCHEME, ''))) return trimmed;
  return undefined;
}

import { sanitizeUrl } from './url';

const CSS_HEX_ESCAPE = /\\([0-9a-fA-F]{1,6})[ \t\n]?/g;
const CSS_CHAR_ESCAPE = /\\([^0-9a-fA-F\n])/g;
const IMPORT = /@import\b[^;]*;?/gi;
const URL_FN = /url\s*\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi;
const REMOTE_STRING = /(["'])\s*(?:https?:)?\/\/[^"']*\1/gi;
const DANGEROUS = /(expression\s*\(|behavior\s*:|-moz-binding\s*:|javascript\s*:)/gi;

function unescapeCss(css: string): string {
  // Escapes can spell `url(` or `expression(`: decode the ones that stand for printable ASCII.
  return css
    .replace(CSS_HEX_ESCAPE, (whole, hex: string) => {
      const cp = parseInt(hex, 16);
      return cp >= 0x20 && cp < 0x7f && !/[0-9a-fA-F]/.test(String.fromCharCode(cp)) ? String.fromCharCode(cp) : whole;
    })
    .replace(CSS_CHAR_ESCAPE, (whole, ch: string) => (/[a-zA-Z():]/.test(ch) ? ch : whole));
}

/**
 * CSS from a deck: no `<` (so it cannot close its <style> or become markup in SVG), no @import,
 * no remote or script URLs (presentations play offline), no legacy script hooks.
 */
export function sanitizeCss(css: string): string {
  let out = css.replace(/</g, '');
  if (out.includes('\\')) out = unescapeCss(out);
  return out
    .replace(IMPORT, '')
    .replace(URL_FN, (whole, dq?: string, sq?: string, bare?: string) => {
      const url = (dq ?? sq ?? bare ?? '').trim();
      const safe = sanitizeUrl(url, 'src');
      return safe !== undefined && !/^(https?:)?\/\//i.test(safe) ? `url("${safe.replace(/["\\\n]/g, '')}")` : 'none';
    })
    .replace(REMOTE_STRING, '""')
    .replace(DANGEROUS, 'invalid-');
}

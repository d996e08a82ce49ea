// The exported presentation page: one HTML document that is the audience view, the speaker view
// (`?speaker`) and the print view (`?print-pdf`). Pure string building; callers supply the parts.
import { createHash } from 'node:crypto';
import { escapeHtml } from '../../core';

/** A stylesheet or script: linked by relative URL (folder export) or inlined (single file). */
export type PagePart = { href: string } | { inline: string };

export interface PageInput {
  title: string;
  lang: string;
  styles: PagePart[];
  headScripts: PagePart[];
  bodyScripts: PagePart[];
  /** The deck's own (sanitised) CSS, '' when none. */
  deckCss: string;
  /** Sections from renderSlides(), asset URLs already rewritten. */
  slidesHtml: string;
  /** Read by the runtime: title, duration, ... (JSON, never executed). */
  config: Record<string, unknown>;
}

/** JSON that is safe inside <script type="application/json">: no `<`, so no `</script>`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Defence in depth behind the engine's sanitiser: no network at all, scripts only from the export
 * itself (by hash when inlined), no plugins, frames, forms or <base>. `'self'` covers file:// pages.
 */
export function contentSecurityPolicy(inlineScripts: string[]): string {
  const scripts = inlineScripts.length ? inlineScripts.map(sha256Source).join(' ') : "'self'";
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "child-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function styleTag(part: PagePart): string {
  return 'href' in part
    ? `<link rel="stylesheet" href="${escapeHtml(part.href)}">`
    : `<style>${part.inline.replace(/<\/style/gi, '<\\/style')}</style>`;
}

function scriptTag(part: PagePart): string {
  return 'href' in part ? `<script src="${escapeHtml(part.href)}"></script>` : `<script>${part.inline}</script>`;
}

function inlineSources(parts: PagePart[]): string[] {
  return parts.flatMap((p) => ('inline' in p ? [p.inline] : []));
}

export function renderPage(input: PageInput): string {
  const inline = [...inlineSources(input.headScripts), ...inlineSources(input.bodyScripts)];
  for (const source of inline) {
    if (/<\/script/i.test(source)) throw new Error('An inlined script contains "</script": it cannot be embedded safely.');
  }
  return `<!doctype html>
<html lang="${escapeHtml(input.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(inline))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Podium">
<title>${escapeHtml(input.title)}</title>
${input.styles.map(styleTag).join('\n')}
${input.deckCss ? `<style>${input.deckCss.replace(/</g, '')}</style>` : ''}
${input.headScripts.map(scriptTag).join('\n')}
</head>
<body>
<script type="application/json" id="podium-config">${scriptJson(input.config)}</script>
<div class="reveal"><div class="slides">
${input.slidesHtml}
</div></div>
<div id="podium-speaker" hidden></div>
${input.bodyScripts.map(scriptTag).join('\n')}
</body>
</html>
`;
}

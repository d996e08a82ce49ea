// `<out>/index.html` for a multi-deck export: a plain offline page listing each presentation with
// its title, planned duration and slide count. No script at all; strict CSP.
import { escapeHtml, formatMinutes } from '../../core';
import { contentSecurityPolicy } from './page';
import type { DeckExportResult, ExportMode } from './types';

export interface IndexEntry {
  title: string;
  href: string;
  duration?: number;
  slides: number;
}

export function indexEntries(decks: DeckExportResult[], mode: ExportMode): IndexEntry[] {
  return decks
    .filter((d) => d.status === 'ok')
    .map((d) => ({ title: d.title, href: mode === 'folder' ? `${encodeURIComponent(d.slug)}/index.html` : `${encodeURIComponent(d.slug)}.html`, duration: d.duration, slides: d.slides }));
}

export function renderIndexPage(entries: IndexEntry[], heading = 'Presentations'): string {
  const items = entries.map((e) => {
    const facts = [`${e.slides} slide${e.slides === 1 ? '' : 's'}`, e.duration ? formatMinutes(e.duration) : ''].filter(Boolean).join(' · ');
    return `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.title)}</a><span class="facts">${escapeHtml(facts)}</span></li>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy([]).replace("script-src 'self'", "script-src 'none'"))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Podium">
<title>${escapeHtml(heading)}</title>
<style>
body { margin: 0; padding: 2rem 1.5rem; font: 20px/1.5 system-ui, 'DejaVu Sans', Arial, sans-serif; color: #1d232b; background: #fbfaf7; }
main { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 1.8rem; color: #14365a; margin: 0 0 0.3rem; }
p { color: #434c58; margin: 0 0 1.5rem; }
ol { list-style: none; padding: 0; margin: 0; }
li { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: baseline; justify-content: space-between; padding: 0.8rem 0; border-bottom: 2px solid #dcdfe3; }
a { color: #174a8b; font-weight: 700; font-size: 1.15rem; }
a:focus-visible { outline: 3px solid #c0462b; outline-offset: 2px; }
.facts { color: #434c58; font-variant-numeric: tabular-nums; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(heading)}</h1>
<p>Open a presentation, then press <kbd>S</kbd> for the speaker view and <kbd>F</kbd> for full screen. Everything works offline.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}

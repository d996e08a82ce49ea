// Page chrome shared by every layout: the @page rule (paper, margins) with its margin boxes. The
// header carries the deck title, event and date; the footer the deck's first resource line (so a
// hotline number is on every sheet that leaves the room) and "Page X of Y". Margin boxes are the one
// place Chromium (131+) resolves counter(pages) when printing, and they repeat on flowing pages too.
import type { Deck, Paper } from '../model';
import { MARGIN_MM } from './paper';
import { cssString, esc } from './text';

const CHROME_FONT = '"Atkinson Hyperlegible", "Source Sans 3", "DejaVu Sans", Arial, sans-serif';

export function deckTitle(deck: Deck): string {
  return deck.meta.title?.trim() || deck.slides.find((s) => s.title.trim())?.title.trim() || 'Handout';
}

export function pageChromeCss(deck: Deck, paper: Paper, largePrint: boolean): string {
  const size = largePrint ? '12pt' : '8.5pt';
  const box = `font-family: ${CHROME_FONT}; font-size: ${size}; color: #333;`;
  const when = [deck.meta.event, deck.meta.date].map((s) => s?.trim()).filter(Boolean).join(' · ');
  const hotline = deck.meta.resources.find((r) => r.trim())?.trim() ?? '';
  return `@page {
  size: ${paper === 'a4' ? 'A4' : 'letter'} portrait;
  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm;
  @top-left { content: ${cssString(deckTitle(deck))}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: ${cssString(when)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: ${cssString(hotline)}; ${box} vertical-align: top; padding-top: 3mm; font-weight: bold; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} vertical-align: top; padding-top: 3mm; white-space: nowrap; }
}`;
}

/** Base styles for the handout's own text (not the slides). */
export function baseCss(largePrint: boolean): string {
  return `html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${CHROME_FONT}; font-size: ${largePrint ? '18pt' : '11pt'}; line-height: ${largePrint ? 1.5 : 1.4}; color: #111; background: #fff; }
@media screen {
  body { background: #e5e5e5; padding: 12mm 0; }
  .pd-page, .pd-flow { background: #fff; margin: 0 auto 8mm; padding: 12mm; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
}`;
}

export interface ShellInput {
  deck: Deck;
  title: string;
  css: string[];
  body: string;
  bodyClass: string;
  baseHref?: string;
}

/** The whole HTML document: one <style>, the body, nothing that runs. */
export function documentShell({ deck, title, css, body, bodyClass, baseHref }: ShellInput): string {
  const lang = deck.meta.lang?.trim() || 'en';
  const base = baseHref ? `<base href="${esc(baseHref)}">\n` : '';
  // The CSS never contains "</style" (theme CSS and deck text are escaped before they get here).
  const style = css.join('\n').replace(/<\/style/gi, '<\\/style');
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
${base}<title>${esc(title)}</title>
<style>
${style}
</style>
</head>
<body class="${esc(bodyClass)}">
${body}
</body>
</html>
`;
}

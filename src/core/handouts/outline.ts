// The participant outline: text only, no slide pictures. The deck title is the <h1>, each slide's
// title an <h2> followed by its key points, in reading order, so a screen reader, a copy-paste and
// a large-print copy all work. Resources close the outline.
import { linkedResource } from './links';
import { outlineHtml, textParagraph } from './outline-text';
import { esc } from './text';
import type { LayoutContext, LayoutResult } from './types';

export function renderOutline(ctx: LayoutContext): LayoutResult {
  const { deck, title, options } = ctx;
  const { meta } = deck;
  const head: string[] = [`<h1>${esc(title)}</h1>`];
  if (meta.subtitle) head.push(textParagraph(meta.subtitle, 'pd-subtitle'));
  const facts = [meta.series, meta.event, meta.date, meta.presenters.join(', ')].map((s) => s?.trim()).filter(Boolean) as string[];
  if (facts.length) head.push(textParagraph(facts.join(' · '), 'pd-facts'));
  if (meta.contentNote) head.push(`<p class="pd-content-note"><strong>Content note:</strong> ${esc(meta.contentNote)}</p>`);

  const sections = deck.slides.map((slide, i) => {
    const body = outlineHtml(slide.html, Boolean(slide.title.trim()));
    const heading = slide.title.trim() || `Slide ${i + 1}`;
    return `<section class="pd-outline-slide">\n<h2>${esc(heading)}</h2>\n${body}\n</section>`;
  });
  const resources = meta.resources.filter((r) => r.trim());
  if (resources.length) {
    sections.push(`<section class="pd-outline-resources">\n<h2>Resources</h2>\n<ul>${resources.map((r) => `<li>${linkedResource(r)}</li>`).join('')}</ul>\n</section>`);
  }
  const large = options.largePrint;
  const css = `.pd-outline h1 { font-size: ${large ? '28pt' : '20pt'}; margin: 0 0 2mm; line-height: 1.2; }
.pd-outline h2 { font-size: ${large ? '22pt' : '14pt'}; margin: ${large ? '8mm' : '5mm'} 0 1.5mm; break-after: avoid; line-height: 1.25; }
.pd-outline h3 { font-size: ${large ? '19pt' : '12pt'}; margin: 3mm 0 1mm; break-after: avoid; }
.pd-outline p, .pd-outline li { margin: 0 0 ${large ? '2.5mm' : '1.5mm'}; orphans: 2; widows: 2; }
.pd-outline ul, .pd-outline ol { padding-left: ${large ? '9mm' : '6mm'}; margin: 0 0 2mm; }
.pd-outline a { color: inherit; }
.pd-nowrap { white-space: nowrap; }
.pd-outline pre { white-space: pre-wrap; font-size: 0.85em; }
.pd-outline table { border-collapse: collapse; margin: 2mm 0; }
.pd-outline th, .pd-outline td { border: 0.25mm solid #888; padding: 1mm 2mm; text-align: left; }
.pd-subtitle { font-size: 1.2em; margin: 0 0 2mm; }
.pd-facts { color: #333; }
.pd-content-note { border-left: 1.2mm solid #999; padding-left: 3mm; }`;
  return { body: `<main class="pd-flow pd-outline">\n<header>${head.join('\n')}</header>\n${sections.join('\n')}\n</main>`, css };
}

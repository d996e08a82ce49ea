// The facilitator guide: each slide on its own page with its speaker notes in large type. Notes flow
// onto the following pages when long (never clipped); when the deck has timings each slide shows its
// planned minutes and where it sits on the running agenda clock.
import type { Deck, Slide } from '../model';
import { slideThumbnail } from './thumbnail';
import { clock, esc, minutesLabel } from './text';
import type { LayoutContext, LayoutResult } from './types';

export const NO_NOTES = 'No speaker notes for this slide.';

/** Start minute of each slide on the agenda, or undefined when no slide has planned minutes. */
export function agendaStarts(deck: Deck): number[] | undefined {
  if (!deck.slides.some((s) => typeof s.minutes === 'number')) return undefined;
  let at = 0;
  return deck.slides.map((s) => {
    const start = at;
    at += s.minutes ?? 0;
    return start;
  });
}

function timing(slide: Slide, start: number | undefined): string {
  if (start === undefined) return '';
  const minutes = slide.minutes ?? 0;
  const planned = slide.minutes === undefined ? 'no time planned' : `${minutesLabel(minutes)} planned`;
  return `<p class="pd-timing">${esc(planned)} · <span class="pd-clock">${clock(start)} – ${clock(start + minutes)}</span> on the agenda clock</p>`;
}

function cover(ctx: LayoutContext, starts: number[] | undefined): string {
  const { meta } = ctx.deck;
  const parts = [`<h1 class="pd-guide-title">${esc(ctx.title)}</h1>`];
  if (meta.subtitle) parts.push(`<p class="pd-subtitle">${esc(meta.subtitle)}</p>`);
  parts.push('<p class="pd-kicker">Facilitator guide</p>');
  const facts: string[] = [];
  if (meta.duration) facts.push(`Session: ${minutesLabel(meta.duration)}`);
  if (starts) {
    const total = ctx.deck.slides.reduce((sum, s) => sum + (s.minutes ?? 0), 0);
    facts.push(`Slides planned: ${minutesLabel(total)}`);
    if (meta.duration && total > meta.duration) facts.push(`over the session by ${minutesLabel(total - meta.duration)}`);
  }
  if (meta.presenters.length) facts.push(`Presenters: ${meta.presenters.join(', ')}`);
  if (facts.length) parts.push(`<p class="pd-facts">${esc(facts.join(' · '))}</p>`);
  if (meta.contentNote) parts.push(`<p class="pd-content-note"><strong>Content note:</strong> ${esc(meta.contentNote)}</p>`);
  return `<header class="pd-cover">${parts.join('\n')}</header>`;
}

export function renderNotes(ctx: LayoutContext): LayoutResult {
  const { deck, area, slideSize, options } = ctx;
  const starts = agendaStarts(deck);
  const thumbWidth = Math.min(area.width * 0.62, 120);
  const articles = deck.slides.map((slide, i) => {
    const heading = slide.title.trim() ? `Slide ${i + 1}: ${slide.title.trim()}` : `Slide ${i + 1}`;
    const notes = slide.notesHtml.trim()
      ? `<div class="pd-notes">${slide.notesHtml}</div>`
      : `<p class="pd-notes pd-no-notes">${NO_NOTES}</p>`;
    return `<article class="pd-guide-slide">
<div class="pd-guide-head"><h2>${esc(heading)}</h2>${timing(slide, starts?.[i])}
${slideThumbnail(slide, thumbWidth, slideSize, options.theme)}</div>
${notes}
</article>`;
  });
  const large = options.largePrint;
  const css = `.pd-flow { width: auto; }
.pd-cover { margin-bottom: 6mm; }
.pd-guide-title { font-size: ${large ? '26pt' : '20pt'}; margin: 0 0 2mm; }
.pd-subtitle { font-size: ${large ? '18pt' : '14pt'}; margin: 0 0 2mm; }
.pd-kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: ${large ? '12pt' : '9pt'}; color: #555; margin: 0 0 2mm; }
.pd-facts, .pd-content-note { margin: 0 0 2mm; }
.pd-content-note { border-left: 1.2mm solid #999; padding-left: 3mm; }
.pd-guide-slide + .pd-guide-slide { break-before: page; }
.pd-guide-head { break-inside: avoid; break-after: avoid; }
.pd-guide-head > h2 { font-size: ${large ? '20pt' : '15pt'}; margin: 0 0 1mm; }
.pd-timing { margin: 0 0 3mm; font-size: ${large ? '14pt' : '11pt'}; color: #333; }
.pd-clock { font-weight: bold; font-variant-numeric: tabular-nums; }
.pd-guide-head .pd-thumb { margin-bottom: 5mm; }
.pd-notes { font-size: ${large ? '20pt' : '14pt'}; line-height: 1.45; orphans: 3; widows: 3; }
.pd-notes p { margin: 0 0 0.6em; }
.pd-no-notes { font-style: italic; color: #555; }`;
  return { body: `<main class="pd-flow">\n${cover(ctx, starts)}\n${articles.join('\n')}\n</main>`, css };
}

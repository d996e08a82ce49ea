// Deck data → reveal.js markup: one <section> per slide, vertical stacks nested in a parent section.
import type { Slide } from '../model';
import { escapeHtml } from '../text/html';

export interface RenderOptions {
  /** Include speaker notes as <aside class="notes"> (default true). */
  notes?: boolean;
}

function attributeString(attributes: Record<string, string>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) out += value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  return out;
}

/** What a <section> is made of. */
export type SectionSlide = Pick<Slide, 'index' | 'h' | 'html' | 'notesHtml' | 'attributes'>;

/** One slide as a reveal.js <section>. Attributes and HTML are already sanitised by parse(). */
export function renderSection(slide: SectionSlide, options: RenderOptions = {}): string {
  const notes = options.notes !== false && slide.notesHtml ? `<aside class="notes">${slide.notesHtml}</aside>` : '';
  return `<section${attributeString(slide.attributes)} data-podium-index="${slide.index}">${slide.html}${notes}</section>`;
}

/** Every slide, with vertical stacks nested as reveal.js expects. */
export function renderSlides(deck: { slides: readonly SectionSlide[] }, options: RenderOptions = {}): string {
  let out = '';
  const slides = deck.slides;
  for (let i = 0; i < slides.length; ) {
    let j = i + 1;
    while (j < slides.length && slides[j].h === slides[i].h) j++;
    if (j - i === 1) out += renderSection(slides[i], options);
    else out += `<section>${slides.slice(i, j).map((s) => renderSection(s, options)).join('')}</section>`;
    i = j;
  }
  return out;
}

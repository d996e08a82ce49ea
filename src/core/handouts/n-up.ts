// Slides N to a sheet. The sheets are laid out explicitly (one .pd-page per sheet), so the page count
// is known before printing and every sheet has the same grid whatever the slides hold.
import type { Slide } from '../model';
import { slideThumbnail } from './thumbnail';
import type { LayoutContext, LayoutResult } from './types';

export interface NUpSpec {
  perSheet: number;
  columns: number;
  /** Thumbnail width in mm. */
  thumbWidth: number;
  /** What goes in one cell; the default is the thumbnail with its slide number under it. */
  cell?: (slide: Slide, thumb: string) => string;
  /** Layout-specific CSS. */
  css?: string;
}

/** Height the slide number under a thumbnail takes, in mm. */
export const CAPTION_MM = 6;

export function thumbWidthFor(ctx: LayoutContext, maxWidth: number, maxHeight: number): number {
  const aspect = ctx.slideSize.height / ctx.slideSize.width;
  return Math.max(20, Math.min(maxWidth, maxHeight / aspect));
}

function defaultCell(slide: Slide, thumb: string): string {
  return `<figure class="pd-cell">${thumb}<figcaption class="pd-caption">Slide ${slide.index + 1}</figcaption></figure>`;
}

export function renderNUp(ctx: LayoutContext, spec: NUpSpec): LayoutResult {
  const { area, deck, slideSize, options } = ctx;
  const rows = Math.ceil(spec.perSheet / spec.columns);
  const cell = spec.cell ?? defaultCell;
  const pages: string[] = [];
  for (let first = 0; first < deck.slides.length; first += spec.perSheet) {
    const cells = deck.slides
      .slice(first, first + spec.perSheet)
      .map((slide) => cell(slide, slideThumbnail(slide, spec.thumbWidth, slideSize, options.theme)))
      .join('\n');
    pages.push(`<div class="pd-page pd-grid">\n${cells}\n</div>`);
  }
  const css = `.pd-page { width: ${area.width.toFixed(2)}mm; height: ${area.height.toFixed(2)}mm; overflow: hidden; box-sizing: border-box; break-after: page; }
.pd-page:last-child { break-after: auto; }
.pd-grid { display: grid; grid-template-columns: repeat(${spec.columns}, 1fr); grid-template-rows: repeat(${rows}, 1fr); align-items: center; justify-items: center; }
.pd-cell { margin: 0; display: flex; flex-direction: column; align-items: center; }
.pd-caption { font-size: 8pt; line-height: ${CAPTION_MM - 2}mm; height: ${CAPTION_MM - 2}mm; margin-top: 1.5mm; color: #444; }
${spec.css ?? ''}`;
  return { body: pages.join('\n'), css, pageCount: pages.length };
}

// Three slides to a sheet, each with ruled lines beside it for the reader's own notes (the way
// office suites print audience handouts).
import { CAPTION_MM, renderNUp, thumbWidthFor } from './n-up';
import type { LayoutContext, LayoutResult } from './types';

const LINE_MM = 8;

export function renderSlides3(ctx: LayoutContext): LayoutResult {
  const rowHeight = ctx.area.height / 3 - 6;
  const thumbWidth = thumbWidthFor(ctx, ctx.area.width * 0.52, rowHeight - CAPTION_MM);
  const thumbHeight = (thumbWidth * ctx.slideSize.height) / ctx.slideSize.width;
  const lines = Math.max(3, Math.floor((thumbHeight + CAPTION_MM) / LINE_MM));
  const ruled = `<div class="pd-lines" aria-hidden="true">${'<div class="pd-line"></div>'.repeat(lines)}</div>`;
  return renderNUp(ctx, {
    perSheet: 3,
    columns: 1,
    thumbWidth,
    cell: (slide, thumb) =>
      `<div class="pd-row"><figure class="pd-cell">${thumb}<figcaption class="pd-caption">Slide ${slide.index + 1}</figcaption></figure>${ruled}</div>`,
    css: `.pd-row { display: flex; gap: 7mm; width: 100%; align-items: flex-start; }
.pd-lines { flex: 1; }
.pd-line { height: ${LINE_MM}mm; border-bottom: 0.3mm solid #9a9a9a; box-sizing: border-box; }`,
  });
}

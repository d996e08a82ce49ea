// Two slides to a sheet, one above the other.
import { CAPTION_MM, renderNUp, thumbWidthFor } from './n-up';
import type { LayoutContext, LayoutResult } from './types';

export function renderSlides2(ctx: LayoutContext): LayoutResult {
  const rowHeight = ctx.area.height / 2 - CAPTION_MM - 8;
  const thumbWidth = thumbWidthFor(ctx, ctx.area.width * 0.9, rowHeight);
  return renderNUp(ctx, { perSheet: 2, columns: 1, thumbWidth });
}

// One slide to a sheet, as large as the page allows.
import { CAPTION_MM, renderNUp, thumbWidthFor } from './n-up';
import type { LayoutContext, LayoutResult } from './types';

export function renderSlides1(ctx: LayoutContext): LayoutResult {
  const thumbWidth = thumbWidthFor(ctx, ctx.area.width, ctx.area.height - CAPTION_MM - 4);
  return renderNUp(ctx, { perSheet: 1, columns: 1, thumbWidth });
}

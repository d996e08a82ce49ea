// Six slides to a sheet: two columns, three rows.
import { CAPTION_MM, renderNUp, thumbWidthFor } from './n-up';
import type { LayoutContext, LayoutResult } from './types';

export function renderSlides6(ctx: LayoutContext): LayoutResult {
  const gap = 8;
  const thumbWidth = thumbWidthFor(ctx, (ctx.area.width - gap) / 2, ctx.area.height / 3 - CAPTION_MM - gap);
  return renderNUp(ctx, { perSheet: 6, columns: 2, thumbWidth });
}

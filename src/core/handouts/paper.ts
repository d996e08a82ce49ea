// Sheet sizes and the margins the page chrome (header and footer) lives in.
import type { Paper } from '../model';

export const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  letter: { width: 215.9, height: 279.4 },
  a4: { width: 210, height: 297 },
};

/** Page margins in mm: top and bottom hold the header and footer. */
export const MARGIN_MM = { top: 17, bottom: 17, side: 14 };

/** The printable box inside the margins, shaved by half a millimetre so rounding never spills a sheet. */
export function printableArea(paper: Paper): { width: number; height: number } {
  const sheet = PAPER_MM[paper];
  return {
    width: sheet.width - 2 * MARGIN_MM.side,
    height: sheet.height - MARGIN_MM.top - MARGIN_MM.bottom - 0.5,
  };
}

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
export const PX_PER_MM = 96 / 25.4;

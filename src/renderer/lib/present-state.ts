import type { PresentCommand } from './present-keys';

/** What the audience sees; the console owns it and the audience window mirrors it. */
export interface PresentPosition {
  /** Slide in reading order. */
  index: number;
  /** Fragments shown on that slide (0 = none yet). */
  fragment: number;
  black: boolean;
  overview: boolean;
}

export const START: PresentPosition = { index: 0, fragment: 0, black: false, overview: false };

/** Fragment counts per slide in reading order: all the navigation needs to know about the deck. */
export type Steps = readonly number[];

export function step(pos: PresentPosition, cmd: PresentCommand, steps: Steps): PresentPosition {
  const last = Math.max(0, steps.length - 1);
  const at = (index: number, fragment = 0): PresentPosition => ({ ...pos, index, fragment, overview: false });
  switch (cmd.kind) {
    case 'next':
      if (pos.fragment < (steps[pos.index] ?? 0)) return { ...pos, fragment: pos.fragment + 1 };
      return pos.index < last ? at(pos.index + 1) : pos;
    case 'prev':
      if (pos.fragment > 0) return { ...pos, fragment: pos.fragment - 1 };
      // Going back lands on the previous slide as it was left: every fragment shown.
      return pos.index > 0 ? at(pos.index - 1, steps[pos.index - 1] ?? 0) : pos;
    case 'down':
      return pos.index < last ? at(pos.index + 1) : pos;
    case 'up':
      return pos.index > 0 ? at(pos.index - 1) : pos;
    case 'first':
      return at(0);
    case 'last':
      return at(last);
    case 'black':
      return { ...pos, black: !pos.black };
    case 'escape':
      return { ...pos, overview: !pos.overview };
    case 'goto-prompt':
      return pos;
  }
}

export function goTo(pos: PresentPosition, index: number, steps: Steps): PresentPosition {
  const clamped = Math.min(Math.max(0, index), Math.max(0, steps.length - 1));
  return { ...pos, index: clamped, fragment: 0, overview: false };
}

/** What "next" will show: the next fragment of this slide, or the next slide. */
export function upcoming(pos: PresentPosition, steps: Steps): { index: number; fragment: number } | undefined {
  if (pos.fragment < (steps[pos.index] ?? 0)) return { index: pos.index, fragment: pos.fragment + 1 };
  if (pos.index + 1 < steps.length) return { index: pos.index + 1, fragment: 0 };
  return undefined;
}

import type { Slide } from '../../core';
import type { PresentState, SlidePosition } from '../../shared/ipc-types';
import type { PresentPosition } from './present-state';

/** Reading-order position to what the audience window is told (reveal's h/v/f). */
export function toPresentState(pos: PresentPosition, slides: readonly Slide[]): PresentState {
  const slide = slides[pos.index];
  return { position: { h: slide?.h ?? 0, v: slide?.v ?? 0, f: pos.fragment - 1 }, black: pos.black, overview: pos.overview };
}

export function indexOf(position: SlidePosition, slides: readonly Slide[]): number {
  const i = slides.findIndex((s) => s.h === position.h && s.v === position.v);
  return i < 0 ? 0 : i;
}

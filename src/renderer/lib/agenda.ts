import type { Slide } from '../../core';

/** Where the talk stands against its planned agenda. All times in milliseconds. */
export interface Pace {
  elapsed: number;
  /** Planned total, from meta.duration or the sum of the slides' minutes; undefined when the deck says nothing. */
  planned?: number;
  /** planned - elapsed (negative once over time). */
  remaining?: number;
  /** Where the agenda says we should be when the current slide starts. */
  plannedAtSlide?: number;
  /** Positive = ahead of plan, negative = behind. */
  drift?: number;
}

/** Planned minutes per slide: the slide's own data-minutes, else the rest of meta.duration shared out. */
export function plannedMinutes(slides: readonly Slide[], duration?: number): (number | undefined)[] {
  const given = slides.map((s) => s.minutes);
  const known = given.reduce<number>((sum, m) => sum + (m ?? 0), 0);
  const unknown = given.filter((m) => m === undefined).length;
  if (duration === undefined) {
    return known > 0 ? given.map((m) => m ?? 0) : given;
  }
  const share = unknown > 0 ? Math.max(0, duration - known) / unknown : 0;
  return given.map((m) => m ?? share);
}

export function pace(slides: readonly Slide[], duration: number | undefined, current: number, elapsed: number, slideElapsed = 0): Pace {
  const minutes = plannedMinutes(slides, duration);
  if (minutes.every((m) => m === undefined)) return { elapsed };
  const perSlide = minutes.map((m) => (m ?? 0) * 60_000);
  const plannedTotal = duration !== undefined ? duration * 60_000 : perSlide.reduce((a, b) => a + b, 0);
  const plannedAtSlide = perSlide.slice(0, current).reduce((a, b) => a + b, 0);
  // Inside a slide we are only behind once we overrun its own planned time.
  const expected = plannedAtSlide + Math.min(slideElapsed, perSlide[current] ?? 0);
  return { elapsed, planned: plannedTotal, remaining: plannedTotal - elapsed, plannedAtSlide, drift: expected - elapsed };
}

/** 75_000 -> "1:15", 3_725_000 -> "1:02:05"; negative values get a leading minus. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/** Recorded times rounded to whole or half minutes for data-minutes (never 0 for a slide that was shown). */
export function recordedMinutes(ms: number): number {
  return Math.max(0.5, Math.round(ms / 30_000) / 2);
}

import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { formatClock, pace, plannedMinutes, recordedMinutes } from '../../../src/renderer/lib/agenda';

const deck = (body: string, duration = '') => parse(`---\ntitle: T\n${duration}---\n\n${body}`);
const three = '# A\n<!-- .slide: data-minutes="2" -->\n\n---\n\n# B\n<!-- .slide: data-minutes="4" -->\n\n---\n\n# C\n';

describe('plannedMinutes()', () => {
  it('shares what the duration leaves over among slides without their own minutes', () => {
    expect(plannedMinutes(deck(three, 'duration: 10m\n').slides, 10)).toEqual([2, 4, 4]);
  });
  it('uses the slides\u2019 own minutes when there is no duration', () => {
    expect(plannedMinutes(deck(three).slides, undefined)).toEqual([2, 4, 0]);
  });
});

describe('pace()', () => {
  const slides = deck(three, 'duration: 10m\n').slides;
  it('is ahead when a slide starts before the agenda says', () => {
    const p = pace(slides, 10, 1, 60_000);
    expect(p.remaining).toBe(9 * 60_000);
    expect(p.drift).toBe(60_000); // slide B was planned at 2:00, reached at 1:00
  });
  it('is behind once the current slide overruns its own time', () => {
    expect(pace(slides, 10, 0, 3 * 60_000, 3 * 60_000).drift).toBe(-60_000);
  });
  it('says nothing about pace when the deck has no timings', () => {
    expect(pace(deck('# A\n').slides, undefined, 0, 5000)).toEqual({ elapsed: 5000 });
  });
});

describe('formatClock() and recordedMinutes()', () => {
  it('formats minutes and hours, negative when over time', () => {
    expect(formatClock(75_000)).toBe('1:15');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-61_000)).toBe('-1:01');
  });
  it('rounds recorded times to half minutes, never below half a minute', () => {
    expect(recordedMinutes(5_000)).toBe(0.5);
    expect(recordedMinutes(100_000)).toBe(1.5);
    expect(recordedMinutes(240_000)).toBe(4);
  });
});

import type { Slide } from '../../../core';
import { formatClock, pace } from '../../lib/agenda';

interface Props {
  slides: readonly Slide[];
  duration?: number;
  index: number;
  elapsed: number;
  slideElapsed: number;
  now: number;
}

/** Elapsed and remaining time against the deck's agenda, ahead/behind, and the wall clock. */
export function PresenterTimer({ slides, duration, index, elapsed, slideElapsed, now }: Props) {
  const p = pace(slides, duration, index, elapsed, slideElapsed);
  const drift = p.drift;
  const verdict = drift === undefined ? null : Math.abs(drift) < 30_000 ? 'on time' : drift > 0 ? `${formatClock(drift)} ahead` : `${formatClock(-drift)} behind`;
  const slideMinutes = slides[index]?.minutes;
  return (
    <section className="presenter-timer" aria-label="Timer">
      <div className="timer-cell">
        <span className="timer-label">Elapsed</span>
        <span className="timer-value" data-testid="elapsed">{formatClock(elapsed)}</span>
      </div>
      <div className="timer-cell">
        <span className="timer-label">Remaining</span>
        <span className={`timer-value ${p.remaining !== undefined && p.remaining < 0 ? 'over' : ''}`} data-testid="remaining">
          {p.remaining === undefined ? '—' : formatClock(p.remaining)}
        </span>
      </div>
      <div className="timer-cell">
        <span className="timer-label">This slide</span>
        <span className="timer-value">{formatClock(slideElapsed)}{slideMinutes !== undefined ? ` / ${formatClock(slideMinutes * 60_000)}` : ''}</span>
      </div>
      <div className="timer-cell">
        <span className="timer-label">Pace</span>
        <span className={`timer-value pace ${drift === undefined ? '' : drift >= -30_000 ? 'ahead' : 'behind'}`} data-testid="pace">{verdict ?? 'no agenda'}</span>
      </div>
      <div className="timer-cell">
        <span className="timer-label">Clock</span>
        <span className="timer-value" data-testid="clock">{new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
      </div>
    </section>
  );
}

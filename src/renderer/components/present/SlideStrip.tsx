import { memo, useCallback, useEffect, useRef } from 'react';
import type { Slide } from '../../../core';
import { SlideView } from '../common/SlideView';

interface Props {
  slides: readonly Slide[];
  current: number;
  assetBase: string;
  theme?: string;
  onJump(index: number): void;
}

/** Every slide as a small thumbnail; a click jumps there. Memoised: it only redraws when the deck changes. */
const Thumbs = memo(function Thumbs({ slides, assetBase, theme, onJump }: Omit<Props, 'current'>) {
  return (
    <>
      {slides.map((s) => (
        <li key={s.index}>
          <button className="strip-item" data-index={s.index} onClick={() => onJump(s.index)} aria-label={`Go to slide ${s.index + 1}: ${s.title}`}>
            <SlideView html={s.html} attributes={s.attributes} assetBase={assetBase} theme={theme} />
            <span className="strip-number">{s.index + 1}</span>
          </button>
        </li>
      ))}
    </>
  );
});

export function SlideStrip({ slides, current, assetBase, theme, onJump }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const jump = useRef(onJump);
  jump.current = onJump;
  const stableJump = useCallback((i: number) => jump.current(i), []);
  useEffect(() => {
    list.current?.querySelectorAll('.strip-item').forEach((el, i) => el.classList.toggle('current', i === current));
    list.current?.querySelector('.strip-item.current')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [current, slides]);
  return (
    <nav className="slide-strip" aria-label="All slides">
      <ol ref={list}>
        <Thumbs slides={slides} assetBase={assetBase} theme={theme} onJump={stableJump} />
      </ol>
    </nav>
  );
}

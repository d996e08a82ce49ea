import { useEffect, useRef, useState } from 'react';
import { routeLinksOutside } from '../../lib/external-links';
import { podium } from '../../api';

const SIZES = [14, 16, 18, 20, 24, 28, 32, 40, 48];
const KEY = 'podium.notesSize';

/** Speaker notes (already sanitised by the engine) at a size the presenter can read from a step back. */
export function NotesPane({ html }: { html: string }) {
  const [size, setSize] = useState(() => Number(localStorage.getItem(KEY)) || 24);
  const bump = (dir: 1 | -1) => setSize((s) => SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(SIZES.reduce((a, b) => (Math.abs(b - s) < Math.abs(a - s) ? b : a))) + dir))]);
  const pane = useRef<HTMLElement>(null);
  useEffect(() => routeLinksOutside(pane.current!), []);
  useEffect(() => localStorage.setItem(KEY, String(size)), [size]);
  useEffect(() => podium.on('app:menu', (c) => {
    if (c === 'zoom-notes-in') bump(1);
    if (c === 'zoom-notes-out') bump(-1);
  }), []);
  return (
    <section className="notes-pane" aria-label="Speaker notes" ref={pane}>
      <header className="notes-header">
        <h2>Notes</h2>
        <button onClick={() => bump(-1)} aria-label="Smaller notes">A−</button>
        <span className="notes-size">{size}px</span>
        <button onClick={() => bump(1)} aria-label="Larger notes">A+</button>
      </header>
      {html ? (
        <div className="notes-text" style={{ fontSize: size }} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <p className="muted notes-text" style={{ fontSize: size }}>No notes for this slide.</p>
      )}
    </section>
  );
}

import { useState } from 'react';
import type { Deck } from '../../../core';
import { podium } from '../../api';
import type { DeckFile } from '../../../shared/ipc-types';
import { formatClock, recordedMinutes } from '../../lib/agenda';
import { writeMinutes } from '../../lib/write-minutes';

interface Props {
  file: DeckFile;
  deck: Deck;
  /** Milliseconds spent on each slide (reading-order index). */
  recorded: ReadonlyMap<number, number>;
  onDone(): void;
}

/** After a rehearsal: planned against recorded time per slide, and the option to keep the recorded times. */
export function RehearsalSummary({ file, deck, recorded, onDone }: Props) {
  const [status, setStatus] = useState('');
  const total = [...recorded.values()].reduce((a, b) => a + b, 0);
  const minutes = new Map([...recorded].filter(([, ms]) => ms >= 1000).map(([i, ms]) => [i, recordedMinutes(ms)]));

  const write = async () => {
    const source = writeMinutes(file.source, deck.slides, minutes);
    const result = await podium.workspace.saveDeck({ path: file.path, source, baseMtimeMs: file.mtimeMs });
    if (result.ok) setStatus(`Wrote planned minutes for ${minutes.size} slides into the deck.`);
    else if (result.reason === 'changed-on-disk') setStatus('Not written: the deck changed on disk since the rehearsal started. Rehearse again or edit the minutes by hand.');
    else setStatus(`Not written: ${result.message}`);
  };

  return (
    <div className="rehearsal-summary">
      <header className="toolbar">
        <h1 className="toolbar-title">Rehearsal of {deck.meta.title || 'this deck'}: {formatClock(total)}</h1>
        <div className="toolbar-spacer" />
        <button className="primary" onClick={() => void write()} disabled={minutes.size === 0}>Write recorded minutes into the deck</button>
        <button onClick={onDone}>Done</button>
      </header>
      {status && <p className="status-line" role="status">{status}</p>}
      <table className="rehearsal-table">
        <thead>
          <tr><th>#</th><th>Slide</th><th>Planned</th><th>Recorded</th></tr>
        </thead>
        <tbody>
          {deck.slides.map((s) => (
            <tr key={s.index}>
              <td>{s.index + 1}</td>
              <td>{s.title || <span className="muted">(untitled)</span>}</td>
              <td>{s.minutes !== undefined ? `${s.minutes} min` : '—'}</td>
              <td>{recorded.has(s.index) ? `${formatClock(recorded.get(s.index)!)} → ${minutes.get(s.index) ?? '—'} min` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

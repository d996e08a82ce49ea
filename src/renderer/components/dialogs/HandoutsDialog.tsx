import { useEffect, useState } from 'react';
import { podium } from '../../api';
import type { HandoutLayout, HandoutRequest } from '../../../shared/ipc-types';
import { Dialog } from '../common/Dialog';

const LAYOUTS: { id: HandoutLayout; label: string }[] = [
  { id: 'slides-3', label: '3 slides with note lines' },
  { id: 'slides-1', label: '1 slide per page' },
  { id: 'slides-2', label: '2 slides per page' },
  { id: 'slides-6', label: '6 slides per page' },
  { id: 'notes', label: 'Facilitator guide (notes)' },
  { id: 'outline', label: 'Outline (text only)' },
  { id: 'card', label: 'Resource card' },
];

interface Props {
  deckPath: string;
  onClose(): void;
}

/** Layout, paper and large print, a live preview of the very pages that print, then Print or PDF. */
export function HandoutsDialog({ deckPath, onClose }: Props) {
  const [request, setRequest] = useState<HandoutRequest>({ deckPath, layout: 'slides-3', paper: 'letter', largePrint: false });
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    setError('');
    void podium.handouts.preview(request).then((r) => {
      if (!live) return;
      if (r.ok) setHtml(r.html);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [request]);

  const output = async (kind: 'print' | 'savePdf') => {
    setBusy(true);
    setStatus(kind === 'print' ? 'Opening the print dialog…' : 'Saving PDF…');
    try {
      const r = await podium.handouts[kind](request);
      if (r.ok) setStatus(r.path ? `Saved ${r.path}` : 'Sent to the printer.');
      else setStatus(r.cancelled ? 'Cancelled.' : `Failed: ${r.message}`);
    } finally {
      setBusy(false);
    }
  };

  const set = (patch: Partial<HandoutRequest>) => setRequest((r) => ({ ...r, ...patch }));
  const largePrintApplies = request.layout === 'outline' || request.layout === 'notes';

  return (
    <Dialog title="Handouts" onClose={onClose} className="handouts-dialog">
      <div className="handouts-body">
        <form className="handouts-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Layout</legend>
            {LAYOUTS.map((l) => (
              <label key={l.id} className="choice">
                <input type="radio" name="layout" value={l.id} checked={request.layout === l.id} onChange={() => set({ layout: l.id })} />
                {l.label}
              </label>
            ))}
          </fieldset>
          <label className="field">
            Paper
            <select value={request.paper} onChange={(e) => set({ paper: e.target.value as HandoutRequest['paper'] })} aria-label="Paper">
              <option value="letter">US Letter</option>
              <option value="a4">A4</option>
            </select>
          </label>
          <label className="choice">
            <input type="checkbox" checked={request.largePrint} onChange={(e) => set({ largePrint: e.target.checked })} disabled={!largePrintApplies} />
            Large print{largePrintApplies ? '' : ' (outline and guide)'}
          </label>
        </form>
        <div className="handouts-preview">
          {error ? <p className="error" role="alert">{error}</p> : <iframe title="Print preview" sandbox="allow-same-origin" srcDoc={html} />}
        </div>
      </div>
      <p className="status-line" role="status">{status}</p>
      <div className="dialog-buttons">
        <button onClick={onClose}>Close</button>
        <button onClick={() => void output('print')} disabled={busy || !!error}>Print…</button>
        <button className="primary" onClick={() => void output('savePdf')} disabled={busy || !!error}>Save as PDF…</button>
      </div>
    </Dialog>
  );
}

import { useEffect, useRef, useState } from 'react';
import { podium } from '../../api';
import type { ExportProgressEvent, ExportRequest, ExportResult } from '../../../shared/ipc-types';
import { AVAILABLE_THEMES } from '../../lib/themes';
import { Dialog } from '../common/Dialog';

interface Props {
  /** One deck, or the whole workspace when undefined. */
  deckPath?: string;
  onClose(): void;
}

const formatBytes = (n: number) => (n > 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1000))} kB`);

/** Folder or single file, a progress bar while it runs, then what was written and where. */
export function ExportDialog({ deckPath, onClose }: Props) {
  const [mode, setMode] = useState<ExportRequest['mode']>('folder');
  const [theme, setTheme] = useState('');
  const [progress, setProgress] = useState<ExportProgressEvent | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const job = useRef('');

  useEffect(() => podium.on('export:progress', (p) => {
    if (p.jobId === job.current) setProgress(p);
  }), []);

  const run = async () => {
    job.current = `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    setRunning(true);
    setResult(null);
    setProgress(null);
    try {
      setResult(await podium.export.run({ deckPath, mode, theme: theme || undefined, jobId: job.current }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog title={deckPath ? 'Export this deck' : 'Export all decks'} onClose={onClose} className="export-dialog">
      <fieldset disabled={running}>
        <legend>Format</legend>
        <label className="choice">
          <input type="radio" name="mode" checked={mode === 'folder'} onChange={() => setMode('folder')} />
          Folder: plays from a USB stick in any browser (video included)
        </label>
        <label className="choice">
          <input type="radio" name="mode" checked={mode === 'single-file'} onChange={() => setMode('single-file')} />
          Single file: one HTML file to email (video left out)
        </label>
        <label className="field">
          Theme
          <select value={theme} onChange={(e) => setTheme(e.target.value)} aria-label="Theme">
            <option value="">As the deck says</option>
            {AVAILABLE_THEMES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
      </fieldset>
      {(running || progress) && (
        <div className="export-progress">
          <progress max={progress?.total || 1} value={progress?.done ?? 0} aria-label="Export progress" />
          <span className="muted">{progress ? `${progress.done} / ${progress.total} · ${progress.message}` : 'Starting…'}</span>
        </div>
      )}
      {result && <ExportSummary result={result} />}
      <div className="dialog-buttons">
        <button onClick={onClose} disabled={running}>Close</button>
        {result?.ok && <button onClick={() => void podium.export.openResult(result.outputPath)}>Open result folder</button>}
        <button className="primary" onClick={() => void run()} disabled={running}>{running ? 'Exporting…' : 'Export…'}</button>
      </div>
    </Dialog>
  );
}

function ExportSummary({ result }: { result: ExportResult }) {
  if (!result.ok) return <p className={result.cancelled ? 'muted' : 'error'} role="status">{result.cancelled ? 'Export cancelled.' : `Export failed: ${result.message}`}</p>;
  return (
    <div className="export-summary" role="status">
      <p>
        Exported {result.decks} {result.decks === 1 ? 'deck' : 'decks'} ({result.slides} slides, {result.files} files, {formatBytes(result.bytes)}) to <code>{result.outputPath}</code>.
      </p>
      {result.warnings.length > 0 && (
        <ul className="warnings">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { podium } from '../../api';
import type { RecentWorkspace, WorkspaceInfo } from '../../../shared/ipc-types';

interface Props {
  workspace: WorkspaceInfo | null;
  onOpenFolder(): void;
  onOpenRecent(root: string): void;
  onNewDeck(): void;
  onExportAll(): void;
}

export function LibraryToolbar({ workspace, onOpenFolder, onOpenRecent, onNewDeck, onExportAll }: Props) {
  const [recent, setRecent] = useState<RecentWorkspace[]>([]);
  useEffect(() => {
    void podium.workspace.recent().then(setRecent);
  }, [workspace?.root]);
  const others = recent.filter((r) => r.root !== workspace?.root);

  return (
    <header className="toolbar">
      <h1 className="toolbar-title">{workspace ? workspace.name : 'Podium'}</h1>
      {workspace?.isBundledCopy && <span className="tag">Workshop series (your copy)</span>}
      <div className="toolbar-spacer" />
      <button onClick={onNewDeck} disabled={!workspace}>New deck</button>
      <button onClick={onOpenFolder}>Open folder…</button>
      <label className="recent">
        <span className="visually-hidden">Recent workspaces</span>
        <select value="" onChange={(e) => e.target.value && onOpenRecent(e.target.value)} disabled={others.length === 0} aria-label="Recent workspaces">
          <option value="">Recent…</option>
          {others.map((r) => (
            <option key={r.root} value={r.root} disabled={!r.exists}>
              {r.name}{r.exists ? '' : ' (missing)'}
            </option>
          ))}
        </select>
      </label>
      <button onClick={onExportAll} disabled={!workspace}>Export all…</button>
    </header>
  );
}

import { useEffect, useState } from 'react';
import { podium } from '../api';
import { LibraryView } from './library/LibraryView';
import { EditorView } from './editor/EditorView';
import { PresenterConsole } from './present/PresenterConsole';
import { HandoutsDialog } from './dialogs/HandoutsDialog';
import { ExportDialog } from './dialogs/ExportDialog';

export type Screen =
  | { kind: 'library' }
  | { kind: 'editor'; path: string; recoveryId?: string }
  | { kind: 'present'; path: string; rehearse: boolean; returnTo: 'library' | 'editor' };

export type DialogState = { kind: 'handouts'; path: string } | { kind: 'export'; path?: string } | null;

export interface Navigate {
  open(path: string, recoveryId?: string): void;
  present(path: string, rehearse: boolean): void;
  library(): void;
  handouts(path: string): void;
  exportDecks(path?: string): void;
}

/** The main window: library, editor or presenter console, plus the handouts and export dialogs. */
export function MainWindow() {
  const [screen, setScreen] = useState<Screen>({ kind: 'library' });
  const [dialog, setDialog] = useState<DialogState>(null);

  const nav: Navigate = {
    open: (path, recoveryId) => setScreen({ kind: 'editor', path, recoveryId }),
    present: (path, rehearse) => setScreen({ kind: 'present', path, rehearse, returnTo: screen.kind === 'editor' ? 'editor' : 'library' }),
    library: () => setScreen({ kind: 'library' }),
    handouts: (path) => setDialog({ kind: 'handouts', path }),
    exportDecks: (path) => setDialog({ kind: 'export', path }),
  };

  // A deck double-clicked in the file manager (or passed on the command line) opens in the editor.
  useEffect(() => podium.on('workspace:openDeckRequested', ({ path }) => {
    setDialog(null);
    setScreen({ kind: 'editor', path });
  }), []);

  useEffect(() => podium.on('app:menu', (command) => {
    if (command === 'show-library') setScreen({ kind: 'library' });
    if (command === 'export') setDialog((d) => d ?? { kind: 'export' });
  }), []);

  return (
    <div className="main-window">
      {screen.kind === 'library' && <LibraryView nav={nav} />}
      {screen.kind === 'editor' && <EditorView key={screen.path} path={screen.path} recoveryId={screen.recoveryId} nav={nav} />}
      {screen.kind === 'present' && (
        <PresenterConsole
          path={screen.path}
          rehearse={screen.rehearse}
          onLeave={() => setScreen(screen.returnTo === 'editor' ? { kind: 'editor', path: screen.path } : { kind: 'library' })}
        />
      )}
      {dialog?.kind === 'handouts' && <HandoutsDialog deckPath={dialog.path} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'export' && <ExportDialog deckPath={dialog.path} onClose={() => setDialog(null)} />}
    </div>
  );
}

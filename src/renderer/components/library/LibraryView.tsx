import { useCallback, useEffect, useState } from 'react';
import { podium } from '../../api';
import type { DeckSummary, RecoveryEntry, WorkspaceInfo } from '../../../shared/ipc-types';
import type { Navigate } from '../MainWindow';
import { DeckCard } from './DeckCard';
import { LibraryToolbar } from './LibraryToolbar';
import { RecoveryBanner } from './RecoveryBanner';
import { NewDeckDialog } from './NewDeckDialog';
import { PromptDialog } from '../common/PromptDialog';
import { ConfirmDialog } from '../common/ConfirmDialog';

type Pending = { kind: 'new' } | { kind: 'rename'; deck: DeckSummary } | { kind: 'trash'; deck: DeckSummary } | null;

/** The decks of the open workspace as cards, with everything a facilitator does to whole decks. */
export function LibraryView({ nav }: { nav: Navigate }) {
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null | undefined>(undefined);
  const [decks, setDecks] = useState<DeckSummary[]>([]);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>([]);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<string>('');

  const reload = useCallback(async () => {
    const [list, rec] = await Promise.all([podium.workspace.listDecks(), podium.recovery.list()]);
    setDecks(list);
    setRecoveries(rec);
  }, []);

  useEffect(() => {
    void podium.workspace.current().then((ws) => {
      setWorkspace(ws);
      if (ws) void reload();
    });
    const offOpened = podium.on('workspace:opened', (ws) => {
      setWorkspace(ws);
      void reload();
    });
    const offChanged = podium.on('workspace:libraryChanged', () => void reload());
    const offMenu = podium.on('app:menu', (command) => {
      if (command === 'new-deck') setPending({ kind: 'new' });
      if (command === 'open-folder') void podium.workspace.openFolder().then((ws) => ws && (setWorkspace(ws), void reload()));
    });
    return () => {
      offOpened();
      offChanged();
      offMenu();
    };
  }, [reload]);

  const opened = (ws: WorkspaceInfo | null) => {
    if (!ws) return;
    setWorkspace(ws);
    void reload();
  };

  const report = async (op: Promise<{ ok: true; path: string } | { ok: false; message: string }>, done: string) => {
    const result = await op;
    setMessage(result.ok ? done : result.message);
    await reload();
    return result;
  };

  return (
    <div className="library">
      <LibraryToolbar
        workspace={workspace ?? null}
        onOpenFolder={() => void podium.workspace.openFolder().then(opened)}
        onOpenRecent={(root) => void podium.workspace.openRecent(root).then(opened)}
        onNewDeck={() => setPending({ kind: 'new' })}
        onExportAll={() => nav.exportDecks()}
      />
      <RecoveryBanner
        entries={recoveries}
        onRestore={(entry) => nav.open(entry.deckPath, entry.id)}
        onDiscard={(entry) => void podium.recovery.discard(entry.id).then(reload)}
      />
      {message && <p className="status-line" role="status">{message}</p>}
      {workspace === null && <p className="empty">No workspace is open. Choose “Open folder” to pick a folder of decks.</p>}
      {workspace && decks.length === 0 && <p className="empty">This folder has no decks yet. Create one with “New deck”.</p>}
      <ul className="deck-grid" aria-label="Decks">
        {decks.map((deck) => (
          <DeckCard
            key={deck.path}
            deck={deck}
            onOpen={() => nav.open(deck.path)}
            onPresent={() => nav.present(deck.path, false)}
            onRehearse={() => nav.present(deck.path, true)}
            onHandouts={() => nav.handouts(deck.path)}
            onExport={() => nav.exportDecks(deck.path)}
            onRename={() => setPending({ kind: 'rename', deck })}
            onDuplicate={() => void report(podium.workspace.duplicateDeck(deck.path), `Duplicated “${deck.title}”.`)}
            onTrash={() => setPending({ kind: 'trash', deck })}
          />
        ))}
      </ul>
      {pending?.kind === 'new' && workspace && (
        <NewDeckDialog
          onCancel={() => setPending(null)}
          onCreate={async (templateId, title) => {
            setPending(null);
            const result = await report(podium.workspace.createDeck({ folder: workspace.root, templateId, title }), `Created “${title}”.`);
            if (result.ok) nav.open(result.path);
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <PromptDialog
          title={`Rename “${pending.deck.title}”`}
          label="New file name"
          initial={pending.deck.relativePath.split('/').pop() ?? ''}
          confirm="Rename"
          onCancel={() => setPending(null)}
          onConfirm={(name) => {
            setPending(null);
            void report(podium.workspace.renameDeck(pending.deck.path, name), `Renamed to ${name}.`);
          }}
        />
      )}
      {pending?.kind === 'trash' && (
        <ConfirmDialog
          title={`Move “${pending.deck.title}” to the trash?`}
          body="You can restore it from the system trash."
          confirm="Move to trash"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            setPending(null);
            void report(podium.workspace.trashDeck(pending.deck.path), `Moved “${pending.deck.title}” to the trash.`);
          }}
        />
      )}
    </div>
  );
}

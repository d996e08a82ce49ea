import type { RecoveryEntry } from '../../../shared/ipc-types';

interface Props {
  entries: RecoveryEntry[];
  onRestore(entry: RecoveryEntry): void;
  onDiscard(entry: RecoveryEntry): void;
}

/** After a crash: unsaved edits that were autosaved, offered back before anything else. */
export function RecoveryBanner({ entries, onRestore, onDiscard }: Props) {
  if (entries.length === 0) return null;
  return (
    <section className="banner recovery-banner" aria-label="Recovered edits">
      <h2>Unsaved edits were recovered</h2>
      <p>Podium closed before these edits were saved. Restore them to review and save, or discard them.</p>
      <ul>
        {entries.map((e) => (
          <li key={e.id} className="recovery-entry">
            <strong>{e.title || e.deckPath}</strong> <span className="muted">autosaved {new Date(e.savedAt).toLocaleString()}</span>
            <button onClick={() => onRestore(e)}>Restore</button>
            <button onClick={() => onDiscard(e)}>Discard</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

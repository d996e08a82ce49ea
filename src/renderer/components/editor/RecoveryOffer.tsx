import type { RecoveryEntry } from '../../../shared/ipc-types';

interface Props {
  entry: RecoveryEntry;
  onRestore(): void;
  onDiscard(): void;
}

export function RecoveryOffer({ entry, onRestore, onDiscard }: Props) {
  return (
    <div className="banner recovery-offer" role="alert">
      Unsaved edits to this deck were autosaved {new Date(entry.savedAt).toLocaleString()} before Podium closed.
      <button className="primary" onClick={onRestore}>Restore them</button>
      <button onClick={onDiscard}>Discard</button>
    </div>
  );
}

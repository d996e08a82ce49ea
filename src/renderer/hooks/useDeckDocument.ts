import { useCallback, useEffect, useRef, useState } from 'react';
import { podium } from '../api';
import type { DeckFile, RecoveryEntry } from '../../shared/ipc-types';

/** A version of the deck on disk that differs from the editor's, waiting for the user's choice. */
export interface Conflict {
  source: string;
  mtimeMs: number;
}

export interface DeckDocument {
  file: DeckFile | null;
  /** Text to start the editor with (a restored recovery copy when one was asked for). */
  initialText: string | null;
  error: string;
  dirty: boolean;
  saving: boolean;
  status: string;
  conflict: Conflict | null;
  deleted: boolean;
  /** A recovery copy found when the deck opened, not yet restored or discarded. */
  recoveryOffer: RecoveryEntry | null;
  changed(text: string): void;
  save(text: string, force?: boolean): Promise<boolean>;
  /** The editor's text was replaced by the disk version (take theirs / reload). */
  acceptDisk(conflict: Conflict): void;
  restoreOffer(): Promise<string | null>;
  dismissOffer(): void;
}

const AUTOSAVE_DELAY_MS = 1500;

/**
 * One open deck file: its saved text and mtime, the dirty flag (told to main so closing asks),
 * autosave to the recovery folder, saves that refuse to overwrite external edits, and the
 * external-change events main sends while the deck is open.
 */
export function useDeckDocument(path: string, recoveryId: string | undefined, onDiskReload: (text: string) => void): DeckDocument {
  const [file, setFile] = useState<DeckFile | null>(null);
  const [initialText, setInitialText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [deleted, setDeleted] = useState(false);
  const [recoveryOffer, setRecoveryOffer] = useState<RecoveryEntry | null>(null);
  const saved = useRef({ text: '', mtimeMs: 0 });
  const autosaveTimer = useRef<number | undefined>(undefined);
  const latestText = useRef('');
  const reload = useRef(onDiskReload);
  reload.current = onDiskReload;

  const markDirty = useCallback((value: boolean) => {
    setDirty((was) => {
      if (was !== value) void podium.window.setDirty(value);
      return value;
    });
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const f = await podium.workspace.readDeck(path);
        let text = f.source;
        if (recoveryId) {
          const recovered = await podium.recovery.read(recoveryId);
          if (recovered !== null) text = recovered;
        } else if (f.recovery) {
          setRecoveryOffer(f.recovery);
        }
        if (!live) return;
        saved.current = { text: f.source, mtimeMs: f.mtimeMs };
        latestText.current = text;
        setFile(f);
        setInitialText(text);
        markDirty(text !== f.source);
      } catch (e) {
        if (live) setError(`Could not open ${path}: ${(e as Error).message}`);
      }
    })();
    return () => {
      live = false;
      window.clearTimeout(autosaveTimer.current);
      void podium.workspace.closeDeck(path);
      void podium.window.setDirty(false);
    };
  }, [path, recoveryId, markDirty]);

  useEffect(() => podium.on('workspace:deckChanged', (event) => {
    if (event.path !== path) return;
    if (event.kind === 'deleted') {
      setDeleted(true);
      setStatus('The file was deleted or moved on disk. Save to write it again.');
    } else if (event.kind === 'reloaded' && latestText.current === saved.current.text) {
      saved.current = { text: event.source, mtimeMs: event.mtimeMs };
      latestText.current = event.source;
      reload.current(event.source);
      setStatus('Reloaded: the file changed on disk.');
    } else if (event.source !== latestText.current) {
      setConflict({ source: event.source, mtimeMs: event.mtimeMs });
    }
  }), [path]);

  const changed = useCallback((text: string) => {
    latestText.current = text;
    markDirty(text !== saved.current.text);
    window.clearTimeout(autosaveTimer.current);
    autosaveTimer.current = window.setTimeout(() => {
      if (latestText.current !== saved.current.text) void podium.recovery.autosave(path, latestText.current);
    }, AUTOSAVE_DELAY_MS);
  }, [path, markDirty]);

  const save = useCallback(async (text: string, force = false) => {
    setSaving(true);
    try {
      const result = await podium.workspace.saveDeck({ path, source: text, baseMtimeMs: deleted ? undefined : saved.current.mtimeMs, force });
      if (result.ok) {
        window.clearTimeout(autosaveTimer.current);
        saved.current = { text, mtimeMs: result.mtimeMs };
        markDirty(latestText.current !== text);
        setConflict(null);
        setDeleted(false);
        setStatus(`Saved at ${new Date().toLocaleTimeString()}`);
        return true;
      }
      if (result.reason === 'changed-on-disk') setConflict(result.disk);
      else setStatus(`Not saved: ${result.message}`);
      return false;
    } finally {
      setSaving(false);
    }
  }, [path, deleted, markDirty]);

  const acceptDisk = useCallback((c: Conflict) => {
    saved.current = { text: c.source, mtimeMs: c.mtimeMs };
    latestText.current = c.source;
    reload.current(c.source);
    markDirty(false);
    setConflict(null);
    setStatus('Took the version on disk.');
  }, [markDirty]);

  const restoreOffer = useCallback(async () => {
    const offer = recoveryOffer;
    setRecoveryOffer(null);
    if (!offer) return null;
    const text = await podium.recovery.read(offer.id);
    if (text !== null) {
      latestText.current = text;
      reload.current(text);
      markDirty(text !== saved.current.text);
    }
    return text;
  }, [recoveryOffer, markDirty]);

  const dismissOffer = useCallback(() => {
    if (recoveryOffer) void podium.recovery.discard(recoveryOffer.id);
    setRecoveryOffer(null);
  }, [recoveryOffer]);

  return { file, initialText, error, dirty, saving, status, conflict, deleted, recoveryOffer, changed, save, acceptDisk, restoreOffer, dismissOffer };
}

import { useEffect, useState } from 'react';
import { parse, type Deck } from '../../core';
import { podium } from '../api';
import type { DeckFile } from '../../shared/ipc-types';

export interface OpenDeck {
  file: DeckFile;
  deck: Deck;
}

/** Reads and parses a deck for presenting (no editing, so no cache or autosave). */
export function useOpenDeck(path: string | null): { open: OpenDeck | null; error: string; reload(): void } {
  const [open, setOpen] = useState<OpenDeck | null>(null);
  const [error, setError] = useState('');
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    podium.workspace.readDeck(path).then(
      (file) => live && setOpen({ file, deck: parse(file.source) }),
      (e: Error) => live && setError(`Could not open ${path}: ${e.message}`),
    );
    return () => {
      live = false;
      void podium.workspace.closeDeck(path);
    };
  }, [path, generation]);
  return { open, error, reload: () => setGeneration((g) => g + 1) };
}

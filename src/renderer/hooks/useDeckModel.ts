import { useMemo, useRef } from 'react';
import { createSlideCache, parse, type Deck } from '../../core';

/** Parses deck text incrementally: unchanged slides come back from the cache. */
export function useDeckParser(): (text: string) => Deck {
  const cache = useRef(createSlideCache());
  return useMemo(() => (text: string) => parse(text, { cache: cache.current }), []);
}

/** One-off parse of a text that is not being edited (audience window, library previews). */
export function useParsedDeck(text: string | null): Deck | null {
  const parseText = useDeckParser();
  return useMemo(() => (text === null ? null : parseText(text)), [text, parseText]);
}

// Incremental parsing: a slide whose text and context are unchanged reuses its rendering, so an
// edit re-renders only the slides it touched.
import type { RenderedSlide } from './render-slide';

export interface SlideCache {
  /** Slides rendered (not reused) by the last parse that used this cache. */
  readonly lastRendered: number;
  get(key: string): RenderedSlide | undefined;
  set(key: string, value: RenderedSlide): void;
  /** Starts a parse. */
  begin(): void;
  /** Ends a parse: entries not used by it are dropped, so the cache holds one deck's slides. */
  end(): void;
}

export function createSlideCache(): SlideCache {
  let previous = new Map<string, RenderedSlide>();
  let current = new Map<string, RenderedSlide>();
  let rendered = 0;
  return {
    get lastRendered() {
      return rendered;
    },
    get(key) {
      const hit = current.get(key) ?? previous.get(key);
      if (hit) current.set(key, hit);
      return hit;
    },
    set(key, value) {
      rendered++;
      current.set(key, value);
    },
    begin() {
      rendered = 0;
    },
    end() {
      previous = current;
      current = new Map();
    },
  };
}

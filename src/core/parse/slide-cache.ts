// Incremental parsing: a slide whose text and context are unchanged reuses its rendering, so an
// edit re-renders only the slides it touched. Keyed by context, then by the slide's own text, so a
// lookup hashes the slide text once and builds no key strings.
import type { RenderedSlide } from './render-slide';
import type { ParseState } from './state';

export interface SlideCache {
  /** Slides rendered (not reused) by the last parse that used this cache. */
  readonly lastRendered: number;
  /** Renderings kept since the last trim. */
  readonly size: number;
  /** The last parse, for the next one to start from. */
  state?: ParseState;
  get(context: string, text: string): RenderedSlide | undefined;
  set(context: string, text: string, value: RenderedSlide): void;
  /** Starts a parse. */
  begin(): void;
  /** Ends a parse: entries not used by it are dropped, so the cache holds one deck's slides. */
  end(): void;
}

type Entries = Map<string, Map<string, RenderedSlide>>;

export function createSlideCache(): SlideCache {
  let previous: Entries = new Map();
  let current: Entries = new Map();
  let rendered = 0;
  const put = (entries: Entries, context: string, text: string, value: RenderedSlide) => {
    let byText = entries.get(context);
    if (!byText) entries.set(context, (byText = new Map()));
    byText.set(text, value);
  };
  let size = 0;
  return {
    state: undefined,
    get lastRendered() {
      return rendered;
    },
    get size() {
      return size;
    },
    get(context, text) {
      const hit = current.get(context)?.get(text) ?? previous.get(context)?.get(text);
      if (hit) put(current, context, text, hit);
      return hit;
    },
    set(context, text, value) {
      rendered++;
      size++;
      put(current, context, text, value);
    },
    begin() {
      rendered = 0;
    },
    end() {
      previous = current;
      current = new Map();
      size = 0;
    },
  };
}

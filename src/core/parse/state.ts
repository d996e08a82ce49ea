// What one parse leaves behind for the next (through the SlideCache), so an edit can re-split and
// re-render only the slides it touched.
import type { Deck, DeckMeta, Diagnostic, Slide } from '../model';
import type { FrontMatter } from './front-matter';
import type { SlideContext } from './render-slide';
import type { RawSlide, SplitOptions } from './split';

export interface ParseState {
  /** The normalised source. */
  text: string;
  fm: FrontMatter;
  /** Metadata before the title falls back to the first heading. */
  meta: DeckMeta;
  /** Diagnostics about the front matter and deck-wide settings. */
  headDiagnostics: Diagnostic[];
  splitOptions: SplitOptions;
  context: SlideContext;
  contextKey: string;
  /** Marp carries directives from slide to slide, so its decks are always parsed whole. */
  sequential: boolean;
  raws: RawSlide[];
  slides: Slide[];
  /** Per slide: rendering problems and separator warnings inside it. */
  slideDiagnostics: Diagnostic[][];
  css: string;
  /** The finished deck, once built. */
  deck?: Deck;
}

/** Maps offsets in the source to 1-based lines and columns. */
export interface Positions {
  line(offset: number): number;
  column(offset: number): number;
}

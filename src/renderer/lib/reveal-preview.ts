import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { renderSection, renderSlides, type Deck, type Slide } from '../../core';
import { resolveAssets, sectionElement, type AssetResolver } from './assets';
import { scopeStyles } from './scoped-styles';

export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** The reveal.js classes that describe navigation state; everything else on a section is the deck's. */
const REVEAL_STATE = new Set(['present', 'past', 'future', 'stack', 'visible', 'has-dark-background', 'has-light-background']);

function leafSections(slides: HTMLElement): HTMLElement[] {
  const leaves: HTMLElement[] = [];
  for (const top of Array.from(slides.children)) {
    if (!(top instanceof HTMLElement) || top.tagName !== 'SECTION') continue;
    const inner = Array.from(top.children).filter((c): c is HTMLElement => c instanceof HTMLElement && c.tagName === 'SECTION');
    leaves.push(...(inner.length > 0 ? inner : [top]));
  }
  return leaves;
}

const backgroundOf = (el: Element) =>
  Array.from(el.attributes).filter((a) => a.name.startsWith('data-background')).map((a) => `${a.name}=${a.value}`).join('\n');

const slideKey = (s: Slide) => `${JSON.stringify(s.attributes)}\u0000${s.html}`;
const layoutKey = (slides: readonly Slide[]) => slides.map((s) => `${s.h}.${s.v}`).join(',');

/**
 * A reveal.js instance that follows a changing deck. Only sections whose HTML or attributes
 * changed are patched in place (then `syncSlide`), so a keystroke in a 500-slide deck touches one
 * section; adding or removing a slide rebuilds the slide list and calls `sync()`.
 */
export class RevealPreview {
  private reveal?: RevealApi;
  private ready: Promise<void>;
  private slidesEl: HTMLElement;
  private sections: HTMLElement[] = [];
  private keys: string[] = [];
  private layout = '';
  private current = { index: 0, fragment: -1 };
  /** Counts of patched sections, for tests and the benchmark. */
  readonly stats = { rebuilds: 0, patches: 0 };

  private scope: string;

  constructor(private root: HTMLElement, private resolve: AssetResolver, options: { scope: string; controls?: boolean; keyboard?: boolean; transition?: 'none' | 'slide' | 'fade' }) {
    this.scope = options.scope;
    root.classList.add('reveal');
    this.slidesEl = document.createElement('div');
    this.slidesEl.className = 'slides';
    root.replaceChildren(this.slidesEl);
    const reveal = new Reveal(root, {
      embedded: true,
      width: SLIDE_WIDTH,
      height: SLIDE_HEIGHT,
      hash: false,
      history: false,
      respondToHashChanges: false,
      controls: options.controls ?? false,
      progress: false,
      keyboard: options.keyboard ?? false,
      transition: options.transition ?? 'none',
      backgroundTransition: 'none',
      overview: true,
      slideNumber: false,
      center: true,
      // Media in a preview must never play by itself.
      autoPlayMedia: false,
      preloadIframes: false,
    });
    this.ready = reveal.initialize().then(() => {
      this.reveal = reveal;
    });
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  get api(): RevealApi | undefined {
    return this.reveal;
  }

  /** Brings the DOM in line with the deck; returns how many sections were touched. */
  update(deck: Deck): number {
    const layout = layoutKey(deck.slides);
    if (layout !== this.layout || this.sections.length !== deck.slides.length) {
      this.rebuild(deck, layout);
      return deck.slides.length;
    }
    let touched = 0;
    deck.slides.forEach((slide, i) => {
      const key = slideKey(slide);
      if (key === this.keys[i]) return;
      this.patch(this.sections[i], slide);
      this.keys[i] = key;
      touched++;
    });
    this.stats.patches += touched;
    return touched;
  }

  private rebuild(deck: Deck, layout: string): void {
    this.slidesEl.innerHTML = renderSlides(deck, { notes: false });
    resolveAssets(this.slidesEl, this.resolve);
    scopeStyles(this.slidesEl, this.scope);
    this.sections = leafSections(this.slidesEl);
    this.keys = deck.slides.map(slideKey);
    this.layout = layout;
    this.stats.rebuilds++;
    if (this.reveal) {
      this.reveal.sync();
      this.show(this.current.index, this.current.fragment);
    }
  }

  private patch(section: HTMLElement, slide: Slide): void {
    const fresh = sectionElement(renderSection(slide, { notes: false }), this.resolve);
    scopeStyles(fresh, this.scope);
    const backgroundChanged = backgroundOf(section) !== backgroundOf(fresh);
    for (const attr of Array.from(section.attributes)) {
      if (attr.name !== 'class' && attr.name !== 'style' && !attr.name.startsWith('aria-') && !attr.name.startsWith('data-index') && attr.name !== 'hidden' && !fresh.hasAttribute(attr.name)) {
        section.removeAttribute(attr.name);
      }
    }
    for (const attr of Array.from(fresh.attributes)) {
      if (attr.name !== 'class') section.setAttribute(attr.name, attr.value);
    }
    const state = Array.from(section.classList).filter((c) => REVEAL_STATE.has(c));
    section.className = [...state, ...Array.from(fresh.classList)].join(' ');
    section.innerHTML = fresh.innerHTML;
    // syncSlide() also walks every slide's background (O(slides)); a keystroke rarely changes the
    // background, so only then is it worth it. Fragments always need re-sorting.
    if (backgroundChanged) this.reveal?.syncSlide(section);
    else this.reveal?.syncFragments(section);
  }

  /** Shows a slide (reading order) with `fragment` fragments visible (-1 = none). */
  show(index: number, fragment = -1): void {
    const same = this.current.index === index && this.current.fragment === fragment;
    this.current = { index, fragment };
    const section = this.sections[index];
    if (!this.reveal || !section) return;
    // reveal.slide() updates every slide's visibility (O(slides)): skip it when nothing moved.
    if (same && this.reveal.getCurrentSlide() === section) return;
    const { h, v } = this.reveal.getIndices(section);
    this.reveal.slide(h, v ?? 0, fragment);
  }

  layoutNow(): void {
    this.reveal?.layout();
  }

  destroy(): void {
    this.reveal?.destroy();
    this.reveal = undefined;
  }
}

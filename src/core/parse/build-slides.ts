// Raw slide ranges → Slide records: render each (or reuse its cached rendering), then place it in
// the file (lines, asset positions, diagnostics).
import type { AssetRef, Diagnostic, Slide } from '../model';
import { isRemoteUrl } from '../render/url';
import type { MarpDirectiveState } from './marp-directives';
import { type RenderedAsset, type RenderedSlide, type SlideContext, renderSlide } from './render-slide';
import type { SlideCache } from './slide-cache';
import type { RawSlide } from './split';
import type { Positions } from './state';

export interface BuiltSlides {
  slides: Slide[];
  slideDiagnostics: Diagnostic[][];
}

export function buildSlides(
  text: string,
  raws: RawSlide[],
  positions: Positions,
  context: SlideContext,
  contextKey: string,
  cache: SlideCache | undefined,
  marpState: MarpDirectiveState | undefined,
  splitDiagnostics: Diagnostic[],
): BuiltSlides {
  const slideDiagnostics: Diagnostic[][] = [];
  const slides = raws.map((r, index): Slide => {
    const slideText = text.slice(r.start, r.end);
    const key = marpState ? `${contextKey}\u0001${JSON.stringify(marpState.next([]))}` : contextKey;
    let rendered: RenderedSlide | undefined = cache?.get(key, slideText);
    if (rendered) marpState?.next(rendered.directives);
    else {
      rendered = renderSlide(slideText, context);
      cache?.set(key, slideText, rendered);
    }
    const startLine = positions.line(r.start);
    const endLine = r.end > r.start ? positions.line(r.end - 1) : startLine;
    const diagnostics: Diagnostic[] = rendered.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, line: positions.line(r.start + p.offset), column: positions.column(r.start + p.offset) }));
    for (const d of splitDiagnostics) if (d.line >= startLine && d.line <= endLine) diagnostics.push(d);
    slideDiagnostics.push(diagnostics);
    return {
      index,
      h: r.h,
      v: r.v,
      title: rendered.title,
      html: rendered.html,
      notesHtml: rendered.notesHtml,
      notesText: rendered.notesText,
      fragments: rendered.fragments,
      attributes: rendered.attributes,
      background: rendered.background,
      minutes: rendered.minutes,
      lines: { start: startLine, end: endLine },
      assets: rendered.assets.map((a) => placeAsset(a, positions, r.start)),
      source: slideText,
      words: rendered.words,
      textLines: rendered.textLines,
    };
  });
  return { slides, slideDiagnostics };
}

function placeAsset(a: RenderedAsset, positions: Positions, slideStart: number): AssetRef {
  const offset = slideStart + a.offset;
  const ref: AssetRef = { kind: a.kind, url: a.url, line: positions.line(offset), column: positions.column(offset), remote: isRemoteUrl(a.url) };
  if (a.kind === 'image') ref.alt = a.alt ?? '';
  if (a.optional) ref.optional = true;
  return ref;
}

/** Gives every slide its reading-order index and reveal.js h/v from what started it. */
export function renumber(raws: RawSlide[], slides: Slide[]): Slide[] {
  let h = 0;
  let v = 0;
  return slides.map((slide, index) => {
    const kind = raws[index].kind;
    if (index > 0 && kind === 'v') v++;
    else if (index > 0) { h++; v = 0; }
    raws[index] = { ...raws[index], h, v };
    return slide.index === index && slide.h === h && slide.v === v ? slide : { ...slide, index, h, v };
  });
}

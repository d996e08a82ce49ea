// Asset rules that need no files: alt text and remote URLs. Missing files and paths outside the
// deck's folder are checked Node-side (src/services/deck-files/check-assets.ts).
import type { Diagnostic, Slide } from '../model';

/** Kinds that are fetched to show the slide; plain links are only followed on a click. */
const SHOWN_KINDS = new Set(['image', 'video', 'audio', 'background', 'other']);

export function lintImageAlt(slides: readonly Slide[]): Diagnostic[] {
  return slides.flatMap((slide) => slide.assets
    .filter((asset) => asset.kind === 'image' && !asset.alt?.trim())
    .map((asset): Diagnostic => ({
      code: 'image-alt-missing', severity: 'warning', line: asset.line, column: asset.column,
      message: `Image "${asset.url}" has no alt text: describe what it shows, e.g. ![Map of reported cases by state](${asset.url}), so screen readers and the text outline carry it.`,
    })));
}

export function lintRemoteAssets(slides: readonly Slide[]): Diagnostic[] {
  return slides.flatMap((slide) => slide.assets
    .filter((asset) => asset.remote && SHOWN_KINDS.has(asset.kind))
    .map((asset): Diagnostic => ({
      code: 'remote-asset', severity: 'warning', line: asset.line, column: asset.column,
      message: `The ${asset.kind === 'other' ? 'file' : asset.kind} "${asset.url}" is loaded from the internet and will not show offline: download it into the deck's folder (e.g. images/) and link the copy.`,
    })));
}

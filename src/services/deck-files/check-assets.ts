// File checks the pure engine cannot make: every local image, video, audio file and background
// must exist inside the deck's folder, so the deck travels (export, USB stick) complete.
import { dirname } from 'node:path';
import type { AssetRef, Deck, Diagnostic } from '../../core';
import { nodeAssetFs, resolveAsset, type AssetFs, type AssetResolution } from '../assets/resolve-asset';

export const DECK_FILE_RULES = [
  { code: 'missing-asset', severity: 'error', description: 'An image, video, audio file, background or linked file that is not where the deck says.' },
  { code: 'asset-outside-deck', severity: 'error', description: "A file outside the deck's folder (../, an absolute path, or a symlink out): it would not travel with the deck." },
  { code: 'asset-invalid', severity: 'warning', description: 'A media reference that names no file (a folder, an unsupported link type or a broken %-escape).' },
  { code: 'optional-asset-missing', severity: 'info', description: 'A file marked data-optional (a film the facilitator adds later) is not there yet; the deck plays without it.' },
] as const;

function diagnosticFor(asset: AssetRef, result: AssetResolution): Diagnostic | undefined {
  if (result.ok) return undefined;
  const where = { line: asset.line, column: asset.column };
  switch (result.reason) {
    case 'remote':
      return undefined; // the engine's remote-asset warning covers it
    case 'missing':
      if (asset.optional) {
        return { code: 'optional-asset-missing', severity: 'info', ...where, message: `${result.message.replace(/: check the spelling.*$/, '')}. It is marked optional, so the deck plays without it; add the file before the session to show it.` };
      }
      return { code: 'missing-asset', severity: 'error', ...where, message: result.message };
    case 'outside':
    case 'absolute':
      return { code: 'asset-outside-deck', severity: 'error', ...where, message: result.message };
    case 'invalid':
      // Links may be anchors, mail or phone links; data: URLs stay inline. Neither names a file.
      if (asset.kind === 'link' || /^\s*data:/i.test(asset.url)) return undefined;
      return { code: 'asset-invalid', severity: 'warning', ...where, message: result.message };
  }
}

/** Diagnostics for the deck's local files, in slide order. `deckPath` is the deck file's path. */
export async function checkDeckAssets(deck: Deck, deckPath: string, fs: AssetFs = nodeAssetFs): Promise<Diagnostic[]> {
  const folder = dirname(deckPath);
  const resolved = new Map<string, Promise<AssetResolution>>();
  const found: Diagnostic[] = [];
  for (const asset of deck.slides.flatMap((slide) => slide.assets)) {
    if (asset.remote) continue;
    let result = resolved.get(asset.url);
    if (!result) resolved.set(asset.url, (result = resolveAsset(folder, asset.url, fs)));
    const diagnostic = diagnosticFor(asset, await result);
    if (diagnostic) found.push(diagnostic);
  }
  return found;
}

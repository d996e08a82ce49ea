// The Content-Security-Policy for every Podium page. Decks come from strangers: no inline or remote
// script, no remote anything; deck images and media only through podium-asset://.
export const APP_SCHEME = 'podium-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const ASSET_SCHEME = 'podium-asset';

/** CSP for the renderer. `devServer` (electron-vite dev only) adds the Vite origin and its websocket. */
export function contentSecurityPolicy(devServer?: string): string {
  const dev = devServer ? new URL(devServer) : null;
  const self = dev ? `'self' ${dev.origin}` : `'self'`;
  const directives: Record<string, string> = {
    'default-src': `'none'`,
    // Vite's React refresh preamble is inline in dev only; production scripts are files.
    'script-src': dev ? `${self} 'unsafe-inline'` : self,
    // reveal.js and React set style attributes.
    'style-src': `${self} 'unsafe-inline'`,
    'img-src': `${self} ${ASSET_SCHEME}: data: blob:`,
    'media-src': `${self} ${ASSET_SCHEME}: blob:`,
    'font-src': `${self} data:`,
    'connect-src': dev ? `${self} ws://${dev.host}` : self,
    // The live preview and handout preview are same-origin/srcdoc frames.
    'frame-src': `${self} blob:`,
    'child-src': `${self} blob:`,
    'worker-src': `${self} blob:`,
    'base-uri': `'self' ${ASSET_SCHEME}:`,
    'object-src': `'none'`,
    'form-action': `'none'`,
    'frame-ancestors': `'self'`,
  };
  return Object.entries(directives).map(([key, value]) => `${key} ${value}`).join('; ');
}

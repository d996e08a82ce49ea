// Security rules applied to every session and every web contents, following Electron's security
// checklist (https://www.electronjs.org/docs/latest/tutorial/security): numbers refer to it.
import { app, BrowserWindow, session, type Session, type WebContents } from 'electron';
import { APP_ORIGIN, contentSecurityPolicy } from './csp';
import { openExternalWithConfirmation } from './external-links';

/** The dev server origin when running `electron-vite dev`, else undefined. */
export function devServerUrl(): string | undefined {
  return !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
}

/** Is `url` one of Podium's own pages (never a deck, never a remote page)? */
export function isAppUrl(url: string, devServer = devServerUrl()): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL gives custom schemes an opaque origin, so compare scheme and host.
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  return devServer !== undefined && parsed.origin === new URL(devServer).origin;
}

/** #7 CSP as a response header on everything the session loads; #5 no permission is ever granted. */
export function secureSession(target: Session, devServer = devServerUrl()): void {
  const csp = contentSecurityPolicy(devServer);
  target.webRequest.onHeadersReceived((details, callback) => {
    // Keep a stricter policy a response brings (print pages): browsers enforce every policy given.
    const headers = { ...details.responseHeaders };
    const existingKey = Object.keys(headers).find((key) => key.toLowerCase() === 'content-security-policy');
    const existing = existingKey ? headers[existingKey] : [];
    if (existingKey) delete headers[existingKey];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [...existing.filter((p) => p !== csp), csp] } });
  });
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  // No remote content (#1): only our own schemes, data/blob URLs and the dev server may load.
  target.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url, devServer) });
  });
}

export function isLocalRequest(url: string, devServer?: string): boolean {
  if (/^(podium-app|podium-asset|data|blob|devtools|chrome-extension):/i.test(url)) return true;
  if (url.startsWith('about:blank') || url === 'about:srcdoc') return true;
  if (devServer) {
    const dev = new URL(devServer);
    try {
      const parsed = new URL(url);
      return parsed.host === dev.host && /^(https?|wss?):$/.test(parsed.protocol);
    } catch {
      return false;
    }
  }
  return false;
}

/** #13 navigation blocked, #14 window.open blocked (https links go to the browser after a prompt), #12 no <webview>. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) event.preventDefault();
    void offerExternal(url, contents);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  // Frames (previews) may only show inline documents, never load a page.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !/^(about:(blank|srcdoc)|blob:)/.test(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(url, contents);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function offerExternal(url: string, contents: WebContents): Promise<unknown> {
  if (isAppUrl(url) || !/^https:/i.test(url)) return Promise.resolve();
  return openExternalWithConfirmation(url, BrowserWindow.fromWebContents(contents)).catch(() => undefined);
}

export function setupSecurity(): void {
  secureSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

// Window options from pure functions (so the security flags are tested without a window), and
// loading Podium's one renderer page into a window, with a route per role.
import { join } from 'node:path';
import { app, BrowserWindow, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';
import type { WindowRole } from '../shared/ipc-types';
import { APP_ORIGIN } from './csp';
import { devServerUrl } from './security';

/** Security flags every Podium window shares (Electron security checklist #2, #3, #4, #6, #9). */
/** `devTools` only in unpackaged builds: an installed Podium gives a deck no inspector to hide in. */
export function secureWebPreferences(preload: string, devTools = !app.isPackaged): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    // Middle-click would open links in new windows; window.open is refused anyway.
    disableBlinkFeatures: 'Auxclick',
    // Electron's spellchecker downloads Hunspell dictionaries on Windows and Linux; Podium makes no
    // network requests, so spelling is checked only where the OS provides it (macOS).
    spellcheck: process.platform === 'darwin',
    devTools,
  };
}

export function preloadPath(): string {
  return join(__dirname, '../preload/index.cjs');
}

export function getMainWindowOptions(bounds: Partial<Rectangle> = {}, preload = preloadPath()): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Podium',
    backgroundColor: '#1f2430',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preload),
  };
}

/** The projector window: frameless fullscreen on its display, no menu, black until the slide paints. */
export function getAudienceWindowOptions(displayBounds: Rectangle, fullscreen: boolean, preload = preloadPath()): BrowserWindowConstructorOptions {
  return {
    x: displayBounds.x,
    y: displayBounds.y,
    width: fullscreen ? displayBounds.width : Math.min(1280, displayBounds.width),
    height: fullscreen ? displayBounds.height : Math.min(720, displayBounds.height),
    fullscreen,
    frame: !fullscreen,
    show: false,
    title: 'Podium: audience',
    backgroundColor: '#000000',
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences(preload), spellcheck: false },
  };
}

/** URL of the renderer page for a role: the audience window gets '#/audience'. */
export function rendererUrl(role: WindowRole, devServer = devServerUrl()): string {
  const base = devServer ? devServer.replace(/\/$/, '') : APP_ORIGIN;
  return `${base}/index.html${role === 'audience' ? '#/audience' : ''}`;
}

const roles = new WeakMap<Electron.WebContents, WindowRole>();

export function roleOf(contents: Electron.WebContents): WindowRole {
  return roles.get(contents) ?? 'main';
}

export function createWindow(role: WindowRole, options: BrowserWindowConstructorOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      // Repeated literally: no caller can weaken them, and static checkers (electronegativity) see them.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  roles.set(window.webContents, role);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(role));
  return window;
}

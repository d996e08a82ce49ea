// App-level channels: version and window role, external links, window title and fullscreen.
import { app, BrowserWindow } from 'electron';
import { openExternalWithConfirmation } from './external-links';
import { handle } from './ipc';
import { roleOf } from './windows';

export function setupApp(): void {
  handle('app:info', (event) => ({ version: app.getVersion(), platform: process.platform, role: roleOf(event.sender) }));
  handle('app:openExternal', (event, url) => openExternalWithConfirmation(url, BrowserWindow.fromWebContents(event.sender)));
  handle('window:setTitle', (event, title) => {
    BrowserWindow.fromWebContents(event.sender)?.setTitle(title ? `${title} · Podium` : 'Podium');
  });
  handle('window:toggleFullScreen', (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return false;
    window.setFullScreen(!window.isFullScreen());
    return window.isFullScreen();
  });
}

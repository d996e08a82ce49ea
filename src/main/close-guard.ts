// Closing a window with unsaved edits asks first: Save / Don't Save / Cancel. "Save" asks the
// renderer to save (it owns the text) and it calls window.closeAfterSave() when done. Asking
// cancels a quit in progress (Electron stops quitting when a close is prevented), so once the
// window does close, the quit is taken up again; Cancel drops it.
import { app, BrowserWindow, dialog } from 'electron';
import { handle, send } from './ipc';

const dirty = new WeakSet<BrowserWindow>();
const allowed = new WeakSet<BrowserWindow>();
let quitRequested = false;

function closeNow(window: BrowserWindow): void {
  allowed.add(window);
  window.close();
  if (quitRequested) app.quit();
}

export const CLOSE_CHOICES = ['Save', "Don't Save", 'Cancel'] as const;

export function isDirty(window: BrowserWindow): boolean {
  return dirty.has(window);
}

/** What to do with a close request: 'close', 'cancel' or 'save' (save first, then close). */
export function closeDecision(isWindowDirty: boolean, response?: number): 'close' | 'cancel' | 'save' {
  if (!isWindowDirty) return 'close';
  return response === 0 ? 'save' : response === 1 ? 'close' : 'cancel';
}

export function guardClose(window: BrowserWindow, onDiscard?: () => void): void {
  window.on('close', (event) => {
    if (allowed.has(window) || !dirty.has(window)) return;
    event.preventDefault();
    const response = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: [...CLOSE_CHOICES],
      defaultId: 0,
      cancelId: 2,
      title: 'Unsaved changes',
      message: 'Save your changes before closing?',
      detail: 'Your edits are also kept in a recovery copy until you save or discard them.',
      noLink: true,
    });
    const decision = closeDecision(true, response);
    if (decision === 'save') send(window.webContents, 'app:menu', 'save-and-close');
    else if (decision === 'close') {
      onDiscard?.();
      closeNow(window);
    } else {
      quitRequested = false;
    }
  });
}

/** `onDirty` lets the workspace know too (an external change then becomes a conflict, not a reload). */
export function setupCloseGuard(onDirty?: (contents: Electron.WebContents, dirty: boolean) => void): void {
  quitRequested = false;
  app.on('before-quit', () => {
    quitRequested = true;
  });
  handle('window:setDirty', (event, isWindowDirty) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return;
    if (isWindowDirty) dirty.add(window);
    else dirty.delete(window);
    onDirty?.(event.sender, isWindowDirty);
  });
  handle('window:closeAfterSave', (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (window) closeNow(window);
  });
}

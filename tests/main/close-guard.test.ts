import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, fake, FakeBrowserWindow, invoke, ipcEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { closeDecision, guardClose, setupCloseGuard } = await import('../../src/main/close-guard');
const { loadWindowState, trackWindowState, visibleBounds } = await import('../../src/main/window-state');

describe('closing with unsaved edits', () => {
  let window: FakeBrowserWindow;
  let discarded: number;
  beforeEach(() => {
    fake.reset();
    setupCloseGuard();
    window = new FakeBrowserWindow();
    discarded = 0;
    guardClose(window as never, () => (discarded += 1));
  });
  const setDirty = (dirty: boolean) => invoke('window:setDirty', [dirty], ipcEvent(window.webContents));

  it('closes at once when there is nothing to save', () => {
    window.close();
    expect(window.destroyed).toBe(true);
    expect(fake.messageBoxes).toEqual([]);
  });

  it('asks, and Cancel keeps the window open', async () => {
    await setDirty(true);
    fake.dialogResponses.push(2);
    window.close();
    expect(fake.messageBoxes[0]).toMatchObject({ message: 'Save your changes before closing?', buttons: ['Save', "Don't Save", 'Cancel'] });
    expect(window.destroyed).toBe(false);
  });

  it("Don't Save closes and discards the recovery copy", async () => {
    await setDirty(true);
    fake.dialogResponses.push(1);
    window.close();
    expect(window.destroyed).toBe(true);
    expect(discarded).toBe(1);
  });

  it('Save asks the renderer to save, which then closes the window', async () => {
    await setDirty(true);
    fake.dialogResponses.push(0);
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.webContents.sentOn('app:menu')).toEqual(['save-and-close']);
    await invoke('window:closeAfterSave', [], ipcEvent(window.webContents));
    expect(window.destroyed).toBe(true);
  });

  it('quits after Save when the close came from quitting the app, and Cancel drops the quit', async () => {
    const quit = vi.spyOn(electronModule.app, 'quit');
    await setDirty(true);
    fake.app.emit('before-quit');
    fake.dialogResponses.push(0);
    window.close();
    expect(quit).not.toHaveBeenCalled();
    await invoke('window:closeAfterSave', [], ipcEvent(window.webContents));
    expect(quit).toHaveBeenCalledTimes(1);

    const other = new FakeBrowserWindow();
    guardClose(other as never);
    await invoke('window:setDirty', [true], ipcEvent(other.webContents));
    fake.app.emit('before-quit');
    fake.dialogResponses.push(2, 1);
    other.close();
    other.close();
    expect(other.destroyed).toBe(true);
    expect(quit).toHaveBeenCalledTimes(1);
    quit.mockRestore();
  });

  it('decides from the dirty flag and the answer', () => {
    expect(closeDecision(false)).toBe('close');
    expect(closeDecision(true, 0)).toBe('save');
    expect(closeDecision(true, 1)).toBe('close');
    expect(closeDecision(true, 2)).toBe('cancel');
    expect(closeDecision(true, undefined)).toBe('cancel');
  });
});

describe('window state', () => {
  it('is saved atomically on close and read back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'podium-state-'));
    const file = join(dir, 'window-state.json');
    const window = new FakeBrowserWindow({ x: 40, y: 50, width: 1100, height: 700 });
    trackWindowState(window as never, file, 10);
    window.maximize();
    window.close();
    // The write is asynchronous (temp file, fsync, rename): wait for it, however busy the disk.
    for (let i = 0; i < 100 && (await loadWindowState(file)) === null; i += 1) await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await loadWindowState(file)).toEqual({ bounds: { x: 40, y: 50, width: 1100, height: 700 }, maximized: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('ignores a missing or corrupt file', async () => {
    expect(await loadWindowState('/nonexistent/podium.json')).toBeNull();
  });

  it('restores bounds only onto a display that is still there', () => {
    const laptop = { x: 0, y: 0, width: 1440, height: 900 };
    expect(visibleBounds({ x: 100, y: 100, width: 800, height: 600 }, [laptop])).toEqual({ x: 100, y: 100, width: 800, height: 600 });
    // Last used on a projector that is not connected today.
    expect(visibleBounds({ x: 1600, y: 100, width: 800, height: 600 }, [laptop])).toBeNull();
  });
});

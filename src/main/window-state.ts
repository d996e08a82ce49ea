// Remembers the main window's size, position and maximised state in userData (atomic JSON), and
// puts it back only where a display still shows it (a projector may be gone since last time).
import { readFile } from 'node:fs/promises';
import type { BrowserWindow, Rectangle } from 'electron';
import { writeFileAtomic } from '../services/workspace/atomic-write';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<WindowState>;
    const b = data.bounds;
    const valid = b && [b.x, b.y, b.width, b.height].every((n) => Number.isFinite(n)) && b.width >= 200 && b.height >= 150;
    return valid ? { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: data.maximized === true } : null;
  } catch {
    return null;
  }
}

/** The saved bounds if at least a usable part (100x50) of them is on a current display, else null. */
export function visibleBounds(saved: Rectangle, displays: Rectangle[]): Rectangle | null {
  const onScreen = displays.some((d) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x);
    const h = Math.min(saved.y + saved.height, d.y + d.height) - Math.max(saved.y, d.y);
    return w >= 100 && h >= 50;
  });
  return onScreen ? saved : null;
}

/** Saves the state whenever the window stops moving or resizing, and when it closes. */
export function trackWindowState(window: BrowserWindow, file: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFileAtomic(file, JSON.stringify(state, null, 2)).catch(() => undefined);
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('maximize', later);
  window.on('unmaximize', later);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    save();
  });
}

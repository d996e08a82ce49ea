// The application menu, following each platform's conventions: macOS gets the app menu and
// Cmd shortcuts, Windows and Linux a File menu with Ctrl shortcuts and Exit/Quit. Items that act
// on the document are forwarded to the focused window's renderer as 'app:menu' commands.
import { app, BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc-types';
import { send } from './ipc';

export type SendCommand = (command: MenuCommand) => void;

export function getMenuTemplate(platform: NodeJS.Platform, sendCommand: SendCommand, options: { devTools?: boolean; appName?: string } = {}): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const name = options.appName ?? 'Podium';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => sendCommand(command),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: name,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      item('New Deck…', 'new-deck', 'CmdOrCtrl+N'),
      item('Open Folder…', 'open-folder', 'CmdOrCtrl+O'),
      item('Show Library', 'show-library', 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      item('Save', 'save', 'CmdOrCtrl+S'),
      item('Close Deck', 'close-deck', 'CmdOrCtrl+W'),
      { type: 'separator' },
      item('Print Handouts…', 'handouts', 'CmdOrCtrl+P'),
      item('Export…', 'export', 'CmdOrCtrl+E'),
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit', accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      item('Larger Notes', 'zoom-notes-in', 'CmdOrCtrl+Shift+='),
      item('Smaller Notes', 'zoom-notes-out', 'CmdOrCtrl+Shift+-'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const present: MenuItemConstructorOptions = {
    label: mac ? 'Present' : '&Present',
    submenu: [
      // PowerPoint's keys: F5 on Windows/Linux, Cmd+Shift+Return on macOS.
      item('Start Presentation', 'present', mac ? 'Cmd+Shift+Return' : 'F5'),
      item('Rehearse Timings', 'rehearse', mac ? 'Cmd+Alt+R' : 'Shift+F5'),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = mac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: mac ? [{ label: `${name} Help`, enabled: false }] : [{ role: 'about', label: `About ${name}` }],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, present, windowMenu, help];
}

export function setupMenu(): void {
  const sendToFocused: SendCommand = (command) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    send(window?.webContents, 'app:menu', command);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(getMenuTemplate(process.platform, sendToFocused, { devTools: !app.isPackaged })));
}

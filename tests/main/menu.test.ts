import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { getMenuTemplate, setupMenu } = await import('../../src/main/menu');

type Item = MenuItemConstructorOptions;
const items = (template: Item[]): Item[] => template.flatMap((i) => [i, ...items((i.submenu as Item[] | undefined) ?? [])]);
const byLabel = (template: Item[], label: string) => items(template).find((i) => i.label === label);

describe('getMenuTemplate()', () => {
  it('on macOS: the app menu comes first and holds Quit; File has no Quit', () => {
    const template = getMenuTemplate('darwin', () => undefined);
    expect(template[0].label).toBe('Podium');
    expect((template[0].submenu as Item[]).some((i) => i.role === 'quit')).toBe(true);
    expect((template[1].submenu as Item[]).some((i) => i.role === 'quit')).toBe(false);
    expect(template.map((i) => i.label ?? i.role)).toEqual(['Podium', 'File', 'Edit', 'View', 'Present', 'windowMenu', 'Help']);
    expect(byLabel(template, 'Start Presentation')?.accelerator).toBe('Cmd+Shift+Return');
  });

  it('on Windows: File ends with Exit (Alt+F4), mnemonics, F5 presents', () => {
    const template = getMenuTemplate('win32', () => undefined);
    const file = template[0].submenu as Item[];
    expect(template[0].label).toBe('&File');
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'E&xit', accelerator: 'Alt+F4' });
    expect(byLabel(template, 'Start Presentation')?.accelerator).toBe('F5');
    expect(byLabel(template, 'Rehearse Timings')?.accelerator).toBe('Shift+F5');
  });

  it('on Linux: Quit is Ctrl+Q', () => {
    const file = getMenuTemplate('linux', () => undefined)[0].submenu as Item[];
    expect(file.at(-1)).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
  });

  it('gives the document commands their usual shortcuts and forwards them to the renderer', () => {
    const sent: string[] = [];
    const template = getMenuTemplate('linux', (c) => sent.push(c));
    const expected: Record<string, [string, string]> = {
      'New Deck…': ['CmdOrCtrl+N', 'new-deck'],
      'Open Folder…': ['CmdOrCtrl+O', 'open-folder'],
      Save: ['CmdOrCtrl+S', 'save'],
      'Print Handouts…': ['CmdOrCtrl+P', 'handouts'],
      'Export…': ['CmdOrCtrl+E', 'export'],
      'Find…': ['CmdOrCtrl+F', 'find'],
    };
    for (const [label, [accelerator, command]] of Object.entries(expected)) {
      const item = byLabel(template, label)!;
      expect(item.accelerator, label).toBe(accelerator);
      (item.click as () => void)();
      expect(sent.at(-1)).toBe(command);
    }
  });

  it('shows developer tools only when asked (unpackaged builds)', () => {
    expect(items(getMenuTemplate('linux', () => undefined)).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(getMenuTemplate('linux', () => undefined, { devTools: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has no two items with the same accelerator', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = items(getMenuTemplate(platform, () => undefined)).map((i) => i.accelerator).filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });
});

describe('setupMenu()', () => {
  it('installs the menu and sends commands to the focused window', () => {
    fake.reset();
    const window = new FakeBrowserWindow();
    window.focus();
    setupMenu();
    const save = byLabel(fake.applicationMenu!.template as Item[], 'Save')!;
    (save.click as () => void)();
    expect(window.webContents.sentOn('app:menu')).toEqual(['save']);
  });
});

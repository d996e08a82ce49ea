import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { getAudienceWindowOptions, getMainWindowOptions, rendererUrl, createWindow, roleOf, secureWebPreferences } = await import('../../src/main/windows');

beforeEach(() => fake.reset());

const REQUIRED = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('window options', () => {
  it('give the main window every security flag', () => {
    expect(getMainWindowOptions({}, '/app/preload.cjs').webPreferences).toMatchObject({ ...REQUIRED, preload: '/app/preload.cjs' });
  });

  it('give the audience window the same flags, fullscreen and frameless on its own display', () => {
    const options = getAudienceWindowOptions({ x: 1440, y: 0, width: 1920, height: 1080 }, true, '/p.cjs');
    expect(options.webPreferences).toMatchObject(REQUIRED);
    expect(options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true, frame: false });
  });

  it('keep the audience window a normal window when it shares the laptop screen', () => {
    const options = getAudienceWindowOptions({ x: 0, y: 0, width: 1440, height: 900 }, false, '/p.cjs');
    expect(options).toMatchObject({ fullscreen: false, frame: true, width: 1280, height: 720 });
  });

  it('allow developer tools only in unpackaged builds', () => {
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs').devTools).toBe(true); // the fake app is not packaged
  });

  it('keep saved bounds but never the security flags from the caller', () => {
    const options = getMainWindowOptions({ x: 10, y: 20, width: 1000, height: 700 }, '/p.cjs');
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    expect(secureWebPreferences('/p.cjs')).toEqual(options.webPreferences);
  });
});

describe('rendererUrl()', () => {
  it('serves the renderer from the podium-app origin, never file://', () => {
    expect(rendererUrl('main', undefined)).toBe('podium-app://app/index.html');
    expect(rendererUrl('audience', undefined)).toBe('podium-app://app/index.html#/audience');
  });

  it('uses the dev server only when given one', () => {
    expect(rendererUrl('audience', 'http://localhost:5173/')).toBe('http://localhost:5173/index.html#/audience');
  });
});

describe('createWindow()', () => {
  it('loads the page for its role and remembers the role for app:info', () => {
    const window = createWindow('audience', getAudienceWindowOptions({ x: 0, y: 0, width: 800, height: 600 }, false, '/p.cjs')) as unknown as FakeBrowserWindow;
    expect(window.webContents.url).toBe('podium-app://app/index.html#/audience');
    expect(roleOf(window.webContents as never)).toBe('audience');
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { display, fake, FakeBrowserWindow, invoke, ipcEvent, setDisplays } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { chooseDisplays, displayForBounds } = await import('../../src/main/displays');
const { setupPresentation, stopPresentation, currentTalk } = await import('../../src/main/presentation');

const LAPTOP = display(1, { x: 0, y: 0, width: 1440, height: 900 }, { internal: true, label: 'Built-in' });
const PROJECTOR = display(2, { x: 1440, y: 0, width: 1920, height: 1080 }, { label: 'Projector' });
const TV = display(3, { x: -1280, y: 0, width: 1280, height: 720 }, { label: 'TV' });

const info = (d: typeof LAPTOP, primary = false) => ({ id: d.id, label: d.label, bounds: d.bounds, primary, internal: d.internal, scaleFactor: 1 });

describe('chooseDisplays()', () => {
  it('puts the console on the laptop and the audience on the external display', () => {
    const choice = chooseDisplays([info(PROJECTOR), info(LAPTOP, true)]);
    expect(choice).toMatchObject({ console: { id: 1 }, audience: { id: 2 }, separate: true });
  });

  it('uses the primary display as the laptop when none says it is built in', () => {
    const a = { ...info(LAPTOP, true), internal: false };
    expect(chooseDisplays([info(PROJECTOR), a])).toMatchObject({ console: { id: 1 }, audience: { id: 2 } });
  });

  it('shares the one screen when there is no other', () => {
    expect(chooseDisplays([info(LAPTOP, true)])).toMatchObject({ console: { id: 1 }, audience: { id: 1 }, separate: false });
  });

  it('prefers the largest external display, or the one the user picked', () => {
    const all = [info(LAPTOP, true), info(TV), info(PROJECTOR)];
    expect(chooseDisplays(all).audience.id).toBe(2);
    expect(chooseDisplays(all, { requestedAudienceId: 3 }).audience.id).toBe(3);
    expect(chooseDisplays(all, { requestedAudienceId: 99 }).audience.id).toBe(2);
  });

  it('finds which display holds a window', () => {
    expect(displayForBounds([info(LAPTOP), info(PROJECTOR)], { x: 1500, y: 10, width: 800, height: 600 })?.id).toBe(2);
    expect(displayForBounds([info(LAPTOP)], { x: 5000, y: 5000, width: 800, height: 600 })).toBeUndefined();
  });
});

describe('a talk across displays', () => {
  let consoleWindow: FakeBrowserWindow;
  const start = (request: Record<string, unknown> = {}) =>
    invoke('present:start', [{ deckPath: '/decks/a.md', ...request }], ipcEvent(consoleWindow.webContents));
  const audience = () => currentTalk()!.audience as unknown as FakeBrowserWindow;

  beforeEach(() => {
    stopPresentation();
    fake.reset();
    fake.screen.displays = [LAPTOP, PROJECTOR];
    setupPresentation();
    consoleWindow = new FakeBrowserWindow({ x: 100, y: 100, width: 1200, height: 700 });
  });

  it('opens the audience window fullscreen on the projector and keeps the console on the laptop', async () => {
    const session = await start();
    expect(session).toMatchObject({ audienceDisplayId: 2, consoleDisplayId: 1, rehearse: false });
    expect(audience().fullscreen).toBe(true);
    expect(audience().bounds).toMatchObject({ x: 1440, y: 0 });
    expect(audience().webContents.url).toBe('podium-app://app/index.html#/audience');
  });

  it('moves a console that sits on the projector back to the laptop', async () => {
    consoleWindow.bounds = { x: 1500, y: 50, width: 1200, height: 700 };
    await start();
    expect(consoleWindow.bounds.x).toBeLessThan(1440);
    expect(consoleWindow.maximized).toBe(true);
  });

  it('refuses to start a talk from the audience window', async () => {
    await start();
    const audienceContents = audience().webContents;
    await expect(invoke('present:start', [{ deckPath: '/decks/a.md' }], ipcEvent(audienceContents, { url: 'podium-app://app/index.html#/audience' }))).rejects.toThrow(/main window/);
  });

  it('rehearses with the console alone', async () => {
    expect(await start({ rehearse: true })).toMatchObject({ rehearse: true, audienceDisplayId: null });
    expect(FakeBrowserWindow.all).toHaveLength(1);
  });

  it('moves the audience window to the laptop, windowed, when the projector is unplugged', async () => {
    await start();
    setDisplays([LAPTOP], 'display-removed', PROJECTOR);
    expect(audience().fullscreen).toBe(false);
    expect(audience().bounds.x).toBeGreaterThanOrEqual(0);
    expect(audience().bounds.x + audience().bounds.width).toBeLessThanOrEqual(1440);
    expect(consoleWindow.webContents.sentOn('present:displays').at(-1)).toMatchObject({ audienceDisplayId: 1 });
  });

  it('sends the audience window to a projector plugged in mid-talk', async () => {
    fake.screen.displays = [LAPTOP];
    await start();
    expect(audience().fullscreen).toBe(false);
    setDisplays([LAPTOP, PROJECTOR], 'display-added', PROJECTOR);
    expect(audience().fullscreen).toBe(true);
    expect(audience().bounds).toMatchObject({ x: 1440, width: 1920 });
  });

  it('survives display events after the audience window is gone, and with no display at all', async () => {
    await start();
    audience().destroy();
    expect(() => setDisplays([LAPTOP], 'display-removed')).not.toThrow();
    expect(() => setDisplays([], 'display-removed')).not.toThrow();
  });

  it('relays state from the console to the audience, and keys from the audience to the console', async () => {
    await start();
    const state = { position: { h: 2, v: 0, f: 1 }, black: false, overview: false };
    await invoke('present:sync', [state], ipcEvent(consoleWindow.webContents));
    expect(audience().webContents.sentOn('present:state')).toEqual([state]);
    await invoke('present:command', [{ action: 'next' }], ipcEvent(audience().webContents, { url: 'podium-app://app/index.html#/audience' }));
    expect(consoleWindow.webContents.sentOn('present:command')).toEqual([{ action: 'next' }]);
    expect(await invoke('present:session', [], ipcEvent(audience().webContents))).toMatchObject({ session: { deckPath: '/decks/a.md' }, state });
  });

  it('ignores state pushed by any window other than the console', async () => {
    await start();
    const other = new FakeBrowserWindow();
    await invoke('present:sync', [{ position: { h: 9, v: 0, f: -1 }, black: true, overview: false }], ipcEvent(other.webContents));
    expect(audience().webContents.sentOn('present:state')).toEqual([]);
  });

  it('closes the audience window when the console closes', async () => {
    await start();
    const shown = audience();
    consoleWindow.close();
    expect(shown.destroyed).toBe(true);
    expect(currentTalk()).toBeNull();
  });

  it('tells the console when the audience window is closed', async () => {
    await start();
    audience().close();
    expect(consoleWindow.webContents.sentOn('present:ended')).toEqual([{}]);
  });
});

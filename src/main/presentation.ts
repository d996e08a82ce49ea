// A talk: the audience window (projector) and the presenter console (the window that started it).
// The console owns the state and pushes it (present:sync); keys pressed in the audience window are
// relayed to the console (present:command). Displays plugged in or pulled out mid-talk move the
// audience window; nothing here may throw into Electron's event loop.
import { BrowserWindow, screen } from 'electron';
import type { DisplayInfo, PresentSession, PresentStartRequest, PresentState } from '../shared/ipc-types';
import { chooseDisplays, displayForBounds, laptopDisplay, toDisplayInfo, type DisplayChoice } from './displays';
import { handle, send } from './ipc';
import { createWindow, getAudienceWindowOptions, roleOf } from './windows';

interface Talk {
  session: PresentSession;
  console: BrowserWindow;
  audience: BrowserWindow | null;
  state: PresentState | null;
  requestedAudienceId?: number;
}

let talk: Talk | null = null;
const watchedConsoles = new WeakSet<BrowserWindow>();

export function listDisplays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay()?.id; // undefined for a moment while screens change
  return screen.getAllDisplays().map((d) => toDisplayInfo(d, primaryId));
}

export function currentTalk(): Readonly<Talk> | null {
  return talk;
}

/** Puts a window on a display: fullscreen when the display is the audience's own. */
export function placeWindow(window: BrowserWindow, display: DisplayInfo, fullscreen: boolean): void {
  if (window.isDestroyed()) return;
  if (window.isFullScreen()) window.setFullScreen(false);
  const { x, y, width, height } = display.bounds;
  const size = fullscreen ? { width, height } : { width: Math.min(1280, width), height: Math.min(720, height) };
  window.setBounds({ x: x + (fullscreen ? 0 : Math.round((width - size.width) / 2)), y: y + (fullscreen ? 0 : Math.round((height - size.height) / 2)), ...size });
  if (fullscreen) window.setFullScreen(true);
}

/** The console belongs on the laptop; the audience on the other screen (or the one the user picked). */
function choose(displays: DisplayInfo[], requestedAudienceId?: number): DisplayChoice {
  const laptop = laptopDisplay(displays);
  const consoleDisplayId = requestedAudienceId === laptop.id ? displays.find((d) => d.id !== laptop.id)?.id : laptop.id;
  return chooseDisplays(displays, { consoleDisplayId, requestedAudienceId });
}

/** Moves the console onto its display when it is elsewhere (e.g. dragged onto the projector). */
function placeConsole(window: BrowserWindow, choice: DisplayChoice, displays: DisplayInfo[]): void {
  if (window.isDestroyed()) return;
  const now = displayForBounds(displays, window.getBounds());
  if (now?.id !== choice.console.id && (choice.separate || !now)) {
    placeWindow(window, choice.console, false);
    window.maximize();
  }
}

export function startPresentation(request: PresentStartRequest, consoleWindow: BrowserWindow): PresentSession {
  stopPresentation();
  const displays = listDisplays();
  const choice = choose(displays, request.audienceDisplayId);
  const rehearse = request.rehearse === true;
  placeConsole(consoleWindow, choice, displays);
  let audience: BrowserWindow | null = null;
  if (!rehearse) {
    const created = createWindow('audience', getAudienceWindowOptions(choice.audience.bounds, choice.separate));
    audience = created;
    // macOS makes a window created fullscreen fullscreen on the main display: place it once shown.
    if (process.platform === 'darwin' && choice.separate) created.once('show', () => placeWindow(created, choice.audience, true));
    audience.on('closed', () => {
      if (talk?.audience === audience) {
        talk.audience = null;
        send(talk.console.webContents, 'present:ended', {});
      }
    });
  }
  // Closing the console ends the talk: no orphaned audience window left on the projector.
  if (!watchedConsoles.has(consoleWindow)) {
    watchedConsoles.add(consoleWindow);
    consoleWindow.once('closed', () => {
      if (talk?.console === consoleWindow) stopPresentation();
    });
  }
  talk = {
    console: consoleWindow,
    audience,
    state: request.start ? { position: request.start, black: false, overview: false } : null,
    requestedAudienceId: request.audienceDisplayId,
    session: {
      deckPath: request.deckPath,
      rehearse,
      audienceDisplayId: rehearse ? null : choice.audience.id,
      consoleDisplayId: choice.console.id,
      displays,
    },
  };
  return talk.session;
}

export function stopPresentation(): void {
  const current = talk;
  talk = null;
  if (current?.audience && !current.audience.isDestroyed()) current.audience.close();
}

/** Called on display-added / display-removed / display-metrics-changed. */
export function relocateAudience(): void {
  if (!talk) return;
  try {
    const displays = listDisplays();
    if (displays.length === 0) return; // between unplug and re-plug: wait for the next event
    talk.session = { ...talk.session, displays };
    if (talk.audience && !talk.audience.isDestroyed()) {
      const choice = choose(displays, talk.requestedAudienceId);
      talk.session = { ...talk.session, audienceDisplayId: choice.audience.id, consoleDisplayId: choice.console.id };
      const current = displayForBounds(displays, talk.audience.getBounds());
      const fullscreenNow = talk.audience.isFullScreen();
      if (current?.id !== choice.audience.id || fullscreenNow !== choice.separate) placeWindow(talk.audience, choice.audience, choice.separate);
      // A console left on a vanished screen is moved back onto the laptop.
      placeConsole(talk.console, choice, displays);
    }
    send(talk.console.webContents, 'present:displays', { displays, audienceDisplayId: talk.session.audienceDisplayId });
  } catch (error) {
    console.error('Podium: could not rearrange windows after a display change', error);
  }
}

export function setupPresentation(): void {
  handle('present:listDisplays', () => listDisplays());
  handle('present:start', (event, request) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    // Only the main window becomes a console (not the audience window itself).
    if (!window || roleOf(event.sender) !== 'main') throw new Error('present:start must come from the main window');
    return startPresentation(request, window);
  });
  handle('present:stop', () => stopPresentation());
  handle('present:sync', (event, state) => {
    if (!talk || event.sender !== talk.console.webContents) return; // only the console drives the talk
    talk.state = state;
    send(talk.audience?.webContents, 'present:state', state);
  });
  handle('present:command', (event, command) => {
    if (!talk || event.sender !== talk.audience?.webContents) return;
    send(talk.console.webContents, 'present:command', command);
  });
  handle('present:session', () => (talk ? { session: talk.session, state: talk.state } : null));
  for (const name of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
    screen.on(name as 'display-added', () => relocateAudience());
  }
}

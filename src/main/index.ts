// Podium's main process: thin glue. onReady() reads as the list of what the app sets up.
import { dirname } from 'node:path';
import { app, BrowserWindow, screen, session } from 'electron';
import { createWorkspaceService, isInsideFolder } from '../services/workspace';
import { createAssetRoots, registerSchemes, setupProtocols } from './asset-protocol';
import { setupApp } from './app-ipc';
import { guardClose, setupCloseGuard } from './close-guard';
import { setupExport } from './export-ipc';
import { setupHandouts } from './handouts-ipc';
import { deckFromArgv, setupFileOpen } from './file-open';
import { send } from './ipc';
import { setupMenu } from './menu';
import { bundledSlidesDir, recoveryDir, rendererDir, userDataFile } from './paths';
import { setupPresentation } from './presentation';
import { setupSecurity } from './security';
import { loadWindowState, trackWindowState, visibleBounds } from './window-state';
import { createWindow, getMainWindowOptions } from './windows';
import { createWorkspaceContext, openInitialWorkspace, openWorkspace, setupWorkspace, trashItem, type WorkspaceContext } from './workspace-ipc';

registerSchemes(); // before 'ready', as Electron requires
if (!app.requestSingleInstanceLock()) app.quit();

const roots = createAssetRoots();
let mainWindow: BrowserWindow | null = null;
let ctx: WorkspaceContext | undefined;
/** A deck asked for before the window was ready (file association at launch). */
let pendingDeck: string | null = deckFromArgv(process.argv.slice(1));

/** Opens a deck from outside: its folder becomes the workspace, the renderer opens the deck. */
async function openDeckFromOutside(path: string): Promise<void> {
  if (!ctx || !mainWindow) {
    pendingDeck = path;
    return;
  }
  const workspace = ctx.service.root;
  if (!workspace || !isInsideFolder(workspace, path)) await openWorkspace(ctx, dirname(path));
  send(mainWindow.webContents, 'workspace:openDeckRequested', { path });
  mainWindow.focus();
}

setupFileOpen((path) => void openDeckFromOutside(path));

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = userDataFile('window-state.json');
  const saved = await loadWindowState(stateFile);
  const bounds = saved && visibleBounds(saved.bounds, screen.getAllDisplays().map((d) => d.workArea));
  const window = createWindow('main', getMainWindowOptions(bounds ?? {}));
  if (saved?.maximized) window.maximize();
  trackWindowState(window, stateFile);
  guardClose(window, () => {
    const deck = ctx?.openDecks.get(window.webContents.id);
    if (deck) void ctx?.service.forgetEdits(deck).catch(() => undefined);
  });
  window.on('focus', () => {
    const deck = ctx?.openDecks.get(window.webContents.id);
    if (deck) void ctx?.service.checkDeck(deck).catch(() => undefined);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

async function onReady(): Promise<void> {
  const service = createWorkspaceService({
    recoveryDir: recoveryDir(),
    trash: trashItem,
    assetBaseFor: (folder) => roots.baseFor(folder),
    onDeckChange: (event) => send(mainWindow?.webContents, 'workspace:deckChanged', event),
    onLibraryChange: (root) => send(mainWindow?.webContents, 'workspace:libraryChanged', { root }),
  });
  const context = createWorkspaceContext(service, roots, userDataFile('recent-workspaces.json'));
  ctx = context;

  setupSecurity();
  setupProtocols(session.defaultSession, roots, rendererDir());
  setupWorkspace(context);
  setupCloseGuard((contents, dirty) => {
    const deck = context.openDecks.get(contents.id);
    if (deck) service.setDirty(deck, dirty);
  });
  setupPresentation();
  setupHandouts(service, roots);
  setupExport(service);
  setupApp();
  setupMenu();
  if (pendingDeck) await openWorkspace(context, dirname(pendingDeck)).catch(() => undefined);
  else await openInitialWorkspace(context, bundledSlidesDir(), app.getPath('documents'));
  const window = await createMainWindow();
  mainWindow = window;
  window.webContents.once('did-finish-load', () => {
    if (pendingDeck) send(window.webContents, 'workspace:openDeckRequested', { path: pendingDeck });
    pendingDeck = null;
  });
}

app.on('second-instance', (_event, argv, cwd) => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  const deck = deckFromArgv(argv.slice(1), cwd);
  if (deck) void openDeckFromOutside(deck);
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void createMainWindow().then((w) => (mainWindow = w));
});
// After every window has closed (each asked about unsaved edits): write pending recovery copies,
// stop the watchers, then really quit.
let disposed = false;
app.on('will-quit', (event) => {
  if (disposed || !ctx) return;
  event.preventDefault();
  void ctx.service
    .dispose()
    .catch(() => undefined)
    .finally(() => {
      disposed = true;
      app.quit();
    });
});

app.whenReady().then(onReady).catch((error: unknown) => {
  console.error('Podium could not start', error);
  app.exit(1);
});

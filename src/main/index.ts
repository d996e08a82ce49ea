// Podium's main process: thin glue. onReady() reads as the list of what the app sets up.
import { app, BrowserWindow, screen, session } from 'electron';
import { createWorkspaceService, recoveryIdFor } from '../services/workspace';
import { createAssetRoots, registerSchemes, setupProtocols } from './asset-protocol';
import { setupApp } from './app-ipc';
import { guardClose, setupCloseGuard } from './close-guard';
import { setupExport } from './export-ipc';
import { setupHandouts } from './handouts-ipc';
import { send } from './ipc';
import { setupMenu } from './menu';
import { bundledSlidesDir, recoveryDir, rendererDir, userDataFile } from './paths';
import { setupPresentation } from './presentation';
import { setupSecurity } from './security';
import { loadWindowState, trackWindowState, visibleBounds } from './window-state';
import { createWindow, getMainWindowOptions } from './windows';
import { createWorkspaceContext, openInitialWorkspace, setupWorkspace, trashItem, type WorkspaceContext } from './workspace-ipc';

registerSchemes(); // before 'ready', as Electron requires
if (!app.requestSingleInstanceLock()) app.quit();

const roots = createAssetRoots();
let mainWindow: BrowserWindow | null = null;
let ctx: WorkspaceContext;

async function createMainWindow(): Promise<BrowserWindow> {
  const stateFile = userDataFile('window-state.json');
  const saved = await loadWindowState(stateFile);
  const bounds = saved && visibleBounds(saved.bounds, screen.getAllDisplays().map((d) => d.workArea));
  const window = createWindow('main', getMainWindowOptions(bounds ?? {}));
  if (saved?.maximized) window.maximize();
  trackWindowState(window, stateFile);
  guardClose(window, () => {
    const deck = ctx.openDecks.get(window.webContents.id);
    if (deck) void ctx.service.discardRecovery(recoveryIdFor(deck));
  });
  window.on('focus', () => {
    const deck = ctx.openDecks.get(window.webContents.id);
    if (deck) void ctx.service.checkDeck(deck).catch(() => undefined);
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
  ctx = createWorkspaceContext(service, roots, userDataFile('recent-workspaces.json'));

  setupSecurity();
  setupProtocols(session.defaultSession, roots, rendererDir());
  setupWorkspace(ctx);
  setupCloseGuard((contents, dirty) => {
    const deck = ctx.openDecks.get(contents.id);
    if (deck) service.setDirty(deck, dirty);
  });
  setupPresentation();
  setupHandouts(service, roots);
  setupExport(service);
  setupApp();
  setupMenu();
  await openInitialWorkspace(ctx, bundledSlidesDir(), app.getPath('documents'));
  mainWindow = await createMainWindow();
}

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('activate', () => {
  if (app.isReady() && BrowserWindow.getAllWindows().length === 0) void createMainWindow().then((w) => (mainWindow = w));
});
app.on('before-quit', () => {
  void ctx?.service.dispose();
});

app.whenReady().then(onReady).catch((error: unknown) => {
  console.error('Podium could not start', error);
  app.exit(1);
});

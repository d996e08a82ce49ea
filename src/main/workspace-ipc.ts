// Workspace, recovery and asset channels: thin wrappers over the Electron-free workspace service,
// plus what only Electron can do (folder picker, system trash, first-run copy into Documents).
import { BrowserWindow, dialog, shell, type WebContents } from 'electron';
import type { WorkspaceInfo } from '../shared/ipc-types';
import { createRecentList, ensureUserCopy, type RecentList, type WorkspaceService } from '../services/workspace';
import type { AssetRoots } from './asset-protocol';
import { handle, send } from './ipc';

export interface WorkspaceContext {
  service: WorkspaceService;
  roots: AssetRoots;
  recent: RecentList;
  /** The deck each window has open, for its dirty flag and the close prompt. */
  openDecks: Map<number, string>;
}

export function createWorkspaceContext(service: WorkspaceService, roots: AssetRoots, recentFile: string): WorkspaceContext {
  return { service, roots, recent: createRecentList(recentFile), openDecks: new Map() };
}

export async function openWorkspace(ctx: WorkspaceContext, root: string): Promise<WorkspaceInfo> {
  ctx.roots.clear();
  ctx.openDecks.clear();
  const info = await ctx.service.open(root);
  await ctx.recent.add(info.root);
  for (const window of BrowserWindow.getAllWindows()) send(window.webContents, 'workspace:opened', info);
  return info;
}

/** At start: the last workspace that still exists, else (first run) a fresh copy of the bundled decks. */
export async function openInitialWorkspace(ctx: WorkspaceContext, bundledDir: string, documentsDir: string): Promise<WorkspaceInfo | null> {
  const last = (await ctx.recent.list()).find((r) => r.exists);
  try {
    if (last) return await openWorkspace(ctx, last.root);
    const { root } = await ensureUserCopy(bundledDir, documentsDir);
    return await openWorkspace(ctx, root);
  } catch (error) {
    console.error('Podium: could not open a workspace at start', error);
    return null;
  }
}

async function pickFolder(parent: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Open a folder of decks', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths[0];
}

function windowOf(contents: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(contents);
}

export function setupWorkspace(ctx: WorkspaceContext): void {
  const { service } = ctx;
  handle('workspace:current', () => service.current());
  handle('workspace:openFolder', async (event) => {
    const folder = await pickFolder(windowOf(event.sender));
    return folder ? openWorkspace(ctx, folder) : null;
  });
  handle('workspace:openRecent', async (_event, root) => {
    // Only folders the user opened before: the renderer cannot name an arbitrary folder.
    if (!(await ctx.recent.has(root))) throw new Error('Not a recent workspace.');
    return openWorkspace(ctx, root);
  });
  handle('workspace:recent', () => ctx.recent.list());
  handle('workspace:listDecks', () => service.listDecks());
  handle('workspace:readDeck', async (event, path) => {
    const deck = await service.readDeck(path);
    ctx.openDecks.set(event.sender.id, deck.path);
    return deck;
  });
  handle('workspace:saveDeck', (_event, request) => service.saveDeck(request));
  handle('workspace:listTemplates', () => service.listTemplates());
  handle('workspace:createDeck', (_event, request) => service.createDeck(request));
  handle('workspace:renameDeck', (_event, path, name) => service.renameDeck(path, name));
  handle('workspace:duplicateDeck', (_event, path) => service.duplicateDeck(path));
  handle('workspace:trashDeck', (_event, path) => service.trashDeck(path));
  handle('workspace:closeDeck', (event, path) => {
    service.closeDeck(path);
    if (ctx.openDecks.get(event.sender.id) === path) ctx.openDecks.delete(event.sender.id);
  });
  handle('recovery:autosave', (_event, path, source) => service.autosave(path, source));
  handle('recovery:list', () => service.listRecovery());
  handle('recovery:read', (_event, id) => service.readRecovery(id));
  handle('recovery:discard', (_event, id) => service.discardRecovery(id));
  handle('assets:importImage', (_event, request) => service.importImage(request));
}

/** Electron's trash, for the workspace service (decks are never hard-deleted). */
export function trashItem(path: string): Promise<void> {
  return shell.trashItem(path);
}

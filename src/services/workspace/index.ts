// Node-side workspace services shared by the Electron main process and the renderer's test host.
export { createWorkspaceService, WorkspaceError, MAX_DECK_BYTES, type WorkspaceService, type WorkspaceServiceOptions } from './workspace-service';
export { writeFileAtomic, removeStaleTempFiles, isTempFile } from './atomic-write';
export { createRecoveryStore, createAutosaver, recoveryIdFor, type RecoveryStore, type Autosaver } from './recovery';
export { createChangeWatcher, type ChangeWatcher } from './change-watcher';
export { listDeckFiles, isInsideFolder, safeFileName } from './deck-files';
export { summarizeDeck } from './deck-summary';
export { listTemplates, renderTemplate } from './templates';
export { importImage, IMAGE_EXTENSIONS } from './import-asset';
export { ensureUserCopy } from './first-run';
export { createRecentList, type RecentList } from './recent';

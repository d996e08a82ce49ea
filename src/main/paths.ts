// Where Podium's files live: the bundled decks (read-only), the built renderer, and userData.
import { join } from 'node:path';
import { app } from 'electron';

/** The workshop series shipped with the app (extraResources when packaged). Never written to. */
export function bundledSlidesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'slides') : join(app.getAppPath(), 'slides');
}

export function rendererDir(): string {
  return join(__dirname, '../renderer');
}

export function userDataFile(name: string): string {
  return join(app.getPath('userData'), name);
}

export function recoveryDir(): string {
  return join(app.getPath('userData'), 'Recovery');
}

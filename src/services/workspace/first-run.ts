// First run: the user gets their own copy of the bundled workshop series to edit; the bundled
// originals (inside the installed app) are never written to.
import { cp, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Makes sure `documentsDir/<folderName>` holds a copy of `bundledDir`. Copies only when the folder is
 * absent or empty, so the user's edits are never replaced. Returns the workspace folder.
 */
export async function ensureUserCopy(bundledDir: string, documentsDir: string, folderName = 'Podium Workshops'): Promise<{ root: string; copied: boolean }> {
  const root = join(documentsDir, folderName);
  if ((await isDirectory(root)) && (await readdir(root)).length > 0) return { root, copied: false };
  await mkdir(documentsDir, { recursive: true });
  // Copy aside, then move into place: a crash mid-copy leaves no half-filled workspace.
  const staging = `${root}.podium-copying-${process.pid}`;
  await cp(bundledDir, staging, { recursive: true, errorOnExist: false, force: true });
  await rm(root, { recursive: true, force: true }); // only reached when absent or empty
  await rename(staging, root);
  return { root, copied: true };
}

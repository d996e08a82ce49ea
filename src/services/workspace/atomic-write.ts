// Writes a file so that a crash at any moment leaves either the old content or the new, never a mix:
// write a temp file beside the target, fsync it, rename it over the target, then fsync the folder.
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system calls an atomic write needs; tests inject failures through this. */
export interface AtomicFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
  readdir: typeof nodeFs.readdir;
  stat: typeof nodeFs.stat;
}

export const nodeAtomicFs: AtomicFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  rm: nodeFs.rm,
  readdir: nodeFs.readdir,
  stat: nodeFs.stat,
};

const TEMP_MARK = '.podium-tmp-';

/** Name of a temp file for `target`: hidden, in the same folder (so rename stays on one device). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
}

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.includes(TEMP_MARK);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = nodeAtomicFs): Promise<void> {
  const temp = tempPathFor(target);
  let mode: number | undefined;
  try {
    mode = (await fs.stat(target)).mode & 0o777;
  } catch {
    mode = undefined; // new file: default permissions
  }
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target), fs);
}

/** Makes the rename itself durable. Not possible on Windows (folders cannot be opened): skipped. */
async function syncFolder(folder: string, fs: AtomicFs): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the rename has happened either way.
  }
}

/** Removes temp files a crash left behind in `folder` (older than `olderThanMs`). Returns their names. */
export async function removeStaleTempFiles(folder: string, olderThanMs = 60_000, fs: AtomicFs = nodeAtomicFs): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return removed;
  }
  const now = Date.now();
  for (const name of names.filter(isTempFile)) {
    const path = join(folder, name);
    try {
      const info = await fs.stat(path);
      if (now - info.mtimeMs < olderThanMs) continue;
      await fs.rm(path, { force: true });
      removed.push(name);
    } catch {
      // vanished meanwhile
    }
  }
  return removed;
}

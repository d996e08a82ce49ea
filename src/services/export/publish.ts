// Atomic publishing: an export is built in a temporary folder (or file) beside its target and
// renamed into place only when complete. A failure at any point removes the temporary copy and
// leaves the previous export exactly as it was; readers never see a half-written folder.
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system calls publishing makes; tests pass failing ones to prove nothing is lost. */
export interface PublishFs {
  mkdir(path: string, options: { recursive: boolean }): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const nodePublishFs: PublishFs = {
  mkdir,
  rename,
  rm,
  exists: (path) => stat(path).then(() => true, () => false),
};

/** Temporary names start with `.podium-`, so they are hidden and easy to recognise if a crash leaves one. */
export function tempSibling(target: string, role: 'tmp' | 'old'): string {
  return join(dirname(target), `.podium-${role}-${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after an export that was killed part way (power cut, Ctrl+C): temporary copies of
 * `target` left by a process that is no longer running are removed, and if the previous export
 * had been moved aside but the new one never moved in, the previous one is put back.
 */
export async function recoverLeftovers(target: string, fs: PublishFs = nodePublishFs): Promise<void> {
  const name = basename(target);
  let entries: string[];
  try {
    entries = await readdir(dirname(target));
  } catch {
    return;
  }
  const pattern = /^\.podium-(tmp|old)-(.+)-(\d+)-[0-9a-f]{8}$/;
  for (const entry of entries) {
    const match = pattern.exec(entry);
    if (!match || match[2] !== name || running(Number(match[3]))) continue;
    const path = join(dirname(target), entry);
    if (match[1] === 'old' && !(await fs.exists(target))) await fs.rename(path, target).catch(() => undefined);
    else await fs.rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Builds `target` (a folder) through `build(tempFolder)` and swaps it into place. When the target
 * exists it is moved aside first and restored if the final rename fails.
 */
export function publishFolder(target: string, build: (temp: string) => Promise<void>, fs: PublishFs = nodePublishFs): Promise<void> {
  return publish(target, build, fs, true);
}

/** Builds a single file at a temporary path beside `target`, then renames it over the target. */
export function publishFile(target: string, build: (tempFile: string) => Promise<void>, fs: PublishFs = nodePublishFs): Promise<void> {
  return publish(target, build, fs, false);
}

async function publish(target: string, build: (temp: string) => Promise<void>, fs: PublishFs, folder: boolean): Promise<void> {
  await fs.mkdir(dirname(target), { recursive: true });
  await recoverLeftovers(target, fs);
  const temp = tempSibling(target, 'tmp');
  if (folder) await fs.mkdir(temp, { recursive: true });
  try {
    await build(temp);
    await swapInto(temp, target, fs);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

async function swapInto(temp: string, target: string, fs: PublishFs): Promise<void> {
  if (!(await fs.exists(target))) {
    await fs.rename(temp, target);
    return;
  }
  // Folders cannot be renamed over each other everywhere (Windows, non-empty targets): move the
  // old one aside, move the new one in, and put the old one back if that fails.
  const old = tempSibling(target, 'old');
  await fs.rename(target, old);
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rename(old, target).catch(() => undefined);
    throw error;
  }
  await fs.rm(old, { recursive: true, force: true }).catch(() => undefined);
}

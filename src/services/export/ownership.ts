// An export replaces what is at its target, so it first checks that the target is an earlier
// Podium export: pointing --out at a folder of your own never deletes a same-named folder or file.
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';

const GENERATOR = '<meta name="generator" content="Podium">';

async function startsLikePodiumPage(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(GENERATOR);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

/** Undefined when `target` is free or an earlier Podium export; else why it must not be replaced. */
export async function replaceRefusal(target: string, mode: 'folder' | 'single-file'): Promise<string | undefined> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return undefined;
  const ours = mode === 'folder'
    ? info.isDirectory() && (await startsLikePodiumPage(join(target, 'index.html')))
    : info.isFile() && (await startsLikePodiumPage(target));
  if (ours) return undefined;
  return `${target} already exists and is not a Podium export, so it was left alone: choose another --out folder, or move it away first.`;
}

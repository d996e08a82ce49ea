import { constants } from 'node:fs';
import { copyFile as fsCopyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mimeType } from './mime';

/**
 * Copies a file into a fresh export (never over an existing file). The operating system copies it
 * (copy_file_range, clonefile, CopyFileEx): a 2 GB video never passes through Podium's memory, and
 * it is faster than streaming it through Node.
 */
export async function copyFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await fsCopyFile(from, to, constants.COPYFILE_EXCL);
}

/** A small file (image, font) as a data: URI for single-file exports. */
export async function dataUri(path: string, type = mimeType(path)): Promise<string> {
  const bytes = await readFile(path);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { mimeType } from './mime';

/** Copies a file by streaming (64 KiB chunks): a 2 GB video never sits in memory. */
export async function streamCopy(from: string, to: string): Promise<number> {
  await mkdir(dirname(to), { recursive: true });
  let bytes = 0;
  const source = createReadStream(from, { highWaterMark: 64 * 1024 });
  source.on('data', (chunk) => { bytes += chunk.length; });
  await pipeline(source, createWriteStream(to, { flags: 'wx' }));
  return bytes;
}

/** A small file (image, font) as a data: URI for single-file exports. */
export async function dataUri(path: string, type = mimeType(path)): Promise<string> {
  const bytes = await readFile(path);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

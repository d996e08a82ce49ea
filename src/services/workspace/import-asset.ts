// Copies an image dropped on the editor into the deck's images/ folder, so it travels with the deck.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { ImportAssetResult } from '../../shared/ipc-types';
import { safeFileName, uniquePath } from './deck-files';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg'];
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Alt text to start from: the file name in words; the author is expected to improve it. */
function altFromName(stem: string): string {
  return stem.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim() || 'image';
}

export async function importImage(deckPath: string, fileName: string, data: Uint8Array): Promise<ImportAssetResult> {
  const ext = extname(fileName).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(ext)) {
    return { ok: false, message: `"${fileName}" is not an image Podium can show: use ${IMAGE_EXTENSIONS.join(', ')}.` };
  }
  if (data.byteLength === 0) return { ok: false, message: `"${fileName}" is empty.` };
  if (data.byteLength > MAX_IMAGE_BYTES) {
    return { ok: false, message: `"${fileName}" is over 25 MB: make it smaller (a projector shows at most 1920x1080).` };
  }
  const stem = safeFileName(fileName.slice(0, fileName.length - ext.length)).replace(/ /g, '-') || 'image';
  const folder = join(dirname(deckPath), 'images');
  await mkdir(folder, { recursive: true });
  const target = await uniquePath(folder, stem, ext, '-'); // no spaces: URLs stay plain
  await writeFile(target, data, { flag: 'wx' });
  const relativePath = `images/${target.slice(folder.length + 1)}`;
  const url = relativePath.split('/').map(encodeURIComponent).join('/');
  return { ok: true, relativePath, markdown: `![${altFromName(stem)}](${url})` };
}

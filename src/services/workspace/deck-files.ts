// Finding and managing deck files in a workspace: list, create, rename, duplicate, trash.
// Never overwrites: every name that exists already gets " 2", " 3", ... instead.
import { constants } from 'node:fs';
import { access, copyFile, link, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import type { DeckOpResult } from '../../shared/ipc-types';
import { slugify } from '../../core';
import { renderTemplate } from './templates';

const NOT_DECKS = /^(readme|changelog|license|contributing)\.md$/i;
const SKIP_FOLDERS = new Set(['node_modules', 'images', 'media', 'dist', 'out']);

/** Deck files (*.md) in `root` and one level of subfolders, sorted by relative path. */
export async function listDeckFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (folder: string, depth: number) => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isFile() && /\.md$/i.test(entry.name) && !NOT_DECKS.test(entry.name)) found.push(path);
      else if (entry.isDirectory() && depth === 0 && !SKIP_FOLDERS.has(entry.name)) await visit(path, 1);
    }
  };
  await visit(root, 0);
  return found.sort((a, b) => relative(root, a).localeCompare(relative(root, b)));
}

/** True when `path` is `root` itself or inside it (no `..` escape). */
export function isInsideFolder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep));
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** A file name that is safe on every platform, keeping the user's words (not a slug). */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, ' ')
    .split(/\s+/)
    .filter((word) => !/^\.*$/.test(word)) // drops '', '.', '..' left by a path
    .join(' ')
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const stem = /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(cleaned) ? `${cleaned}-deck` : cleaned;
  return stem.slice(0, 120);
}

/** `folder/stem.md`, or `folder/stem 2.md` (separator ' '), ... whichever does not exist yet. */
export async function uniquePath(folder: string, stem: string, ext = '.md', separator = ' '): Promise<string> {
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = join(folder, `${stem}${n === 1 ? '' : `${separator}${n}`}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`Too many files named "${stem}" in ${folder}.`);
}

export async function createDeckFromTemplate(folder: string, templateId: string, title: string): Promise<DeckOpResult> {
  const text = renderTemplate(templateId, title);
  if (text === undefined) return { ok: false, message: `Unknown template "${templateId}".` };
  const stem = slugify(title) || 'untitled-deck';
  const path = await uniquePath(folder, stem);
  await writeFile(path, text, { flag: 'wx' });
  return { ok: true, path };
}

/** Renames within the same folder; refuses to replace an existing file. */
export async function renameDeck(path: string, newName: string): Promise<DeckOpResult> {
  const stem = safeFileName(newName.replace(/\.md$/i, ''));
  if (!stem) return { ok: false, message: 'Type a name for the deck (letters or numbers).' };
  const target = join(dirname(path), `${stem}.md`);
  if (target === path) return { ok: true, path };
  const caseOnly = target.toLowerCase() === path.toLowerCase();
  if (!caseOnly && (await exists(target))) {
    return { ok: false, message: `A deck named "${stem}.md" already exists in this folder: choose another name.` };
  }
  if (caseOnly) {
    // Case-insensitive file systems: go through a temporary name.
    const temp = `${path}.renaming`;
    await rename(path, temp);
    await rename(temp, target);
    return { ok: true, path: target };
  }
  // link + unlink refuses to replace a file that appeared meanwhile (rename would silently overwrite).
  try {
    await link(path, target);
    await unlink(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return { ok: false, message: `A deck named "${stem}.md" already exists in this folder: choose another name.` };
    }
    await rename(path, target); // file systems without hard links (FAT on a USB stick)
  }
  return { ok: true, path: target };
}

export async function duplicateDeck(path: string): Promise<DeckOpResult> {
  const stem = basename(path, extname(path));
  const target = await uniquePath(dirname(path), `${stem} copy`);
  await copyFile(path, target, constants.COPYFILE_EXCL);
  return { ok: true, path: target };
}

/** Moves a deck to the system trash through the injected function (Electron's shell.trashItem). */
export async function trashDeck(path: string, trash: (path: string) => Promise<void>): Promise<DeckOpResult> {
  if (!(await exists(path))) return { ok: false, message: `${basename(path)} is no longer there.` };
  await trash(path);
  return { ok: true, path };
}

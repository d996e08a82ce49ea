// Turns a URL written in a deck into a file inside the deck's folder, or says why it cannot.
// Export and the asset lint both go through here, so a deck can never make Podium copy, embed or
// serve a file from outside its own folder (`../../.ssh/id_rsa`, `/etc/passwd`, a symlink out).
import { realpath as fsRealpath, stat as fsStat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The two file-system calls resolution needs; tests and the app can pass their own. */
export interface AssetFs {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean }>;
}

export type AssetFailure = 'remote' | 'outside' | 'absolute' | 'missing' | 'invalid';

export type AssetResolution =
  | { ok: true; /** Where the file is on disk. */ absolute: string; /** Posix path inside the deck's folder. */ relative: string }
  | { ok: false; reason: AssetFailure; message: string };

export const nodeAssetFs: AssetFs = { realpath: fsRealpath, stat: fsStat };

const REMOTE = /^(?:https?:)?\/\//i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WINDOWS_DRIVE = /^[a-z]:/i;
const QUERY_OR_HASH = /[?#].*$/s;

function fail(reason: AssetFailure, message: string): AssetResolution {
  return { ok: false, reason, message };
}

/** The deck-relative posix path a URL names, or the reason it names none. */
function toRelativePath(url: string): { path: string } | AssetResolution {
  const written = url.trim();
  if (written === '') return fail('invalid', 'The link is empty: write the path of a file next to the deck, e.g. images/photo.jpg.');
  if (REMOTE.test(written)) {
    return fail('remote', `"${written}" is on the internet and will not show offline: download it into the deck's folder (e.g. images/) and link the copy.`);
  }
  if (/^data:/i.test(written)) return fail('invalid', `A data: URL is already inside the deck; it is kept inline and needs no file.`);
  const scheme = SCHEME.exec(written);
  if (scheme && /^file$/i.test(scheme[1])) {
    return fail('absolute', `"${written}" is a file: URL, which only works on this computer: copy the file into the deck's folder and link it relatively, e.g. images/photo.jpg.`);
  }
  // A single letter before ':' is a Windows drive (C:), not a scheme.
  if (scheme && !WINDOWS_DRIVE.test(written)) {
    return fail('invalid', `"${written}" is not a file path (${scheme[1]}: link): only files in the deck's folder can be shown or copied.`);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(written.replace(QUERY_OR_HASH, ''));
  } catch {
    return fail('invalid', `"${written}" has a broken %-escape: write the file name plainly, e.g. images/my photo.jpg.`);
  }
  if (decoded.includes('\0')) return fail('invalid', `"${written}" contains a NUL character: write a plain file path.`);
  // Browsers read a backslash as a slash in URLs; treat it so, so `..\..\x` is caught too.
  const slashed = decoded.replace(/\\/g, '/');
  if (slashed.startsWith('/') || WINDOWS_DRIVE.test(slashed)) {
    return fail('absolute', `"${written}" is an absolute path, which only works on this computer: copy the file into the deck's folder and link it relatively, e.g. images/photo.jpg.`);
  }
  const parts: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) {
        return fail('outside', `"${written}" points outside the deck's folder, so it cannot travel with the deck: move the file into the deck's folder and link it from there.`);
      }
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  if (parts.length === 0) return fail('invalid', `"${written}" names the deck's folder, not a file: link a file inside it, e.g. images/photo.jpg.`);
  return { path: parts.join('/') };
}

function isInside(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

/**
 * Resolves `url` (as written in a deck whose file sits in `deckDir`) to a file inside that folder.
 * Query strings and #hashes are dropped, %-escapes decoded; remote, absolute, escaping and
 * symlinked-out paths are refused with a message that says what to do.
 */
export async function resolveAsset(deckDir: string, url: string, fs: AssetFs = nodeAssetFs): Promise<AssetResolution> {
  const named = toRelativePath(url);
  if (!('path' in named)) return named;
  const folder = resolve(deckDir);
  const absolute = join(folder, ...named.path.split('/'));
  let realFolder: string;
  let realTarget: string;
  try {
    realFolder = await fs.realpath(folder);
  } catch {
    return fail('missing', `The deck's folder ${folder} cannot be read: check that it still exists.`);
  }
  try {
    realTarget = await fs.realpath(absolute);
  } catch {
    return fail('missing', `"${url.trim()}" was not found (looked for ${named.path} in the deck's folder): check the spelling and letter case, or copy the file there.`);
  }
  if (!isInside(realFolder, realTarget)) {
    return fail('outside', `"${url.trim()}" is a link to a file outside the deck's folder, so it cannot travel with the deck: copy the real file into the deck's folder instead of linking it.`);
  }
  try {
    const info = await fs.stat(realTarget);
    if (!info.isFile()) return fail('invalid', `"${url.trim()}" is a folder, not a file: link a file inside it.`);
  } catch {
    return fail('missing', `"${url.trim()}" cannot be read: check that the file still exists and is readable.`);
  }
  return { ok: true, absolute, relative: named.path };
}

// The file calls deck loading needs, injected so tests and the app can substitute their own.
import { readFile, readdir, stat } from 'node:fs/promises';

export interface DeckFs {
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<string[]>;
}

export const nodeDeckFs: DeckFs = {
  stat: (path) => stat(path),
  readFile: (path) => readFile(path),
  readdir: (path) => readdir(path),
};

/** The errno code of a failed file call ('ENOENT', 'EACCES', ...), or 'EIO' when it has none. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

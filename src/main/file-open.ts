// Decks opened from outside: double-clicking a .md file (file association), `podium-app deck.md`
// on the command line, or a second launch while Podium runs. The deck's folder becomes the
// workspace and the renderer is asked to open the deck.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { app } from 'electron';

/** The last argument naming an existing .md file, resolved against `cwd`. */
export function deckFromArgv(argv: string[], cwd = process.cwd()): string | null {
  for (const arg of [...argv].reverse()) {
    if (arg.startsWith('-') || !/\.md$/i.test(arg)) continue;
    const path = resolve(cwd, arg);
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** macOS sends 'open-file' (possibly before 'ready'): register early, forward each path. */
export function setupFileOpen(open: (path: string) => void): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (/\.md$/i.test(path)) open(path);
  });
}

// Starts headless Chromium as a plain child process that is driven over the DevTools pipe. The CLI
// starts it first thing, so the browser's own start-up (several processes, a second or more)
// overlaps with Node loading modules and reading decks instead of following them.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS } from '../browser/chrome-args';
import { findChrome } from '../browser/find-chrome';
import { CdpPipe } from './cdp-pipe';

/** The same quiet, offline flags as launchChrome(), plus headless mode and the DevTools pipe. */
export const EARLY_CHROME_ARGS: readonly string[] = [
  ...CHROME_ARGS,
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  '--no-default-browser-check',
  '--remote-debugging-pipe',
];

/**
 * The browser to print with. A PODIUM_CHROME that names no file means "not this machine's usual
 * browser": rather than quietly print with another one, it counts as no browser.
 */
export function chosenBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const wanted = env.PODIUM_CHROME;
  if (wanted && !existsSync(wanted)) return undefined;
  return findChrome(env);
}

export class ChromeMissingError extends Error {
  constructor() {
    super('No Chromium-based browser found. Install Chrome or Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set PODIUM_CHROME to its path.');
    this.name = 'ChromeMissingError';
  }
}

// The renderer, GPU and network service run inside the browser process instead of starting
// processes of their own: a print run ends about 0.4 s sooner, with half the memory, and prints the
// same bytes. Upstream calls the mode unsupported, so a printer whose single-process browser dies
// starts an ordinary one and prints again (see printer.ts).
const SINGLE_PROCESS_ARG = '--single-process';

export interface StartOptions {
  /** Run Chromium as one process (default true). */
  singleProcess?: boolean;
}

export interface StartedChrome {
  /** The DevTools connection (commands fail with a clear error if the browser could not start). */
  cdp: CdpPipe;
  executablePath: string;
  singleProcess: boolean;
  pid: number | undefined;
  /** The throwaway profile folder (removed by stop()). */
  profile: string;
  /**
   * Ends the browser and removes its profile folder: after `graceMs` it is sent SIGTERM (SIGKILL
   * `now`, when nothing it holds is wanted any more), and SIGKILL 3 s later if it is still there.
   */
  stop(graceMs?: number, now?: boolean): Promise<void>;
}

export function startChrome(executablePath: string | undefined = chosenBrowser(), options: StartOptions = {}): StartedChrome {
  if (!executablePath) throw new ChromeMissingError();
  const singleProcess = options.singleProcess ?? true;
  const profile = mkdtempSync(join(tmpdir(), 'podium-chrome-'));
  const args = [...EARLY_CHROME_ARGS, ...(singleProcess ? [SINGLE_PROCESS_ARG] : []), `--user-data-dir=${profile}`, 'about:blank'];
  const child: ChildProcess = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.once('error', () => undefined); // reported through the pipe closing
  child.stderr?.resume(); // keep Chromium's log from filling the pipe
  const cdp = new CdpPipe(child);
  let stopping: Promise<void> | undefined;
  return {
    cdp,
    executablePath,
    singleProcess,
    pid: child.pid,
    profile,
    stop(graceMs = 0, now = false) {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          // a browser asked to close over DevTools exits on its own; give it a moment, then insist
          const term = setTimeout(() => child.kill(now ? 'SIGKILL' : 'SIGTERM'), graceMs);
          const kill = setTimeout(() => child.kill('SIGKILL'), graceMs + 3000);
          await exited;
          clearTimeout(term);
          clearTimeout(kill);
        }
        // helper processes can still be letting go of the profile: retry, and never fail the run over it
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
        } catch {
          // a leftover empty profile folder in the temp dir is harmless
        }
      })();
      return stopping;
    },
  };
}

// Starts headless Chromium as a plain child process, before the CLI has even loaded playwright-core:
// the browser's own start-up (several processes, a second or more) then overlaps with Node loading
// modules and reading decks, instead of following them. HandoutPrinter.open() connects to it over
// the DevTools protocol on a loopback port. This module must stay light: no playwright import here.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../browser/find-chrome';

/** The same quiet, offline flags as launchChrome() (src/services/browser/launch.ts), plus headless mode. */
export const EARLY_CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
  '--no-default-browser-check',
  '--remote-debugging-address=127.0.0.1',
  '--remote-debugging-port=0',
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

const LISTENING = /DevTools listening on (ws:\/\/\S+)/;

export interface StartedChrome {
  /** The DevTools WebSocket URL, once the browser is up; rejects if it fails to start. */
  endpoint: Promise<string>;
  /** Ends the browser (waiting up to `graceMs` for it to exit by itself) and removes its profile folder. */
  stop(graceMs?: number): Promise<void>;
}

export function startChrome(executablePath: string, timeoutMs = 60_000): StartedChrome {
  const profile = mkdtempSync(join(tmpdir(), 'podium-chrome-'));
  const child: ChildProcess = spawn(executablePath, [...EARLY_CHROME_ARGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const endpoint = new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium (${executablePath}) did not start within ${timeoutMs / 1000} s.`)), timeoutMs);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4000);
      const match = LISTENING.exec(seen);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium (${executablePath}) exited (${code}) before it was ready:\n${seen.trim().slice(-800)}`)); });
  });
  endpoint.catch(() => undefined); // a caller that never awaits it must not crash the process
  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    stop(graceMs = 0) {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          // a browser asked to close over DevTools exits on its own; give it a moment, then insist
          const term = setTimeout(() => child.kill('SIGTERM'), graceMs);
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

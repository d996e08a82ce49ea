import { chromium, type Browser } from 'playwright-core';
import { findChrome } from './find-chrome';

// Flags that keep Chromium quiet and offline: no background fetches, no component updates, no sync.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export class ChromeNotFoundError extends Error {
  constructor() {
    super('No Chromium-based browser found. Install Chrome or Chromium (Debian/Ubuntu: `sudo apt-get install chromium`), or set PODIUM_CHROME to its path.');
    this.name = 'ChromeNotFoundError';
  }
}

/** Launches headless Chromium through playwright-core; never downloads a browser. */
export async function launchChrome(executablePath: string | undefined = findChrome()): Promise<Browser> {
  if (!executablePath) throw new ChromeNotFoundError();
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
}

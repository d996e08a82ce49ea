import { chromium, type Browser } from 'playwright-core';
import { CHROME_ARGS } from './chrome-args';
import { findChrome } from './find-chrome';

export { CHROME_ARGS };

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

import { existsSync } from 'node:fs';

// Where a Chromium-family browser usually lives, most specific first. Env vars win so a user
// (or CI) can point at any build.
const CANDIDATES: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/bin/microsoft-edge'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

/** The browser Podium prints and tests with, or undefined when none is installed. */
export function findChrome(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform, exists: (p: string) => boolean = existsSync): string | undefined {
  for (const key of ['PODIUM_CHROME', 'CHROME_PATH']) {
    const value = env[key];
    if (value && exists(value)) return value;
  }
  return (CANDIDATES[platform] ?? []).find((p) => exists(p));
}

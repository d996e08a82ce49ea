// Flags that keep Chromium quiet and offline: no background fetches, no component updates, no sync.
// In their own module so a caller that drives Chromium itself need not load playwright-core.
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

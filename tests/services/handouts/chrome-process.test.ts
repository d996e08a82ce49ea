import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../../../src/services/browser/launch';
import { chosenBrowser, EARLY_CHROME_ARGS, HandoutPrinter, startChrome } from '../../../src/services/handouts';
import { noChrome } from '../../support/browser';

describe('startChrome()', () => {
  it('uses every quiet, offline flag launchChrome() uses', () => {
    for (const flag of CHROME_ARGS) expect(EARLY_CHROME_ARGS).toContain(flag);
    expect(EARLY_CHROME_ARGS).toContain('--remote-debugging-pipe');
    expect(EARLY_CHROME_ARGS.some((a) => a.startsWith('--remote-debugging-port'))).toBe(false);
  });

  it('treats a PODIUM_CHROME that names no file as no browser', () => {
    expect(chosenBrowser({ PODIUM_CHROME: '/nowhere/chrome' })).toBeUndefined();
  });

  it.skipIf(noChrome)('starts a browser the printer drives over the pipe, and leaves no profile behind', async () => {
    const chrome = startChrome(chosenBrowser() as string);
    expect(existsSync(chrome.profile)).toBe(true);
    const { product } = await chrome.cdp.send('Browser.getVersion');
    expect(product).toMatch(/Chrom/);
    const printer = await HandoutPrinter.open(chrome);
    const pdf = await printer.pdf('<!doctype html><p>Hello from the early browser</p>');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await printer.close();
    // Its own profile, not a scan of the temp folder: other test files print at the same time.
    expect(existsSync(chrome.profile)).toBe(false);
  });

  it.skipIf(noChrome)('runs Chromium as one process, and prints with an ordinary browser if that one dies', async () => {
    const chrome = startChrome(chosenBrowser() as string);
    expect(chrome.singleProcess).toBe(true);
    expect(readFileSync(`/proc/${chrome.pid}/cmdline`, 'utf8').split('\0')).toContain('--single-process');
    const printer = await HandoutPrinter.open(chrome);
    process.kill(chrome.pid as number, 'SIGKILL');
    await chrome.stop();
    expect(chrome.cdp.closed).toBe(true);
    const pdf = await printer.pdf('<!doctype html><p>Printed after the first browser died</p>');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await printer.close();
    expect(existsSync(chrome.profile)).toBe(false);
  });
});

// Links in decks open outside Podium: https only, in the system browser, after the user confirms.
// Any other scheme (file:, javascript:, smb:, custom app handlers, plain http) is refused.
import { BrowserWindow, dialog, shell } from 'electron';
import type { OpenExternalResult } from '../shared/ipc-types';

const MAX_URL_LENGTH = 2048;

/** Whether a URL may be offered for opening in the system browser at all. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // Credentials in a link are a phishing trick ("https://bank.com@evil.example").
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}

/** Asks, then opens an https URL in the system browser. */
export async function openExternalWithConfirmation(raw: string, parent?: BrowserWindow | null): Promise<OpenExternalResult> {
  if (!isAllowedExternalUrl(raw)) return { opened: false, reason: 'not-allowed' };
  const url = new URL(raw);
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open a web page?',
    message: `Open ${url.hostname} in your web browser?`,
    detail: url.href,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response !== 0) return { opened: false, reason: 'declined' };
  await shell.openExternal(url.href);
  return { opened: true };
}

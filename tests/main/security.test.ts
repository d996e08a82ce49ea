import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { hardenWebContents, isAppUrl, isLocalRequest, secureSession } = await import('../../src/main/security');
const { contentSecurityPolicy } = await import('../../src/main/csp');
const { isAllowedExternalUrl, openExternalWithConfirmation } = await import('../../src/main/external-links');

beforeEach(() => fake.reset());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('navigation and window.open', () => {
  it('blocks navigation away from the page, whatever the target', () => {
    const contents = new FakeWebContents();
    contents.url = 'podium-app://app/index.html';
    hardenWebContents(contents as never);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'podium-asset://d1/x.html', 'javascript:alert(1)']) {
      expect(contents.navigate(url), url).toBe(true);
    }
  });

  it('denies window.open and offers only https links to the system browser, after confirmation', async () => {
    const window = new FakeBrowserWindow();
    hardenWebContents(window.webContents as never);
    fake.dialogResponses.push(0); // "Open in browser"
    expect(window.webContents.windowOpenHandler!({ url: 'https://humantraffickinghotline.org/' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(window.webContents.windowOpenHandler!({ url: 'http://plain.example/' })).toEqual({ action: 'deny' });
    await flush();
    expect(fake.messageBoxes).toHaveLength(1);
    expect(fake.openedExternal).toEqual(['https://humantraffickinghotline.org/']);
  });

  it('keeps preview frames from loading pages', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    const frameNavigation = (url: string, isMainFrame = false) => {
      let prevented = false;
      contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(frameNavigation('https://evil.example/')).toBe(true);
    expect(frameNavigation('podium-asset://d1/page.html')).toBe(true);
    expect(frameNavigation('about:srcdoc')).toBe(false);
  });

  it('refuses <webview> attachment', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe('external link policy', () => {
  it('allows https only, without credentials', () => {
    expect(isAllowedExternalUrl('https://humantraffickinghotline.org')).toBe(true);
    for (const url of ['http://example.org', 'file:///C:/Windows', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'https://bank.example@evil.example/', 'data:text/html,x', 'not a url', `https://x.org/${'a'.repeat(3000)}`]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('opens after the user confirms, and not when they cancel', async () => {
    fake.dialogResponses.push(1);
    expect(await openExternalWithConfirmation('https://dhs.gov/blue-campaign')).toEqual({ opened: false, reason: 'declined' });
    fake.dialogResponses.push(0);
    expect(await openExternalWithConfirmation('https://dhs.gov/blue-campaign')).toEqual({ opened: true });
    expect(fake.openedExternal).toEqual(['https://dhs.gov/blue-campaign']);
    expect(fake.messageBoxes[0]).toMatchObject({ message: 'Open dhs.gov in your web browser?', cancelId: 1, defaultId: 1 });
  });

  it('never asks about a scheme it will not open', async () => {
    expect(await openExternalWithConfirmation('file:///etc/passwd')).toEqual({ opened: false, reason: 'not-allowed' });
    expect(fake.messageBoxes).toEqual([]);
  });
});

describe('session security', () => {
  it('adds the CSP header to every response, keeping a stricter one a page brings', () => {
    secureSession(fake.session as never, undefined);
    let headers: Record<string, string[]> | undefined;
    fake.session.headersListener!({ responseHeaders: { 'content-security-policy': ["default-src 'none'"] } }, (r) => (headers = r.responseHeaders));
    expect(headers!['Content-Security-Policy']).toEqual(["default-src 'none'", contentSecurityPolicy()]);
  });

  it('denies every permission request (camera, notifications, ...)', () => {
    secureSession(fake.session as never, undefined);
    let granted: boolean | undefined;
    fake.session.permissionHandler!(null, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.session.permissionCheck!()).toBe(false);
  });

  it('cancels every remote or file request; allows Podium\'s own schemes', () => {
    secureSession(fake.session as never, undefined);
    const cancelled = (url: string) => {
      let result: boolean | undefined;
      fake.session.requestListener!({ url }, (r) => (result = r.cancel));
      return result;
    };
    expect(cancelled('https://fonts.googleapis.com/css')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('podium-app://app/index.html')).toBe(false);
    expect(cancelled('podium-asset://d123/images/a.png')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });

  it('lets the dev server through only in dev', () => {
    expect(isLocalRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173/')).toBe(true);
    expect(isLocalRequest('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', undefined)).toBe(false);
  });
});

describe('contentSecurityPolicy()', () => {
  it('allows no inline or remote script, no objects, and deck media only via podium-asset:', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("img-src 'self' podium-asset: data: blob:");
    expect(csp).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

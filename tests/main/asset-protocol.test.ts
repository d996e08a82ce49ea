import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);
const { createAssetRoots, handleAppRequest, handleAssetRequest, memoryPages, registerSchemes, setupProtocols } = await import('../../src/main/asset-protocol');

let base: string;
let deckDir: string;
const roots = createAssetRoots();
let origin: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'podium-protocol-'));
  deckDir = join(base, 'decks');
  await mkdir(join(deckDir, 'images'), { recursive: true });
  await writeFile(join(deckDir, 'images', 'a diagram.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(deckDir, 'film.mp4'), Buffer.from('0123456789'));
  await writeFile(join(base, 'secret.txt'), 'do not serve');
  await symlink(join(base, 'secret.txt'), join(deckDir, 'images', 'link.svg'));
  origin = roots.baseFor(deckDir);
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, headers: Record<string, string> = {}) => handleAssetRequest(new Request(url, { headers }), roots);

describe('podium-asset://', () => {
  it('serves a file inside the deck folder with its type', async () => {
    const response = await get(`${origin}images/a%20diagram.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toContain('<svg');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*; sandbox$/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses every way out of the folder', async () => {
    for (const path of ['..%2fsecret.txt', '%2e%2e/secret.txt', 'images/..%2f..%2fsecret.txt', 'images/link.svg', '%2Fetc%2Fpasswd', 'images%5c..%5c..%5csecret.txt']) {
      const response = await get(`${origin}${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(403);
      expect(await response.text(), path).not.toContain('do not serve');
    }
    // `..` in the URL itself is normalised away by the URL parser: it stays inside the origin.
    expect((await get(`${origin}../secret.txt`)).status).toBe(404);
  });

  it('serves nothing for a folder it never handed out', async () => {
    expect((await get('podium-asset://d0000000000000000000/secret.txt')).status).toBe(404);
  });

  it('answers range requests so video can seek', async () => {
    const response = await get(`${origin}film.mp4`, { Range: 'bytes=2-5' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await response.text()).toBe('2345');
    expect((await get(`${origin}film.mp4`, { Range: 'bytes=50-60' })).status).toBe(416);
  });

  it('refuses writes', async () => {
    expect((await handleAssetRequest(new Request(`${origin}film.mp4`, { method: 'POST', body: 'x' }), roots)).status).toBe(405);
  });

  it('serves generated print pages from memory with a no-script policy', async () => {
    memoryPages.set('__handout-7.html', '<p>handout</p>');
    const response = await get(`${origin}__handout-7.html`);
    expect(await response.text()).toBe('<p>handout</p>');
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(response.headers.get('content-security-policy')).not.toContain('script-src');
    memoryPages.delete('__handout-7.html');
    expect((await get(`${origin}__handout-7.html`)).status).toBe(404);
  });
});

describe('podium-app://', () => {
  it('serves the renderer folder only, with the CSP on pages', async () => {
    const page = await handleAppRequest(new Request('podium-app://app/images/a%20diagram.svg'), deckDir);
    expect(page.status).toBe(200);
    const html = join(deckDir, 'index.html');
    await writeFile(html, '<!doctype html>');
    const index = await handleAppRequest(new Request('podium-app://app/'), deckDir);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handleAppRequest(new Request('podium-app://app/..%2fsecret.txt'), deckDir)).status).toBe(404);
    expect((await handleAppRequest(new Request('podium-app://other/index.html'), deckDir)).status).toBe(404);
  });
});

describe('registration', () => {
  it('registers both schemes as standard and secure, and handles them on the session', () => {
    fake.reset();
    registerSchemes();
    expect(fake.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'podium-app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
      expect.objectContaining({ scheme: 'podium-asset', privileges: expect.objectContaining({ standard: true, secure: true, stream: true }) }),
    ]);
    setupProtocols(fake.session as never, roots, deckDir);
    expect([...fake.session.protocolHandlers.keys()]).toEqual(['podium-asset', 'podium-app']);
  });
});

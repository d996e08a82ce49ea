import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAsset, type AssetFs } from '../../../src/services/assets/resolve-asset';

// Layout:  root/secret.txt   root/deck/{deck.md, images/photo.png, images/my photo.png, out-link -> ../secret.txt,
//          in-link -> images/photo.png, dir-link -> ..}
let root: string;
let deck: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'podium-assets-')));
  deck = join(root, 'deck');
  mkdirSync(join(deck, 'images'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), 'secret');
  writeFileSync(join(deck, 'deck.md'), '# Deck');
  writeFileSync(join(deck, 'images', 'photo.png'), 'png');
  writeFileSync(join(deck, 'images', 'my photo.png'), 'png');
  symlinkSync(join(root, 'secret.txt'), join(deck, 'out-link.png'));
  symlinkSync(join(deck, 'images', 'photo.png'), join(deck, 'in-link.png'));
  symlinkSync(root, join(deck, 'dir-link'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function reason(url: string): Promise<string> {
  const result = await resolveAsset(deck, url);
  return result.ok ? `ok:${result.relative}` : result.reason;
}

describe('resolveAsset()', () => {
  it('resolves a relative path to the file inside the deck folder', async () => {
    const result = await resolveAsset(deck, 'images/photo.png');
    expect(result).toEqual({ ok: true, absolute: join(deck, 'images', 'photo.png'), relative: 'images/photo.png' });
  });

  it('drops ?query and #hash and normalises ./ and inner ..', async () => {
    expect(await reason('./images/photo.png?v=2#top')).toBe('ok:images/photo.png');
    expect(await reason('images/../images/./photo.png')).toBe('ok:images/photo.png');
  });

  it('percent-decodes file names', async () => {
    expect(await reason('images/my%20photo.png')).toBe('ok:images/my photo.png');
  });

  it('calls http(s) and protocol-relative URLs remote', async () => {
    expect(await reason('https://example.org/a.png')).toBe('remote');
    expect(await reason('HTTP://example.org/a.png')).toBe('remote');
    expect(await reason('//cdn.example.org/a.png')).toBe('remote');
  });

  it('refuses absolute paths: posix, Windows drive, UNC and file:', async () => {
    for (const url of ['/etc/passwd', 'C:\\Windows\\win.ini', 'c:/x.png', '\\\\server\\share\\x.png', 'file:///etc/passwd', '%2fetc%2fpasswd']) {
      expect(await reason(url), url).toBe('absolute');
    }
  });

  it('refuses .. escapes, also when %-encoded or written with backslashes', async () => {
    for (const url of ['../secret.txt', 'images/../../secret.txt', '..%2fsecret.txt', '%2e%2e/secret.txt', '..\\secret.txt', 'images%5c..%5c..%5csecret.txt']) {
      expect(await reason(url), url).toBe('outside');
    }
  });

  it('refuses a symlink whose real file is outside the deck folder', async () => {
    expect(await reason('out-link.png')).toBe('outside');
    expect(await reason('dir-link/secret.txt')).toBe('outside');
  });

  it('accepts a symlink that stays inside the deck folder', async () => {
    expect(await reason('in-link.png')).toBe('ok:in-link.png');
  });

  it('works when the deck folder itself is reached through a symlink', async () => {
    const alias = join(root, 'alias');
    symlinkSync(deck, alias);
    const result = await resolveAsset(alias, 'images/photo.png');
    expect(result.ok).toBe(true);
  });

  it('reports missing files with what to check', async () => {
    const result = await resolveAsset(deck, 'images/nope.png');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('missing');
      expect(result.message).toMatch(/not found.*images\/nope\.png/);
    }
  });

  it('calls data:, other schemes, folders, empty and broken escapes invalid', async () => {
    for (const url of ['data:image/png;base64,AAAA', 'javascript:alert(1)', 'mailto:a@b.c', 'images', 'images/', '', '  ', '%zz.png', '.', 'a%00.png']) {
      expect(await reason(url), JSON.stringify(url)).toBe('invalid');
    }
  });

  it('explains what to do in every refusal', async () => {
    for (const url of ['https://x.org/a.png', '/etc/passwd', '../x', 'nope.png', 'data:,x']) {
      const result = await resolveAsset(deck, url);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(30);
    }
  });

  it('reads through an injected file system', async () => {
    const calls: string[] = [];
    const fakeFs: AssetFs = {
      realpath: async (p) => { calls.push(p); return p; },
      stat: async () => ({ isFile: () => true, isDirectory: () => false }),
    };
    const result = await resolveAsset('/virtual/deck', 'img/a.png', fakeFs);
    expect(result).toMatchObject({ ok: true, relative: 'img/a.png' });
    expect(calls).toContain(join('/virtual/deck', 'img', 'a.png'));
  });
});

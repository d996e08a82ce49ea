import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetRef, Deck } from '../../../src/core';
import { checkDeckAssets } from '../../../src/services/deck-files/check-assets';
import { makeDeck, makeSlide } from '../../core/lint/make-deck';

let root: string;
let deckPath: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'podium-check-'));
  mkdirSync(join(root, 'deck', 'images'), { recursive: true });
  deckPath = join(root, 'deck', 'talk.md');
  writeFileSync(deckPath, '# x');
  writeFileSync(join(root, 'deck', 'images', 'ok.png'), 'png');
  writeFileSync(join(root, 'outside.png'), 'png');
  symlinkSync(join(root, 'outside.png'), join(root, 'deck', 'images', 'link.png'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function ref(url: string, line: number, overrides: Partial<AssetRef> = {}): AssetRef {
  return { kind: 'image', url, line, column: 5, remote: false, alt: 'x', ...overrides };
}

function deckWith(...assets: AssetRef[]): Deck {
  return makeDeck([makeSlide({ assets })]);
}

describe('checkDeckAssets()', () => {
  it('is quiet when every local file is inside the deck folder', async () => {
    expect(await checkDeckAssets(deckWith(ref('images/ok.png', 3), ref('./images/ok.png?x=1', 4)), deckPath)).toEqual([]);
  });

  it('reports a missing file as an error at the reference', async () => {
    const [found] = await checkDeckAssets(deckWith(ref('images/gone.png', 7, { kind: 'background' })), deckPath);
    expect(found).toMatchObject({ code: 'missing-asset', severity: 'error', line: 7, column: 5 });
    expect(found.message).toMatch(/images\/gone\.png/);
  });

  it('reports a missing optional file (data-optional) as information only', async () => {
    const [found] = await checkDeckAssets(deckWith(ref('media/film.mp4', 11, { kind: 'video', optional: true, alt: undefined })), deckPath);
    expect(found).toMatchObject({ code: 'optional-asset-missing', severity: 'info', line: 11 });
    expect(found.message).toMatch(/media\/film\.mp4.*optional.*add the file/);
  });

  it('still refuses an optional file outside the deck folder', async () => {
    const [found] = await checkDeckAssets(deckWith(ref('../outside.png', 2, { optional: true })), deckPath);
    expect(found).toMatchObject({ code: 'asset-outside-deck', severity: 'error' });
  });

  it('reports ../, absolute and symlinked-out files as outside the deck', async () => {
    const found = await checkDeckAssets(deckWith(ref('../outside.png', 2), ref('/etc/hosts', 3, { kind: 'video' }), ref('images/link.png', 4)), deckPath);
    expect(found.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['asset-outside-deck', 'error', 2], ['asset-outside-deck', 'error', 3], ['asset-outside-deck', 'error', 4],
    ]);
  });

  it('skips remote URLs, data: URLs and non-file links', async () => {
    const found = await checkDeckAssets(deckWith(
      ref('https://x.org/a.png', 2, { remote: true }),
      ref('data:image/png;base64,AAAA', 3),
      ref('#/2', 4, { kind: 'link' }),
      ref('mailto:help@example.org', 5, { kind: 'link' }),
    ), deckPath);
    expect(found).toEqual([]);
  });

  it('still checks local files behind links (a handout PDF)', async () => {
    const [found] = await checkDeckAssets(deckWith(ref('handout.pdf', 9, { kind: 'link', alt: undefined })), deckPath);
    expect(found).toMatchObject({ code: 'missing-asset', line: 9 });
  });

  it('reports every use of a missing file, resolving it once', async () => {
    let calls = 0;
    const fs = { realpath: async (p: string) => { calls++; if (p.endsWith('gone.png')) throw new Error('ENOENT'); return p; }, stat: async () => ({ isFile: () => true, isDirectory: () => false }) };
    const found = await checkDeckAssets(deckWith(ref('gone.png', 2), ref('gone.png', 8)), deckPath, fs);
    expect(found.map((d) => d.line)).toEqual([2, 8]);
    expect(calls).toBe(2); // the deck folder and the file, once
  });
});

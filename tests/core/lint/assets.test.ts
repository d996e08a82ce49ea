import { describe, expect, it } from 'vitest';
import type { AssetRef } from '../../../src/core';
import { lintDeck } from '../../../src/core/lint/lint';
import { makeDeck, makeSlide } from './make-deck';

function asset(overrides: Partial<AssetRef>): AssetRef {
  return { kind: 'image', url: 'images/a.png', line: 12, column: 3, remote: false, alt: 'A map', ...overrides };
}

describe('lintDeck(): image-alt-missing', () => {
  it('flags images without alt text at the reference', () => {
    const deck = makeDeck([makeSlide({ assets: [asset({ alt: '' }), asset({ alt: '   ', line: 13 }), asset({ line: 14 })] })]);
    const found = lintDeck(deck).filter((d) => d.code === 'image-alt-missing');
    expect(found.map((d) => d.line)).toEqual([12, 13]);
    expect(found[0]).toMatchObject({ severity: 'warning', column: 3 });
    expect(found[0].message).toContain('![');
  });

  it('does not ask for alt text on backgrounds, media or links', () => {
    const deck = makeDeck([makeSlide({ assets: [asset({ kind: 'background', alt: undefined }), asset({ kind: 'video', alt: undefined }), asset({ kind: 'link', alt: undefined })] })]);
    expect(lintDeck(deck).filter((d) => d.code === 'image-alt-missing')).toEqual([]);
  });
});

describe('lintDeck(): remote-asset', () => {
  it('warns for remote images, media and backgrounds', () => {
    const deck = makeDeck([makeSlide({ assets: [
      asset({ url: 'https://x.org/a.png', remote: true }),
      asset({ kind: 'video', url: '//cdn.x.org/a.mp4', remote: true, line: 15 }),
      asset({ kind: 'background', url: 'https://x.org/bg.jpg', remote: true, line: 16 }),
    ] })]);
    const found = lintDeck(deck).filter((d) => d.code === 'remote-asset');
    expect(found.map((d) => d.line)).toEqual([12, 15, 16]);
    expect(found[0].message).toMatch(/offline.*download/);
  });

  it('leaves plain hyperlinks alone (a hotline website is fine to print)', () => {
    const deck = makeDeck([makeSlide({ assets: [asset({ kind: 'link', url: 'https://humantraffickinghotline.org', remote: true, alt: undefined })] })]);
    expect(lintDeck(deck).filter((d) => d.code === 'remote-asset')).toEqual([]);
  });
});

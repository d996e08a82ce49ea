import { describe, expect, it } from 'vitest';
import { deckLinks, HandoutError, renderHandout, resourceLinks } from '../../../src/core/handouts';
import { makeDeck } from './make-deck';

describe('resourceLinks()', () => {
  it('finds full URLs and bare web addresses, not phone numbers or e-mail domains', () => {
    expect(resourceLinks('Hotline: 1-888-373-7888 (24/7), text 233733')).toEqual([]);
    expect(resourceLinks('See https://humantraffickinghotline.org/en.')).toEqual(['https://humantraffickinghotline.org/en']);
    expect(resourceLinks('Polaris: polarisproject.org/resources, or www.state.gov')).toEqual(['https://polarisproject.org/resources', 'https://www.state.gov']);
    expect(resourceLinks('Mail help@example.org')).toEqual([]);
  });

  it('lists each deck link once', () => {
    expect(deckLinks(makeDeck(1, { resources: ['a https://x.org', 'b https://x.org', 'c y.org'] }))).toEqual(['https://x.org', 'https://y.org']);
  });
});

describe('card layout', () => {
  const qrSvgs = { 'https://humantraffickinghotline.org': '<svg class="qr-test"></svg>' };

  it('prints four identical cards on one sheet, with cut marks and a QR code per link', () => {
    const doc = renderHandout(makeDeck(1), { layout: 'card', paper: 'letter', qrSvgs });
    expect(doc.pageCount).toBe(1);
    expect(doc.html.match(/<section class="pd-card">/g)).toHaveLength(4);
    expect(doc.html.match(/class="qr-test"/g)).toHaveLength(4);
    expect(doc.html).toContain('pd-cut pd-cut-v');
    expect(doc.html).toContain('pd-cut pd-cut-h');
    expect(doc.html).toContain('<span class="pd-nowrap">1-888-373-7888</span>');
  });

  it('explains what to add when the deck has no resources', () => {
    expect(() => renderHandout(makeDeck(1, { resources: [] }), { layout: 'card', paper: 'letter' })).toThrow(HandoutError);
    expect(() => renderHandout(makeDeck(1, { resources: [' '] }), { layout: 'card', paper: 'letter' })).toThrow(/no `resources:`.*Add lines/);
  });

  it('refuses to print a link without its QR code', () => {
    expect(() => renderHandout(makeDeck(1), { layout: 'card', paper: 'letter', qrSvgs: {} })).toThrow(/no QR code was made for https:\/\/humantraffickinghotline.org/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core';
import { fragment } from '../support/dom';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/core/marp', name), 'utf8');

describe('parse() with Marp decks', () => {
  const deck = parse(fixture('basic.md'));

  it('detects the dialect and splits on rulers', () => {
    expect(deck.meta.dialect).toBe('marp');
    expect(deck.slides.map((s) => s.title)).toEqual(['Community safety night', 'Signs to notice', 'A photo background', 'Dark from here on', 'Still dark']);
  });

  it('turns HTML comments into presenter notes, but never directives', () => {
    expect(deck.slides[0].notesText).toBe('Welcome everyone. Point out the exits and the quiet room.');
    expect(deck.slides[1].notesText).toContain('Ask the room what they have noticed.');
    expect(deck.slides[4].notesText).toBe('This is a note, not a directive: it has words.');
    const allNotes = deck.slides.map((s) => s.notesText).join('\n');
    expect(allNotes).not.toMatch(/_class|paginate|backgroundColor|color:/);
  });

  it('applies spot directives to one slide and local directives from then on', () => {
    expect(deck.slides[0].attributes.class).toBe('lead');
    expect(deck.slides[1].attributes.class).toBeUndefined();
    expect(deck.slides[0].attributes['data-background-color']).toBe('#fdfcf7');
    expect(deck.slides[3].attributes['data-background-color']).toBe('#222');
    expect(deck.slides[4].attributes['data-background-color']).toBe('#222');
    expect(deck.slides[4].attributes.style).toBe('color: white');
  });

  it('renders the header directive on every slide', () => {
    for (const slide of deck.slides) expect(fragment(slide.html).querySelector('header')?.textContent).toBe('Community safety night');
  });

  it('makes ![bg](…) a slide background and removes it from the content', () => {
    const slide = deck.slides[2];
    expect(slide.attributes['data-background-image']).toBe('images/hall.jpg');
    expect(slide.background?.image).toBe('images/hall.jpg');
    expect(fragment(slide.html).querySelector('img')).toBeNull();
    expect(slide.assets).toContainEqual(expect.objectContaining({ kind: 'background', url: 'images/hall.jpg', line: 32 }));
  });

  it('reads Marp image size keywords and keeps them out of the alt text', () => {
    const img = fragment(deck.slides[3].html).querySelector('img')!;
    expect(img.getAttribute('width')).toBe('300px');
    expect(img.getAttribute('alt')).toBe('');
  });

  it('maps Marp themes away without an unknown-theme warning and knows Marp keys', () => {
    expect(deck.meta.theme).toBeUndefined();
    expect(deck.meta.extra.marpTheme).toBe('gaia');
    expect(deck.diagnostics.filter((d) => d.code === 'unknown-key' || d.code === 'unknown-theme')).toEqual([]);
  });

  it('splits at headings with headingDivider', () => {
    const divided = parse(fixture('heading-divider.md'));
    expect(divided.slides.map((s) => s.title)).toEqual(['Title', 'First topic', 'Second topic']);
    expect(fragment(divided.slides[2].html).querySelector('h3')?.textContent).toBe('A sub-heading stays on the slide');
  });

  it('treats text directly above --- as a setext heading, not a slide break', () => {
    const setext = parse('---\nmarp: true\n---\n\nBig title\n---\n\ntext\n\n---\n\nnext');
    expect(setext.slides).toHaveLength(2);
    expect(fragment(setext.slides[0].html).querySelector('h2')?.textContent).toBe('Big title');
  });
});

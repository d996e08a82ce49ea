import { describe, expect, it } from 'vitest';
import { renderHandout } from '../../../src/core/handouts';
import { outlineHtml } from '../../../src/core/handouts/outline-text';
import { makeDeck, makeSlide } from './make-deck';

describe('outlineHtml()', () => {
  it('keeps text, lists and emphasis in order and drops the slide title', () => {
    const html = '<h2 id="t">Signs</h2>\n<p>First <strong>look</strong>.</p>\n<ul>\n<li class="fragment">One</li>\n<li>Two</li>\n</ul>';
    expect(outlineHtml(html)).toBe('<p>First <strong>look</strong>.</p>\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>');
  });

  it('drops pictures and media, keeps later headings as h3 and safe links', () => {
    const html = '<h2>T</h2><p><img src="a.png" alt="x"></p><video controls src="a.mp4"><p>fallback</p></video><h3 class="x">Sub</h3><p><a href="https://example.org" target="_blank">site</a> <a href="javascript:x">bad</a></p>';
    expect(outlineHtml(html)).toBe('<h3>Sub</h3><p><a href="https://example.org">site</a> <a>bad</a></p>');
  });

  it('keeps text outside any heading when asked not to drop a title', () => {
    expect(outlineHtml('<div><span>Plain</span> words</div>', false)).toBe('Plain  words');
  });
});

describe('outline layout', () => {
  it('tags the deck title h1 and each slide h2, in reading order, with no slide pictures', () => {
    const deck = makeDeck([makeSlide(0, { title: 'First' }), makeSlide(1, { title: '', html: '<p>Untitled text</p>' }), makeSlide(2, { title: 'Third' })], {
      contentNote: 'Talks about abuse.',
    });
    const { html } = renderHandout(deck, { layout: 'outline', paper: 'letter' });
    const headings = [...html.matchAll(/<(h[12])>([^<]*)<\/\1>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(headings).toEqual(['h1:Knowledge is power', 'h2:First', 'h2:Slide 2', 'h2:Third', 'h2:Resources']);
    expect(html).toContain('<p>Untitled text</p>');
    expect(html).not.toContain('pd-thumb');
    expect(html).toContain('Content note:</strong> Talks about abuse.');
    expect(html).toContain('<a href="https://humantraffickinghotline.org">https://humantraffickinghotline.org</a>');
  });

  it('sets larger type for --large-print', () => {
    const normal = renderHandout(makeDeck(1), { layout: 'outline', paper: 'letter' }).html;
    const large = renderHandout(makeDeck(1), { layout: 'outline', paper: 'letter', largePrint: true }).html;
    expect(normal).toContain('font-size: 11pt');
    expect(large).toContain('font-size: 18pt');
    expect(large).toContain('pd-large');
  });
});

import { describe, expect, it } from 'vitest';
import { agendaStarts, NO_NOTES, renderHandout } from '../../../src/core/handouts';
import { makeDeck, makeSlide } from './make-deck';

describe('notes layout (facilitator guide)', () => {
  it('puts each slide with its notes on its own page, in large type', () => {
    const { html, pageCount } = renderHandout(makeDeck(3), { layout: 'notes', paper: 'letter' });
    expect(pageCount).toBeUndefined();
    expect(html.match(/<article class="pd-guide-slide">/g)).toHaveLength(3);
    expect(html).toContain('.pd-guide-slide + .pd-guide-slide { break-before: page; }');
    expect(html).toContain('.pd-notes { font-size: 14pt;');
    for (const n of [1, 2, 3]) expect(html).toContain(`<p>Notes for slide ${n}.</p>`);
  });

  it('gives a clear placeholder for every slide without notes', () => {
    const slides = [0, 1].map((i) => makeSlide(i, { notesHtml: '', notesText: '' }));
    const { html } = renderHandout(makeDeck(slides), { layout: 'notes', paper: 'a4' });
    expect(html.split(NO_NOTES)).toHaveLength(3);
  });

  it('shows planned minutes and the running agenda clock when the deck has timings', () => {
    const slides = [makeSlide(0, { minutes: 2 }), makeSlide(1, { minutes: 65 }), makeSlide(2)];
    const deck = makeDeck(slides, { duration: 45 });
    expect(agendaStarts(deck)).toEqual([0, 2, 67]);
    const { html } = renderHandout(deck, { layout: 'notes', paper: 'letter' });
    expect(html).toContain('2 min planned · <span class="pd-clock">0:00 – 0:02</span>');
    expect(html).toContain('1 h 5 min planned · <span class="pd-clock">0:02 – 1:07</span>');
    expect(html).toContain('no time planned · <span class="pd-clock">1:07 – 1:07</span>');
    expect(html).toContain('over the session by 22 min');
  });

  it('leaves the clock out when no slide is timed, and uses the large-print size on request', () => {
    const { html } = renderHandout(makeDeck(2), { layout: 'notes', paper: 'letter', largePrint: true });
    expect(agendaStarts(makeDeck(2))).toBeUndefined();
    expect(html).not.toContain('pd-clock">');
    expect(html).toContain('.pd-notes { font-size: 20pt;');
  });
});

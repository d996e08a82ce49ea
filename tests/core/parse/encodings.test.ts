import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type Deck } from '../../../src/core';

const lf = readFileSync(join(__dirname, '../../fixtures/core/podium/workshop.md'), 'utf8');

/** Everything a reader of the deck sees, without the raw source text (which keeps its line endings). */
const view = (deck: Deck) => ({
  meta: deck.meta,
  diagnostics: deck.diagnostics,
  slides: deck.slides.map(({ source: _source, ...rest }) => rest),
});

describe('parse() with other encodings of the same deck', () => {
  it('reads CRLF line endings and a byte-order mark exactly like LF', () => {
    const crlfBom = '\ufeff' + lf.replace(/\n/g, '\r\n');
    expect(view(parse(crlfBom))).toEqual(view(parse(lf)));
  });

  it('reads old Mac CR line endings like LF', () => {
    expect(view(parse(lf.replace(/\n/g, '\r')))).toEqual(view(parse(lf)));
  });

  it('keeps tabs in code and reads tab-indented lists', () => {
    const deck = parse('# Tabs\n\n-\tone\n-\ttwo\n\n```\n\tindented\n```\n');
    expect(deck.slides[0].html).toContain('<li>one</li>');
    expect(deck.slides[0].html).toContain('\tindented');
  });

  it('handles Spanish, Arabic and emoji in titles, notes and front matter', () => {
    const deck = parse([
      '---', 'title: "Trata de personas: señales de alerta 🚩"', 'lang: es', '---', '',
      '# ¿Qué podemos hacer? 🤝', '', 'Línea directa: 1-888-373-7888', '', 'Nota:', 'no es una nota', '', 'Note:', 'Hablen despacio. مرحبا بكم', '',
      '---', '', '## الاتجار بالبشر', '', '<p dir="rtl" lang="ar">اتصل بالخط الساخن</p>', '',
    ].join('\n'));
    expect(deck.meta.title).toBe('Trata de personas: señales de alerta 🚩');
    expect(deck.slides.map((s) => s.title)).toEqual(['¿Qué podemos hacer? 🤝', 'الاتجار بالبشر']);
    expect(deck.slides[0].notesText).toBe('Hablen despacio. مرحبا بكم');
    expect(deck.slides[0].html).toContain('no es una nota');
    expect(deck.slides[1].html).toContain('<p dir="rtl" lang="ar">اتصل بالخط الساخن</p>');
    expect(deck.slides[1].lines.start).toBe(17);
  });
});

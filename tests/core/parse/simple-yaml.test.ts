// The front-matter shortcut must read exactly what the `yaml` library reads whenever it answers at
// all, and must leave everything else to the library.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../../src/core/parse/simple-yaml';

/** What the front-matter reader gets from the library, or undefined when the library reports an error. */
function library(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  return doc.toJS({ maxAliasCount: 100 }) ?? {};
}

/** Objects as entry lists: a key named `constructor` would otherwise confuse toStrictEqual. */
function entries(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(entries);
  if (value === null || typeof value !== 'object') return value;
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  return Object.entries(value).map(([k, v]) => [k, entries(v)]);
}

// Keys and values built from what YAML reads as syntax, what its core schema reads as numbers,
// booleans and null, and the characters it treats specially or forbids.
const KEYS = ['title', 'duration', 'marp', 'resources', 'a', 'b_c', 'content-note', 'x1', 'null', 'True', 'FALSE', '__proto__', 'constructor',
  '1', '-a', '"q"', "'s'", 'é', 'a b', 'a:b', '? a', '<<', '&x', '*x', '!t', '%YAML', '#c', 'k'.repeat(1100)];
const KEY_ENDS = [':', ': ', ':  ', ':\t', ' :', ':x', '', ': # c'];
const VALUE_PIECES = [
  'word', 'Knowledge is power', 'light', '45m', '1h30m', '2026-03-14', '1-888-373-7888', 'C#', 'a#b', 'é', 'مرحبا', '👋',
  '0', '1', '45', '007', '1.5', '.5', '1e5', '1E-2', '0x1F', '0o17', '0b1', '+1', '-1', '1_000', '12345678901234567890', '.inf', '-.inf', '.nan',
  'true', 'True', 'TRUE', 'tRue', 'yes', 'no', 'on', 'off', 'false', 'null', 'Null', '~', 'NULL', 'nULL',
  ' ', ' ', '  ', '\t', ':', ': ', ' :', ' #', '#', '-', '- ', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '%', '@', '`', '=', '<<',
  '"', "'", '>-', '|-', '>+', '|2', '> ', '[]', '[ ]', '[a]', '{}', '""', "''", '\\', '\\n', '"a"', "'a'", '"Hotline: 1-888"', "'it''s'", '\u00a0', '\u0085', '\u2028', '\ufeff', '\u0007', '\u007f', '\ud800', '\r',
];
const value = fc.array(fc.constantFrom(...VALUE_PIECES), { maxLength: 5 }).map((p) => p.join(''));
const INDENTS = ['', '', ' ', '  ', '  ', '    ', '\t'];
const line = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...KEY_ENDS), value).map(([k, e, v]) => `${k}${e}${v}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom('-', '- ', '-  ', '-\t'), value).map(([i, d, v]) => `${i}${d}${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...INDENTS), value).map(([i, v]) => `${i}${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '', ' ', '  ', '\t', '# comment', '  continued', '...', '---', '%YAML 1.2') },
);
const document = fc.array(line, { maxLength: 7 }).map((ls) => ls.join('\n'));

// Front matter as people write it, varied only in its values.
const ordinary = fc.tuple(value, value, value, fc.array(value, { maxLength: 3 }), fc.constantFrom('', '  ', '    ')).map(([title, duration, marp, items, indent]) =>
  `title: ${title}\nduration: ${duration}\nmarp: ${marp}\n${items.length ? `resources:\n${items.map((item) => `${indent}- ${item}`).join('\n')}\n` : ''}`);

// Lists whose items may sit at different indentations, as a hand-edited file can have them.
const list = fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '   '), fc.constantFrom('a', 'b', '- c', 'd: e', '', 'f g')), { minLength: 1, maxLength: 4 })
  .map((items) => `resources:\n${items.map(([indent, item]) => `${indent}- ${item}`).join('\n')}\ntitle: t`);

// Text blocks (`>-`, `|`…) whose lines may sit at different indentations or have blank lines between.
const block = fc.tuple(fc.constantFrom('>', '>-', '|', '|-', '>+', '|+', '>2', '> ', '>-  ', '> #c'),
  fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '  ', '  ', '   ', '    '), fc.constantFrom('a', 'b c', 'd: e', '# f', '', ' ', '- g', 'h ', 'i\tj')), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('', '\n', '\n\n', '\n  \n'))
  .map(([header, ls, gap]) => `note: ${header}\n${ls.map(([indent, l]) => indent + l).join('\n')}${gap}\ntitle: t`);

describe('simple YAML', () => {
  it('reads exactly what the yaml library reads whenever it answers', () => {
    let taken = 0;
    fc.assert(fc.property(fc.oneof(document, ordinary, list, block), (text) => {
      const simple = readSimpleYaml(text);
      if (simple === undefined) return;
      taken++;
      expect(entries(simple)).toStrictEqual(entries(library(text)));
    }), { numRuns: Number(process.env.RUNS ?? 40000) });
    expect(taken).toBeGreaterThan(2500);
  });

  it('answers for the front matter decks usually have, and leaves the rest to the library', () => {
    const usual = 'title: Knowledge is power\ncontent-note: >-\n  This session discusses trafficking.\n  Step out whenever you need to.\nsubtitle: "Part 1: the basics"\ndate: 2026-03-14\nduration: 45\nmarp: true\ntheme: light\npresenters: []\n\nresources:\n  - "Hotline: 1-888-373-7888"\n  - humantraffickinghotline.org\nlang:\n';
    expect(readSimpleYaml(usual)).toStrictEqual(library(usual));
    expect(readSimpleYaml(usual)).toStrictEqual({
      title: 'Knowledge is power', 'content-note': 'This session discusses trafficking. Step out whenever you need to.', subtitle: 'Part 1: the basics', date: '2026-03-14', duration: 45, marp: true, theme: 'light', presenters: [],
      resources: ['Hotline: 1-888-373-7888', 'humantraffickinghotline.org'], lang: null,
    });
    for (const other of ['title: a\ntitle: b', 'resources:\n  - Hotline: 1-888', 'title: >\n  folded\n    more', 'a: [1, 2]', 'a: "tab\\t"', 'a: b # note', '# comment\na: b', 'a: 1.5', 'title:\n  indented', 'a: &x b']) {
      expect(readSimpleYaml(other), other).toBeUndefined();
    }
  });
});

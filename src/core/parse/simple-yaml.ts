// The front matter nearly every deck has, `key: value` lines and `- item` lists, read without the
// `yaml` library: on a short deck the library costs more than rendering several slides. Anything
// outside that subset returns undefined and is left to the library, and a property test holds the
// two to the same result (tests/core/parse/simple-yaml.test.ts), so this is a shortcut, never a
// second YAML dialect.

type Scalar = string | number | boolean | null;
const KEY = /^([A-Za-z_][\w-]*):(?: |$)/;
const ITEM = /^( *)-(?: |$)/;
const BLANK = /^ *$/;
const BLOCK_HEADER = /^[>|]-?$/;
// Characters that start YAML syntax (indicators, quotes, anchors, tags, flow, numbers like .5 or +1).
const SPECIAL_START = /^[-?:,[\]{}#&*!|>%@`'".+~]/;
// What YAML does not allow in plain text, and what it reads as a line break or a byte-order mark.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/u;
// YAML 1.2 core-schema numbers that start with a digit (`+`, `-` and `.` starts are left to the library).
const NUMBER = /^(?:[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const WORDS: Record<string, Scalar> = {
  null: null, Null: null, NULL: null,
  true: true, True: true, TRUE: true, false: false, False: false, FALSE: false,
};

/** Spaces around a value are not part of it (tabs are left to the library). */
function trimSpaces(written: string): string {
  let start = 0;
  let end = written.length;
  while (start < end && written.charCodeAt(start) === 32) start++;
  while (end > start && written.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === written.length ? written : written.slice(start, end);
}

/** One value as YAML's core schema reads it, or undefined when it needs the library. */
function scalar(value: string): Scalar | undefined {
  if (value === '' || UNPRINTABLE.test(value)) return undefined;
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    // Quoted without escapes: `"…"` with no backslash or inner quote, `'…'` with no inner quote.
    const inner = value.slice(1, -1);
    if (value.length < 2 || value[value.length - 1] !== quote || inner.includes(quote) || (quote === '"' && inner.includes('\\'))) return undefined;
    return inner;
  }
  if (SPECIAL_START.test(value) || value.includes(': ') || value.includes(' #') || value.endsWith(':')) return undefined;
  if (Object.hasOwn(WORDS, value)) return WORDS[value];
  if (NUMBER.test(value)) return /^[0-9]{1,15}$/.test(value) ? Number(value) : undefined;
  return value;
}

/** What follows a key: its value and the index of the first line after it, or undefined. */
type Read = { value: unknown; next: number } | undefined;

/** After `key:` alone: `- item` lines at one indentation (blank lines between), or null when none follow. */
function readList(lines: string[], from: number): Read {
  const items: Scalar[] = [];
  let indent = -1;
  let next = from;
  for (let j = from; j < lines.length; j++) {
    if (BLANK.test(lines[j])) continue;
    const item = ITEM.exec(lines[j]);
    if (!item) break;
    if (indent === -1) indent = item[1].length;
    else if (item[1].length !== indent) return undefined;
    const value = scalar(trimSpaces(lines[j].slice(item[0].length)));
    if (value === undefined) return undefined;
    items.push(value);
    next = j + 1;
  }
  return { value: indent === -1 ? null : items, next };
}

/**
 * After `key: >-` (or `>`, `|`, `|-`): the text on the indented lines below, folded into one line
 * (`>`) or kept as lines (`|`), ending with a line break unless `-` strips it. Only the plain
 * shape: every line at one indentation, no blank line inside.
 */
function readBlockText(lines: string[], from: number, header: string): Read {
  const folded = header[0] === '>';
  const strip = header.length === 2;
  let indent = -1;
  const parts: string[] = [];
  let j = from;
  for (; j < lines.length; j++) {
    const line = lines[j];
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    if (spaces === line.length) break;
    if (indent === -1) indent = spaces;
    if (spaces < indent || indent === 0) break;
    if (spaces > indent || UNPRINTABLE.test(line)) return undefined;
    parts.push(line.slice(indent));
  }
  if (parts.length === 0) return undefined;
  // Blank lines may end the text, but spaces past the indentation would be text too.
  for (let k = j; k < lines.length && BLANK.test(lines[k]); k++) if (lines[k].length > indent) return undefined;
  const text = parts.join(folded ? ' ' : '\n');
  return { value: strip ? text : `${text}\n`, next: j };
}

/**
 * The YAML mapping in `text` when it is only `key: value` lines, lists (`- item` lines or `[]`),
 * `>`/`|` text blocks, and blank lines, with values the core schema reads plainly; otherwise undefined.
 */
export function readSimpleYaml(text: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++];
    if (BLANK.test(line)) continue;
    const key = KEY.exec(line);
    if (!key || key[1] === '__proto__' || key[1].length > 1000 || Object.hasOwn(data, key[1]) || Object.hasOwn(WORDS, key[1])) return undefined;
    const rest = trimSpaces(line.slice(key[0].length));
    let read: Read;
    if (rest === '') read = readList(lines, i);
    else if (BLOCK_HEADER.test(rest)) read = readBlockText(lines, i, rest);
    // `presenters: []`, the empty list a template leaves to be filled in.
    else if (rest === '[]') read = { value: [], next: i };
    else {
      const value = scalar(rest);
      read = value === undefined ? undefined : { value, next: i };
    }
    if (read === undefined) return undefined;
    data[key[1]] = read.value;
    i = read.next;
  }
  return data;
}

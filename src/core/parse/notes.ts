// Speaker notes: the text after a `Note:` line (Podium, reveal-md), or Marp's HTML comments.

export interface SlideParts {
  content: string;
  notes: string;
  /** Offset of the notes within the slide text (-1 when none). */
  notesAt: number;
}

const NOTE_LINE = /^[ \t]*notes?:[ \t]?/i;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Splits at the first `Note:`/`Notes:` line outside code fences. */
export function splitNotes(text: string): SlideParts {
  let fence: string | undefined;
  let offset = 0;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    // A line can only open or close a fence, or be a note line, if it starts with one of these.
    const first = text.charCodeAt(offset);
    if (first !== 32 && first !== 9 && first !== 96 && first !== 126 && (first | 0x20) !== 110 /* n */) {
      if (end >= text.length) break;
      offset = end + 1;
      continue;
    }
    const line = text.slice(offset, end);
    if (fence) {
      if (line.trim().startsWith(fence) && /^([`~])\1*$/.test(line.trim())) fence = undefined;
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = open[1];
      else {
        const note = NOTE_LINE.exec(line);
        if (note) return { content: text.slice(0, offset), notes: text.slice(offset + note[0].length).trim(), notesAt: offset };
      }
    }
    if (end >= text.length) break;
    offset = end + 1;
  }
  return { content: text, notes: '', notesAt: -1 };
}

/** reveal.js's rule for a custom notesSeparator regex: notes only when it splits the slide in two. */
export function splitNotesByRegex(text: string, pattern: RegExp): SlideParts {
  const parts = text.split(pattern);
  if (parts.length !== 2) return { content: text, notes: '', notesAt: -1 };
  return { content: parts[0], notes: parts[1].trim(), notesAt: parts[0].length };
}

export interface MarpComments {
  content: string;
  notes: string[];
  directives: Array<[key: string, value: string]>;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE_LINE = /^\s*(_?[A-Za-z][A-Za-z0-9]*)\s*:\s*(.*?)\s*$/;

/** Marp: comments made only of directives are directives; every other comment is a presenter note. */
export function readMarpComments(text: string, isDirective: (key: string) => boolean): MarpComments {
  const notes: string[] = [];
  const directives: Array<[string, string]> = [];
  const content = text.replace(COMMENT, (_whole, body: string) => {
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    const parsed = lines.map((l) => DIRECTIVE_LINE.exec(l));
    if (lines.length > 0 && parsed.every((m) => m && isDirective(m[1]))) {
      for (const m of parsed) directives.push([m![1], unquote(m![2])]);
    } else if (body.trim() !== '') {
      notes.push(body.trim());
    }
    return '';
  });
  return { content, notes, directives };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}

// An oracle for "no executable construct": parses HTML the way a browser does (parse5) and lists
// every script-capable element, event handler and script URL left in it.
import { parseFragment } from 'parse5';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta']);
const FORBIDDEN_TEXT = /<\/?(?:script|iframe|object|embed|form|base|meta)\b/i;
const SCRIPT_URL = /^(?:javascript|vbscript|livescript):|^data:text\/html/i;

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  /** Text of a text node. */
  value?: string;
  childNodes?: Node[];
  content?: Node;
}

function attributeProblems(tag: string, name: string, value: string): string[] {
  const problems: string[] = [];
  if (/^on/i.test(name)) problems.push(`<${tag} ${name}=…> event handler`);
  // Browsers ignore ASCII whitespace and control characters inside a URL's scheme.
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  if (SCRIPT_URL.test(squeezed)) problems.push(`<${tag} ${name}="${value.slice(0, 40)}"> script URL`);
  if (name === 'style' && /javascript:|expression\s*\(|behavior\s*:|-moz-binding/i.test(squeezed.replace(/\\/g, ''))) problems.push(`<${tag} style> script in CSS`);
  if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
  return problems;
}

function walk(node: Node, problems: string[]): void {
  const tag = node.tagName?.toLowerCase();
  if (tag) {
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${tag}> element`);
    const text = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
    if (tag === 'style' && /javascript:|expression\s*\(|@import/i.test(text)) problems.push('<style> with script or @import');
    for (const { name, value } of node.attrs ?? []) problems.push(...attributeProblems(tag, name.toLowerCase(), value));
  }
  for (const child of node.childNodes ?? []) walk(child, problems);
  if (node.content) walk(node.content, problems);
}

/** Executable constructs a browser would find in `html`; [] when it is safe. */
export function executableConstructs(html: string): string[] {
  const problems: string[] = [];
  if (FORBIDDEN_TEXT.test(html)) problems.push(`raw ${FORBIDDEN_TEXT.exec(html)?.[0]} in the markup`);
  walk(parseFragment(html) as unknown as Node, problems);
  return problems;
}

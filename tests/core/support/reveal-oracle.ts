// reveal.js's own Markdown plugin, run in linkedom: what reveal-md shows for a deck. Tests compare
// Podium's slides with it.
import { parseHTML } from 'linkedom';
import Markdown from 'reveal.js/plugin/markdown';

const REVEAL_MD_SEPARATOR = '^(\\r\\n?|\\n)---(\\r\\n?|\\n)$';
const REVEAL_MD_VERTICAL = '^(\\r\\n?|\\n)----(\\r\\n?|\\n)$';
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

export interface OracleSlide {
  h: number;
  v: number;
  attributes: Record<string, string>;
  notes: string;
  /** The slide's elements in document order, as `tag.class1.class2[attr=value]` plus text. */
  shape: string[];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function shapeOf(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.childNodes) as Node[]) {
      if (child.nodeType === 3) {
        const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push(`"${text}"`);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.tagName.toLowerCase() === 'aside' && e.classList.contains('notes')) continue;
        const attrs = Array.from(e.attributes)
          .filter((a) => !a.name.startsWith('data-markdown') && a.name !== 'data-podium-index')
          .map((a) => `[${a.name}=${a.value}]`)
          .sort()
          .join('');
        out.push(`${e.tagName.toLowerCase()}${attrs}`);
        walk(e);
      }
    }
  };
  walk(root);
  return out;
}

export function sectionAttributes(section: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of Array.from(section.attributes)) {
    if (!a.name.startsWith('data-markdown') && a.name !== 'data-podium-index') out[a.name] = a.value;
  }
  return out;
}

export function leafSlides(slides: Element): OracleSlide[] {
  const out: OracleSlide[] = [];
  Array.from(slides.children).forEach((top, h) => {
    const stack = Array.from(top.children).filter((c) => c.tagName.toLowerCase() === 'section');
    const leaves = stack.length ? stack : [top];
    leaves.forEach((section, v) => {
      const notes = section.querySelector('aside.notes');
      out.push({
        h,
        v,
        attributes: sectionAttributes(section),
        notes: (notes?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        shape: shapeOf(section),
      });
    });
  });
  return out;
}

/** Slides as reveal-md renders a deck: front matter stripped, its separators passed to reveal.js. */
export async function revealMdSlides(source: string, options: { separator?: string; verticalSeparator?: string; notesSeparator?: string } = {}): Promise<OracleSlide[]> {
  const body = source.replace(FRONT_MATTER, '');
  const attrs = [
    `data-separator="${escapeAttr(options.separator ?? REVEAL_MD_SEPARATOR)}"`,
    `data-separator-vertical="${escapeAttr(options.verticalSeparator ?? REVEAL_MD_VERTICAL)}"`,
    options.notesSeparator ? `data-separator-notes="${escapeAttr(options.notesSeparator)}"` : '',
  ].join(' ');
  const { document, Node } = parseHTML(`<html><body><div class="reveal"><div class="slides"><section data-markdown ${attrs}><textarea data-template></textarea></section></div></div></body></html>`);
  const g = globalThis as unknown as { Node: unknown };
  const previousNode = g.Node;
  g.Node = Node;
  try {
    document.querySelector('textarea')!.textContent = body;
    const reveal = document.querySelector('.reveal')!;
    const plugin = Markdown();
    await plugin.init!({ getConfig: () => ({}), getRevealElement: () => reveal } as never);
    return leafSlides(document.querySelector('.slides') as unknown as Element);
  } finally {
    g.Node = previousNode;
  }
}

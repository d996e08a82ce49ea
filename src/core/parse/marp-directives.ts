// Marp directives that Podium has an equivalent for, applied to a slide's <section>. The rest are
// recognised (so they never show as notes) and ignored.
import type { Attribute } from '../render/sanitize';

const LOCAL = new Set(['paginate', 'header', 'footer', 'class', 'backgroundColor', 'backgroundImage', 'backgroundPosition', 'backgroundRepeat', 'backgroundSize', 'color']);
const GLOBAL = new Set(['theme', 'style', 'headingDivider', 'size', 'math', 'title', 'description', 'author', 'image', 'keywords', 'url', 'marp', 'lang']);

export function isMarpDirective(key: string): boolean {
  return LOCAL.has(key.replace(/^_/, '')) || GLOBAL.has(key);
}

export type DirectiveValues = Record<string, string>;

/** Carries local directives from slide to slide; spot (`_x`) directives apply to one slide. */
export class MarpDirectiveState {
  private local: DirectiveValues = {};

  constructor(frontMatter: Record<string, unknown>) {
    for (const key of LOCAL) {
      const value = frontMatter[key];
      if (value !== undefined && value !== null) this.local[key] = String(value);
    }
  }

  /** The directives in force on a slide, given the directives written on it. */
  next(written: Array<[string, string]>): DirectiveValues {
    const spot: DirectiveValues = {};
    for (const [key, value] of written) {
      if (key.startsWith('_') && LOCAL.has(key.slice(1))) spot[key.slice(1)] = value;
      else if (LOCAL.has(key)) this.local[key] = value;
    }
    return { ...this.local, ...spot };
  }
}

const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/i;

/** Section attributes for the directives in force. */
export function directiveAttributes(values: DirectiveValues): Attribute[] {
  const attrs: Attribute[] = [];
  if (values.class) attrs.push(['class', values.class]);
  if (values.backgroundColor) attrs.push(['data-background-color', values.backgroundColor]);
  if (values.backgroundImage) {
    const url = CSS_URL.exec(values.backgroundImage)?.[2];
    if (url) attrs.push(['data-background-image', url]);
    else attrs.push(['data-background-gradient', values.backgroundImage]);
  }
  if (values.backgroundSize) attrs.push(['data-background-size', values.backgroundSize]);
  if (values.backgroundPosition) attrs.push(['data-background-position', values.backgroundPosition]);
  if (values.backgroundRepeat) attrs.push(['data-background-repeat', values.backgroundRepeat]);
  if (values.color) attrs.push(['style', `color: ${values.color}`]);
  if (values.paginate !== undefined) attrs.push(['data-paginate', values.paginate === 'true' ? 'true' : 'false']);
  return attrs;
}

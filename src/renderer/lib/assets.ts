// Deck HTML keeps asset URLs as written (relative to the deck file). The renderer may not read files,
// so each relative URL is pointed at the app's asset protocol for the open deck's folder.

export type AssetResolver = (url: string) => string;

const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;
const URL_ATTRS = ['src', 'poster', 'data-src'];
const SECTION_ATTRS = ['data-background-image', 'data-background-video', 'data-background-iframe'];

export function isRelative(url: string): boolean {
  return url !== '' && !ABSOLUTE.test(url);
}

/** Rewrites relative media URLs inside an element (and on it, for section backgrounds). */
export function resolveAssets(root: Element, resolve: AssetResolver): void {
  const fix = (el: Element, attr: string) => {
    const value = el.getAttribute(attr);
    if (value && isRelative(value)) el.setAttribute(attr, resolve(value));
  };
  for (const attr of SECTION_ATTRS) {
    fix(root, attr);
    root.querySelectorAll(`[${attr}]`).forEach((el) => fix(el, attr));
  }
  for (const attr of URL_ATTRS) root.querySelectorAll(`[${attr}]`).forEach((el) => fix(el, attr));
}

/** Parses one rendered `<section>` string into an element, assets resolved. */
export function sectionElement(html: string, resolve?: AssetResolver): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html.trim();
  const section = template.content.firstElementChild as HTMLElement;
  if (resolve) resolveAssets(section, resolve);
  return section;
}

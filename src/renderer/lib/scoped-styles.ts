// A deck's own CSS (a `<style>` in a slide, or Marp's front-matter `style`) must style that deck's
// slides and nothing else in the app. Each view of a deck gets a scope class, and every rule is
// nested under it (CSS nesting): `body { display: none }` becomes `.deck-scope-3 body`, harmless.

let counter = 0;

export function newStyleScope(): string {
  counter += 1;
  return `deck-scope-${counter}`;
}

export function scopedCss(css: string, scope: string): string {
  return `.${scope} {\n${css}\n}`;
}

/** Nests the rules of every `<style>` under `root` inside the scope class (once per element). */
export function scopeStyles(root: Element, scope: string): void {
  root.querySelectorAll('style:not([data-scoped])').forEach((style) => {
    style.textContent = scopedCss(style.textContent ?? '', scope);
    style.setAttribute('data-scoped', scope);
  });
}

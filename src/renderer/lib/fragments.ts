/**
 * Shows the first `shown` fragment steps of a static slide, the way reveal.js orders them:
 * explicit data-fragment-index values first (grouped), then the rest in document order.
 */
export function showFragments(section: Element, shown: number): void {
  const fragments = Array.from(section.querySelectorAll<HTMLElement>('.fragment'));
  const indexed = fragments.filter((f) => f.hasAttribute('data-fragment-index'));
  const groups = new Map<number, HTMLElement[]>();
  for (const f of indexed) {
    const i = Number(f.getAttribute('data-fragment-index'));
    groups.set(i, [...(groups.get(i) ?? []), f]);
  }
  const ordered: HTMLElement[][] = [...groups.keys()].sort((a, b) => a - b).map((k) => groups.get(k)!);
  for (const f of fragments) if (!f.hasAttribute('data-fragment-index')) ordered.push([f]);
  ordered.forEach((group, step) => {
    for (const f of group) {
      f.classList.toggle('visible', step < shown);
      f.classList.toggle('current-fragment', step === shown - 1);
    }
  });
}

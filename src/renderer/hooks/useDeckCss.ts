import { useEffect, useState } from 'react';
import { newStyleScope, scopedCss } from '../lib/scoped-styles';

/** A scope class for one view of a deck (see lib/scoped-styles), stable for the view's life. */
export function useStyleScope(): string {
  const [scope] = useState(newStyleScope);
  return scope;
}

/** Adds the deck's front-matter CSS, nested under the view's scope, while the view is mounted. */
export function useDeckCss(css: string | undefined, scope: string): void {
  useEffect(() => {
    if (!css?.trim()) return;
    const style = document.createElement('style');
    style.dataset.deckCss = scope;
    style.textContent = scopedCss(css, scope);
    document.head.append(style);
    return () => style.remove();
  }, [css, scope]);
}

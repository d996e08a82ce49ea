import { podium } from '../api';

/**
 * Deck links never navigate the app's window: https links go to the system browser (main asks
 * first), every other scheme is ignored. Returns the function that removes the listener.
 */
export function routeLinksOutside(root: HTMLElement): () => void {
  const onClick = (e: MouseEvent) => {
    const link = (e.target as Element | null)?.closest?.('a[href]');
    if (!link || !root.contains(link)) return;
    e.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (/^https:\/\//i.test(href)) void podium.app.openExternal(href);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

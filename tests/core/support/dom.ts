// Parses engine output into a DOM (linkedom) so tests can assert structure with selectors.
import { parseHTML } from 'linkedom';

export function fragment(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  return document.getElementById('root') as unknown as Element;
}

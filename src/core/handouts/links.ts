// Links inside the deck's resource lines: full URLs, and bare web addresses (`polarisproject.org`)
// made into https links, so each gets a QR code on the resource card.
import type { Deck } from '../model';
import { esc } from './text';

const URL_OR_DOMAIN = /\b(?:https?:\/\/[^\s<>"']+|(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|gov|edu|info|int|io|eu|uk|us|ca|au|nz|ie|de|fr|es|it|nl|be|ch|at|mx|ph|in|za|ng|ke|app|help)\b(?:\/[^\s<>"']*)?)/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

interface Found { text: string; href: string; index: number }

function find(line: string): Found[] {
  const found: Found[] = [];
  URL_OR_DOMAIN.lastIndex = 0;
  for (let m = URL_OR_DOMAIN.exec(line); m; m = URL_OR_DOMAIN.exec(line)) {
    const text = m[0].replace(TRAILING, '');
    // an e-mail address's domain is not a web link
    if (line[m.index - 1] === '@') continue;
    found.push({ text, index: m.index, href: /^https?:\/\//i.test(text) ? text : `https://${text}` });
  }
  return found;
}

/** The links in one resource line, in order. */
export function resourceLinks(line: string): string[] {
  return find(line).map((f) => f.href);
}

/** Every distinct link across the deck's resources (what the service makes QR codes for). */
export function deckLinks(deck: Deck): string[] {
  return [...new Set(deck.meta.resources.flatMap(resourceLinks))];
}

const PHONE = /\+?(?:\(\d{1,4}\)|\d{1,4})(?:[ .-]?(?:\(\d{2,4}\)|\d{2,4})){2,}/g;

/** Plain text with phone numbers kept on one line (a hotline number split over two lines gets misdialled). */
function textWithPhones(text: string): string {
  return esc(text).replace(PHONE, (n) => `<span class="pd-nowrap">${n}</span>`);
}

/** The resource line as HTML with its links made clickable. */
export function linkedResource(line: string): string {
  let out = '';
  let at = 0;
  for (const f of find(line)) {
    out += textWithPhones(line.slice(at, f.index)) + `<a href="${esc(f.href)}">${esc(f.text)}</a>`;
    at = f.index + f.text.length;
  }
  return out + textWithPhones(line.slice(at));
}

// A slide thumbnail is the real slide: its <section> inside a fixed-size reveal.js frame, laid out
// as reveal would show it with every fragment in its final state, then scaled down. The scaling uses
// CSS `zoom`, not `transform`: a transformed frame keeps its full-size layout box, which Chromium's
// print fragmentation splits at the page end (the bottom slide of a sheet vanished); a zoomed one is
// laid out at its printed size. The text stays text (selectable, vector); backgrounds print; no
// reveal.js script is needed.
import type { Slide } from '../model';
import { PX_PER_MM } from './paper';
import type { SlideSize } from './types';
import { cssString, esc } from './text';

/**
 * reveal.js's typographic defaults, for when the theme does not set them. Placed before the theme
 * CSS and at the theme's own specificity, so any theme wins; the `--r-*` variables are reveal's.
 */
export function thumbnailBaseCss(): string {
  return `.reveal { font-family: var(--r-main-font, "Source Sans 3", "DejaVu Sans", sans-serif); font-size: var(--r-main-font-size, 40px); color: var(--r-main-color, #222); line-height: 1.3; }
.reveal h1, .reveal h2, .reveal h3, .reveal h4 { font-family: var(--r-heading-font, inherit); color: var(--r-heading-color, inherit); margin: var(--r-heading-margin, 0 0 20px 0); line-height: var(--r-heading-line-height, 1.2); font-weight: var(--r-heading-font-weight, 600); }
.reveal h1 { font-size: var(--r-heading1-size, 2.5em); }
.reveal h2 { font-size: var(--r-heading2-size, 1.6em); }
.reveal h3 { font-size: var(--r-heading3-size, 1.3em); }
.reveal p { margin: var(--r-block-margin, 20px) 0; }
.reveal ol, .reveal dl, .reveal ul { display: inline-block; text-align: left; margin: 0 0 0 1em; }
.reveal img { max-width: 95%; }
.reveal a { color: var(--r-link-color, #2a76dd); text-decoration: none; }
.reveal blockquote { display: block; width: 80%; margin: var(--r-block-margin, 20px) auto; font-style: italic; }
.reveal table { margin: auto; border-collapse: collapse; }
.reveal table th, .reveal table td { text-align: left; padding: 0.2em 0.5em; border-bottom: 1px solid; }
.reveal pre { display: block; width: 90%; margin: var(--r-block-margin, 20px) auto; text-align: left; font-size: 0.55em; white-space: pre-wrap; }
.reveal code { font-family: var(--r-code-font, monospace); }`;
}

/** Styles for every thumbnail; the frame's own size comes from the deck's slide size. */
export function thumbnailCss(size: SlideSize): string {
  return `html, body.pd-handout { background: #fff; }
@media screen { html, body.pd-handout { background: #e5e5e5; } }
.pd-thumb { position: relative; overflow: hidden; box-sizing: border-box; break-inside: avoid; background: #fff; }
.pd-thumb::after { content: ''; position: absolute; inset: 0; border: 0.25mm solid #8a8a8a; pointer-events: none; }
.pd-frame { position: absolute; top: 0; left: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden;
  background-color: var(--r-background-color, #fff); }
.pd-frame .pd-bg { position: absolute; inset: 0; background-size: cover; background-position: center; background-repeat: no-repeat; }
.pd-frame .reveal { position: absolute; inset: 0; width: auto; height: auto; overflow: hidden; background: transparent; }
.pd-frame .reveal .slides { position: absolute; inset: 0; width: auto; height: auto; margin: 0; text-align: center; transform: none; zoom: 1; }
.pd-frame .reveal .slides > section { display: block !important; position: absolute !important; left: 0; right: 0; top: 50% !important;
  transform: translateY(-50%) !important; width: auto !important; height: auto !important; box-sizing: border-box; padding: 20px 48px;
  opacity: 1 !important; visibility: visible !important; pointer-events: none; max-height: 100%; }
.pd-frame .reveal .slides > section img, .pd-frame .reveal .slides > section video { max-width: 100%; max-height: ${Math.round(size.height * 0.7)}px; }
.pd-frame video { background: #000; }
.pd-frame aside.notes { display: none !important; }
.pd-frame .fragment { opacity: 1 !important; visibility: visible !important; transform: none !important; }
.pd-frame .fragment.fade-out, .pd-frame .fragment.current-visible { opacity: 0 !important; visibility: hidden !important; }
.pd-frame .fragment.highlight-red { color: #ff2c2d; }
.pd-frame .fragment.highlight-green { color: #17ff2e; }
.pd-frame .fragment.highlight-blue { color: #1b91ff; }
.pd-frame .fragment.strike { text-decoration: line-through; }`;
}

const NAMED: Record<string, [number, number, number]> = { black: [0, 0, 0], white: [255, 255, 255], navy: [0, 0, 128], red: [255, 0, 0], green: [0, 128, 0], blue: [0, 0, 255], gray: [128, 128, 128], grey: [128, 128, 128], yellow: [255, 255, 0], purple: [128, 0, 128], maroon: [128, 0, 0], teal: [0, 128, 128] };

/** Perceived brightness 0-255 of a CSS colour (hex, rgb() or a common name), as reveal.js computes it. */
export function colourBrightness(colour: string): number | undefined {
  const c = colour.trim().toLowerCase();
  let rgb: number[] | undefined = NAMED[c];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/.exec(c);
  if (hex) {
    const h = hex[1].length === 3 ? hex[1].replace(/./g, '$&$&') : hex[1];
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  }
  const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(c);
  if (fn) rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  return rgb ? (rgb[0] * 299 + rgb[1] * 587 + rgb[2] * 114) / 1000 : undefined;
}

function sectionHtml(slide: Slide): string {
  // reveal.js marks slides on a coloured background so themes can flip the text colour; it does that
  // in script, so the thumbnail does it here
  const brightness = slide.background?.color ? colourBrightness(slide.background.color) : undefined;
  const tone = brightness === undefined ? '' : brightness < 128 ? 'has-dark-background' : 'has-light-background';
  const attributes = { ...slide.attributes };
  if (tone) attributes.class = `${attributes.class ?? ''} ${tone}`.trim();
  const attrs = Object.entries(attributes)
    .filter(([name]) => /^[a-zA-Z_:][\w:.-]*$/.test(name))
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');
  return `<section${attrs}>${slide.html}</section>`;
}

function backgroundLayer(slide: Slide): string {
  const bg = slide.background;
  if (!bg) return '';
  const style: string[] = [];
  if (bg.color) style.push(`background-color: ${bg.color.replace(/[;{}"'<>\\]/g, '')}`);
  if (bg.image) style.push(`background-image: url(${cssString(bg.image)})`);
  if (bg.size) style.push(`background-size: ${bg.size.replace(/[^\w\s.%-]/g, '')}`);
  if (bg.position) style.push(`background-position: ${bg.position.replace(/[^\w\s.%-]/g, '')}`);
  if (bg.repeat) style.push(`background-repeat: ${bg.repeat.replace(/[^\w-]/g, '')}`);
  if (bg.opacity && /^[\d.]+$/.test(bg.opacity)) style.push(`opacity: ${bg.opacity}`);
  return style.length ? `<div class="pd-bg" style="${esc(style.join('; '))}"></div>` : '';
}

/**
 * One slide, `widthMm` wide, as a scaled copy of the real slide (its text stays text).
 */
export function slideThumbnail(slide: Slide, widthMm: number, size: SlideSize, theme = ''): string {
  const scale = (widthMm * PX_PER_MM) / size.width;
  const heightMm = (widthMm * size.height) / size.width;
  return `<div class="pd-thumb" style="width: ${widthMm.toFixed(2)}mm; height: ${heightMm.toFixed(2)}mm">`
    + `<div class="pd-frame reveal-viewport ${esc(theme)}" style="zoom: ${scale.toFixed(5)}">`
    + backgroundLayer(slide)
    + `<div class="reveal"><div class="slides">${sectionHtml(slide)}</div></div></div></div>`;
}

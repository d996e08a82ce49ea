// The take-home resource card: four identical cards to a sheet with cut marks, each listing the
// deck's `resources` (hotlines, websites) with a QR code beside every link. QR SVGs are made by the
// caller (offline) and passed in, so this stays pure.
import { linkedResource, resourceLinks } from './links';
import { esc } from './text';
import { HandoutError, type LayoutContext, type LayoutResult } from './types';

const HEAD_MM = 24;
const TEXT_ROW_MM = 9;

export function renderCard(ctx: LayoutContext): LayoutResult {
  const { deck, area, options, title } = ctx;
  const resources = deck.meta.resources.map((r) => r.trim()).filter(Boolean);
  if (!resources.length) {
    throw new HandoutError('the deck has no `resources:` in its front matter, and the resource card lists them. Add lines such as `resources: ["National Human Trafficking Hotline: 1-888-373-7888", "https://humantraffickinghotline.org"]`.');
  }
  const cardW = area.width / 2;
  const cardH = area.height / 2;
  const rows = resources.map((line) => ({ line, links: resourceLinks(line) }));
  const qrRows = rows.filter((r) => r.links.length).length;
  const textRows = rows.length - qrRows;
  const room = cardH - HEAD_MM - textRows * TEXT_ROW_MM;
  const qrMm = Math.max(12, Math.min(26, qrRows ? room / qrRows - 3 : 0));

  const items = rows.map(({ line, links }) => {
    const codes = links.map((href) => {
      const svg = options.qrSvgs?.[href];
      if (!svg) throw new HandoutError(`no QR code was made for ${href}`);
      return `<span class="pd-qr" role="img" aria-label="QR code for ${esc(href)}">${svg}</span>`;
    });
    return `<li>${codes.length ? `<span class="pd-qrs">${codes.join('')}</span>` : ''}<span class="pd-res-text">${linkedResource(line)}</span></li>`;
  });
  const kicker = deck.meta.series?.trim() || deck.meta.subtitle?.trim() || '';
  const card = `<section class="pd-card">
${kicker ? `<p class="pd-card-kicker">${esc(kicker)}</p>` : ''}<h2>${esc(title)}</h2>
<ul class="pd-resources">${items.join('')}</ul>
</section>`;
  const large = options.largePrint;
  const css = `.pd-page { width: ${area.width.toFixed(2)}mm; height: ${area.height.toFixed(2)}mm; box-sizing: border-box; position: relative; }
.pd-cards { outline: 0.25mm dashed #777; display: grid; grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; }
.pd-card { box-sizing: border-box; width: ${cardW.toFixed(2)}mm; height: ${cardH.toFixed(2)}mm; padding: 7mm 7mm 5mm; overflow: hidden; }
.pd-card h2 { font-size: ${large ? '17pt' : '13pt'}; margin: 0 0 3mm; line-height: 1.2; }
.pd-card-kicker { font-size: ${large ? '11pt' : '8pt'}; text-transform: uppercase; letter-spacing: 0.06em; color: #555; margin: 0 0 1mm; }
.pd-resources { list-style: none; margin: 0; padding: 0; }
.pd-resources li { display: flex; gap: 3mm; align-items: center; margin: 0 0 3mm; font-size: ${large ? '14pt' : '10.5pt'}; line-height: 1.3; min-height: ${TEXT_ROW_MM - 3}mm; }
.pd-res-text { flex: 1; overflow-wrap: break-word; }
.pd-nowrap { white-space: nowrap; }
.pd-res-text a { color: inherit; text-decoration: none; }
.pd-qrs { display: flex; gap: 2mm; flex: none; }
.pd-qr { display: block; width: ${qrMm.toFixed(1)}mm; height: ${qrMm.toFixed(1)}mm; background: #fff; }
.pd-qr svg { display: block; width: 100%; height: 100%; }
.pd-cut { position: absolute; border: 0 dashed #777; }
.pd-cut-v { left: 50%; top: -6mm; bottom: -6mm; border-left-width: 0.25mm; }
.pd-cut-h { top: 50%; left: -6mm; right: -6mm; border-top-width: 0.25mm; }
.pd-scissors { position: absolute; top: calc(50% - 3.2mm); left: -5mm; font-size: 9pt; line-height: 1; color: #555; }`;
  const marks = '<div class="pd-cut pd-cut-v" aria-hidden="true"></div><div class="pd-cut pd-cut-h" aria-hidden="true"></div><span class="pd-scissors" aria-hidden="true">✂</span>';
  const body = `<div class="pd-page pd-cards">\n${[card, card, card, card].join('\n')}\n${marks}\n</div>`;
  return { body, css, pageCount: 1 };
}

// QR codes for the resource card, made offline by the `qrcode` package as SVG (vector, so they
// scan from any printer). Medium error correction survives a crease or a smudge.
import QRCode from 'qrcode';

export async function qrSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  // drop the XML prolog if any: the SVG goes inline into HTML
  return svg.replace(/^<\?xml[^>]*>\s*/, '').trim();
}

export async function qrSvgs(links: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(links.map(async (link) => [link, await qrSvg(link)] as const));
  return Object.fromEntries(entries);
}

// Reads printed PDFs back with poppler-utils and zbar-tools, the way a person's printer would see them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

/** True when pdfinfo/pdftotext/pdftoppm are missing (tests that read PDFs skip with this reason). */
export const noPoppler = !has('pdftotext') || !has('pdfinfo') || !has('pdftoppm');
export const noZbar = !has('zbarimg');

export interface PdfInfo { pages: number; width: number; height: number; tagged: boolean }

export function pdfInfo(path: string): PdfInfo {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
    width: Math.round(Number(size?.[1])),
    height: Math.round(Number(size?.[2])),
    tagged: /Tagged:\s+yes/.test(out),
  };
}

/** The text of each page, in reading order (pdftotext's default mode). */
export function pageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ' '));
}

/** Every QR code on a page, rendered at 200 dpi and decoded with zbarimg. */
export function decodeQrCodes(path: string, page: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'podium-qr-'));
  try {
    execFileSync('pdftoppm', ['-r', '200', '-png', '-f', String(page), '-l', String(page), path, join(dir, 'p')]);
    const png = join(dir, readdirSync(dir)[0]);
    const run = spawnSync('zbarimg', ['-q', '--raw', png], { encoding: 'utf8' });
    return run.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The RGB colour at (x, y), given as fractions of the page, rendered at 50 dpi. */
export function pixelAt(path: string, page: number, fx: number, fy: number): [number, number, number] {
  const dir = mkdtempSync(join(tmpdir(), 'podium-px-'));
  try {
    execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), path, join(dir, 'p')]);
    const ppm = readFileSync(join(dir, readdirSync(dir)[0]));
    // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PPM image');
    const [w, h] = [Number(header[1]), Number(header[2])];
    const at = header[0].length + 3 * (Math.floor(fy * h) * w + Math.floor(fx * w));
    return [ppm[at], ppm[at + 1], ppm[at + 2]];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

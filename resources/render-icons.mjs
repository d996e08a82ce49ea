// Renders resources/icon.svg to the PNG icons electron-builder needs, with the system Chromium.
// Run: node resources/render-icons.mjs (re-run after editing the SVG; the PNGs are committed).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.PODIUM_CHROME ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [size, out] of [[512, 'icon.png'], [512, 'icons/512x512.png'], [256, 'icons/256x256.png'], [128, 'icons/128x128.png'], [64, 'icons/64x64.png'], [32, 'icons/32x32.png']]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`);
  await page.screenshot({ path: new URL(`./${out}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();

// Handout pages for the test host: the handout service's own pages (the same the CLI prints), printed
// to PDF by its Chromium printer, standing in for Electron's printToPDF.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parse } from '../../../src/core';
import type { HandoutDocument } from '../../../src/core/handouts';
import { buildHandout, HandoutPrinter } from '../../../src/services/handouts';
import type { HandoutRequest } from '../../../src/shared/ipc-types';

export async function handoutDocument(deckPath: string, request: HandoutRequest): Promise<HandoutDocument> {
  const deck = parse(await readFile(deckPath, 'utf8'));
  return buildHandout(deck, { layout: request.layout, paper: request.paper, largePrint: request.largePrint, deckPath });
}

export async function printPdf(html: string, path: string): Promise<void> {
  const printer = await HandoutPrinter.open();
  try {
    const pdf = await printer.pdf(html);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, pdf);
  } finally {
    await printer.close();
  }
}

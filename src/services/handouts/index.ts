// Handout printing: build the pages (core/handouts) with theme, fonts and QR codes, print with Chromium.
export { buildHandout, PRINT_OPTIONS, type BuildOptions } from './build';
export { makeHandouts, deckSlug, pdfOptionsFor, type HandoutJob, type MakeOptions, type MakeResult, type MadeFile } from './make';
export { HandoutPrinter, type PdfOptions } from './printer';
export { defaultPaper, systemPaper, paperForLocale } from './paper';
export { qrSvg, qrSvgs } from './qr';
export { writeFileAtomic } from './write';
export { startChrome, chosenBrowser, EARLY_CHROME_ARGS, ChromeMissingError, type StartedChrome } from './chrome-process';

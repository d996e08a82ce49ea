import { join } from 'node:path';
import { packageDir, podiumRoot } from '../themes';

/** One file the exported page loads, copied beside it (folder) or inlined (single file). */
export interface RuntimeFile {
  /** Name inside the export's `podium/` folder. */
  name: string;
  path: string;
}

/** Plain browser scripts and CSS (src/export-runtime), copied or inlined as they are. */
export const RUNTIME_DIR = join(podiumRoot(), 'src', 'export-runtime');

function revealDist(file: string): string {
  return join(packageDir('reveal.js'), 'dist', file);
}

/** Stylesheets in cascade order: reveal.js's reset and core, then Podium's speaker view. */
export function runtimeStyles(): RuntimeFile[] {
  return [
    { name: 'reset.css', path: revealDist('reset.css') },
    { name: 'reveal.css', path: revealDist('reveal.css') },
    { name: 'speaker.css', path: join(RUNTIME_DIR, 'speaker.css') },
  ];
}

/** Runs in <head>, before the slides are parsed (view mode, speaker-view media guard). */
export function headScripts(): RuntimeFile[] {
  return [{ name: 'podium-boot.js', path: join(RUNTIME_DIR, 'podium-boot.js') }];
}

/** Runs at the end of <body>, in this order. */
export function bodyScripts(): RuntimeFile[] {
  return [
    { name: 'reveal.js', path: revealDist('reveal.js') },
    { name: 'podium-channel.js', path: join(RUNTIME_DIR, 'podium-channel.js') },
    { name: 'podium-window.js', path: join(RUNTIME_DIR, 'podium-window.js') },
    { name: 'podium-present.js', path: join(RUNTIME_DIR, 'podium-present.js') },
    { name: 'podium-speaker.js', path: join(RUNTIME_DIR, 'podium-speaker.js') },
  ];
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const config = require(join(root, 'electron-builder.config.cjs')) as Configuration;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

/** PNG width and height from the IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const data = readFileSync(path);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

const targetsOf = (platform: unknown): string[] =>
  ((platform as { target?: Array<string | { target: string }> })?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder configuration', () => {
  it('passes electron-builder\'s own schema validation', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: Configuration, logger: { isEnabled: boolean; add(): void }): Promise<void>;
    };
    const logger = { isEnabled: false, add: () => undefined };
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    // The validator is real: a misspelt option is refused.
    await expect(validateConfiguration({ ...config, linux: { ...config.linux, targets: ['AppImage'] } } as Configuration, logger)).rejects.toThrow(/Invalid configuration/);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.config.cjs');
  });

  it('has a stable appId and product name', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Podium');
  });

  it('ships the bundled slides/ as extra resources, where the app looks for them', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'slides', to: 'slides' })]);
    expect(existsSync(join(root, 'slides'))).toBe(true);
    expect(readFileSync(join(root, 'src/main/paths.ts'), 'utf8')).toContain("join(process.resourcesPath, 'slides')");
  });

  it('opens .md decks with Podium', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'md', mimeType: 'text/markdown', role: 'Editor' })]);
  });

  it('packs the built app (main entry included), not the sources', () => {
    const files = config.files as string[];
    expect(pkg.main).toBe('./out/main/index.cjs');
    expect(files).toEqual(expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**']));
    expect(files.some((f) => f.startsWith('src'))).toBe(false);
  });

  it('has its icons: 512x512 for macOS and Windows, a size set for Linux, and the SVG source', () => {
    expect(pngSize(join(root, config.icon as string))).toEqual({ width: 512, height: 512 });
    const linuxIcons = join(root, (config.linux as { icon: string }).icon);
    expect(statSync(linuxIcons).isDirectory()).toBe(true);
    expect(pngSize(join(linuxIcons, '256x256.png'))).toEqual({ width: 256, height: 256 });
    expect(pngSize(join(linuxIcons, '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(readFileSync(join(root, 'resources/icon.svg'), 'utf8')).toContain('<svg');
  });

  it('turns off the Electron fuses a hostile environment could use (run as node, NODE_OPTIONS, inspect)', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });
});

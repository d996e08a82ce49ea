// The built main process (out/main/index.cjs, what Electron runs) loaded under the Electron fake:
// catches bundling mistakes (module format, data folders, missing dependencies) and checks that
// onReady wires every channel, secures the session, copies the bundled decks and opens the window.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc-contract';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(root, 'out/main/index.cjs');
let home: string;
let report: {
  handlers: string[];
  windows: Array<{ url: string; webPreferences: Record<string, unknown> }>;
  schemes: Array<{ scheme: string }>;
  protocols: string[];
  menu: boolean;
  csp: boolean;
  workspace: { root: string } | null;
  decks: Array<{ title: string; assetBase: string }>;
};

beforeAll(async () => {
  if (!existsSync(bundle)) execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
  home = mkdtempSync(join(tmpdir(), 'podium-bundle-'));
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'tests/main/fixtures/run-bundle.mts')], {
    cwd: root,
    env: { ...process.env, PODIUM_FAKE_HOME: home, PODIUM_APP_ROOT: root, PODIUM_BUNDLE: bundle },
  });
  report = JSON.parse(stdout.slice(stdout.lastIndexOf('\n@@') + 3));
}, 120_000);
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('the built main process', () => {
  it('registers a handler for every channel of the contract', () => {
    expect(report.handlers).toEqual([...CHANNELS].sort());
  });

  it('registers its schemes, serves them, sets the CSP and the menu', () => {
    expect(report.schemes.map((s) => s.scheme)).toEqual(['podium-app', 'podium-asset']);
    expect(report.protocols.sort()).toEqual(['podium-app', 'podium-asset']);
    expect(report.csp).toBe(true);
    expect(report.menu).toBe(true);
  });

  it('opens one secure window on the app page', () => {
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].url).toBe('podium-app://app/index.html');
    expect(report.windows[0].webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(existsSync(String(report.windows[0].webPreferences.preload))).toBe(true);
  });

  it('copies the bundled series into Documents on first run and lists its decks', () => {
    expect(report.workspace?.root).toBe(join(home, 'documents', 'Podium Workshops'));
    const bundled = readdirSync(join(root, 'slides')).filter((f) => f.endsWith('.md') && !/^readme/i.test(f));
    expect(report.decks).toHaveLength(bundled.length);
    expect(report.decks.every((d) => d.title.length > 0 && d.assetBase.startsWith('podium-asset://'))).toBe(true);
  });
});

describe('the built preload (out/preload/index.cjs)', () => {
  it('is one CommonJS file that requires only electron, as a sandboxed preload must', () => {
    const code = readFileSync(join(root, 'out/preload/index.cjs'), 'utf8');
    const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).toContain('exposeInMainWorld("podium"');
  });
});

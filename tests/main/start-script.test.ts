import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const binaryPresent = existsSync(`${root}node_modules/electron/dist`);

describe('npm start (scripts/start.mjs)', () => {
  // Reason: with the Electron binary installed, start.mjs launches the app instead of printing the notice.
  it.skipIf(binaryPresent)('says in one line that Electron is not available, names the headless command, and exits 0', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`${root}scripts/start.mjs`], { cwd: root });
    expect(stdout.trim().split('\n')).toEqual(['The Electron runtime is not available here; the headless equivalent is: npx podium export slides --out dist']);
    expect(stderr).toBe('');
  });
});

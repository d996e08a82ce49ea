import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
}

interface Config {
  electronVersion: string;
  excludeChecks: Array<{ check: string; reason: string }>;
  exceptions: Array<{ check: string; file: string; reason: string }>;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(`${root}electronegativity.config.json`, 'utf8')) as Config;
const SEVERITY = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** Runs electronegativity over `input` in a child process (its CLI libraries write to the console). */
async function scan(input: string): Promise<Finding[]> {
  const script = `
    const run = require('@doyensec/electronegativity');
    run(${JSON.stringify({ input, electronVersionOverride: config.electronVersion, isRelative: true, excludeFromScan: config.excludeChecks.map((c) => c.check) })}, false)
      .then((r) => process.stdout.write('\\n@@' + JSON.stringify({ errors: r.errors.length, issues: r.issues.map((i) => ({ id: i.id, severity: i.severity.name, confidence: i.confidence.name, file: i.file, line: i.location.line })) })))
      .catch((e) => { console.error(e); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', `${root}tests/main/electronegativity-offline.cjs`, '-e', script], {
    cwd: root,
    env: { ...process.env, LANG: 'en-US' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout.slice(stdout.lastIndexOf('\n@@') + 3)) as { errors: number; issues: Finding[] };
  expect(result.errors, 'files electronegativity could not parse').toBe(0);
  return result.issues;
}

describe('electronegativity over src/', () => {
  it('reports no finding of medium severity or above, apart from the documented exceptions', async () => {
    const findings = await scan('src');
    const serious = findings.filter((f) => SEVERITY.indexOf(f.severity) >= SEVERITY.indexOf('MEDIUM'));
    const unexplained = serious.filter((f) => !config.exceptions.some((e) => e.check === f.id && e.file === f.file.split('\\').join('/')));
    expect(unexplained).toEqual([]);
    for (const exception of config.exceptions) expect(exception.reason.length, exception.check).toBeGreaterThan(40);
  });

  it('does find the problems it is there to find (a window without isolation)', async () => {
    const findings = await scan('tests/main/fixtures/insecure-window.js');
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });
});

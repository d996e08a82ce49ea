// Runs the real `podium` shim in a subprocess and writes small deck folders to a temp directory.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult { code: number | null; stdout: string; stderr: string }

export function podium(args: string[], cwd = ROOT): CliResult {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/podium.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" not in text`);
  return index + 1;
}

export const GOOD_DECK = `---
title: Good deck
duration: 10m
theme: dark
---

# Good deck
<!-- .slide: data-minutes="2" -->

Welcome

Note:
Say hello.

---

## Signs
<!-- .slide: data-minutes="5" -->

- One <!-- .element: class="fragment" -->
- Two <!-- .element: class="fragment" -->

![A diagram](images/a.png)

Note:
Explain the signs.

----

## Stacked
<!-- .slide: data-minutes="3" -->

Details here

Note:
More about the signs.
`;

export const BAD_DECK = `---
title: Bad deck
---

# Bad deck

Note:
Hello.

---

## Pictures

![](images/a.png)

![Chart](images/missing.png)

Note:
Talk.
`;

/** A stack trace's tell-tale line. */
export const STACK_LINE = /^\s+at /m;

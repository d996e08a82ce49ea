import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeckChangeEvent } from '../../../src/shared/ipc-types';
import { createWorkspaceService, type WorkspaceServiceOptions } from '../../../src/services/workspace';

/** A workspace service on a fresh temp folder, recording change events and trashed files. */
export async function tempWorkspace(options: Partial<WorkspaceServiceOptions> = {}) {
  const base = await mkdtemp(join(tmpdir(), 'podium-ws-'));
  const root = join(base, 'decks');
  await mkdir(root);
  const events: DeckChangeEvent[] = [];
  const trashed: string[] = [];
  const service = createWorkspaceService({
    recoveryDir: join(base, 'recovery'),
    trash: async (path) => {
      trashed.push(path);
      await rm(path);
    },
    onDeckChange: (event) => events.push(event),
    debounceMs: 40,
    autosaveIntervalMs: 30,
    ...options,
  });
  await service.open(root);
  return {
    base,
    root,
    service,
    events,
    trashed,
    async cleanup() {
      await service.dispose();
      await rm(base, { recursive: true, force: true });
    },
  };
}

export const DECK = `---
title: Knowledge is power
duration: 45m
---

# Knowledge is power
<!-- .slide: data-minutes="2" -->

Note:
Welcome.

---

## Signs to notice
<!-- .slide: data-minutes="5" -->

- Point one
`;

export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

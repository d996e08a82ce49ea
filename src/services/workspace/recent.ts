// The "recent workspaces" list, kept as a small JSON file written atomically.
import { access, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RecentWorkspace } from '../../shared/ipc-types';
import { writeFileAtomic } from './atomic-write';

const LIMIT = 10;

interface Stored {
  root: string;
  openedAt: string;
}

export interface RecentList {
  list(): Promise<RecentWorkspace[]>;
  add(root: string): Promise<void>;
  has(root: string): Promise<boolean>;
}

export function createRecentList(file: string, now: () => Date = () => new Date()): RecentList {
  async function load(): Promise<Stored[]> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
      return Array.isArray(data) ? data.filter((e): e is Stored => typeof e?.root === 'string' && typeof e?.openedAt === 'string') : [];
    } catch {
      return []; // missing or corrupt: start over rather than fail
    }
  }
  return {
    async list() {
      const stored = await load();
      return Promise.all(
        stored.map(async (e) => ({
          ...e,
          name: basename(e.root),
          exists: await access(e.root).then(() => true, () => false),
        })),
      );
    },
    async add(root) {
      const rest = (await load()).filter((e) => e.root !== root);
      await writeFileAtomic(file, JSON.stringify([{ root, openedAt: now().toISOString() }, ...rest].slice(0, LIMIT), null, 2));
    },
    async has(root) {
      return (await load()).some((e) => e.root === root);
    },
  };
}

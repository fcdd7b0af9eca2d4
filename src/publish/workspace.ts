/**
 * A build's own scratch folder in the project, `.recap-build/<pid>/`: Astro bundles the
 * pages next to its output folder when that is inside the project (and in a shared
 * `.astro/` when it is not), and keeps its content store in its cache folder. Giving
 * each build its own of both lets builds run side by side (one per client, or the test
 * files) without one reading another's pages or notes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './atomic.ts';

export const WORKSPACES = '.recap-build';
/**
 * Kept between builds (git-ignored; CI restores it): what lets a rebuild reuse unchanged
 * clients and pages. RECAP_CACHE_FOLDER puts it elsewhere.
 */
export function cacheFolder(root: string = process.cwd()): string {
  return path.resolve(root, process.env.RECAP_CACHE_FOLDER?.trim() || '.recap-cache');
}

export interface Workspace {
  readonly cacheDir: string;
  /** Where Astro should write the site: the staging folder itself when it is inside the project. */
  astroOutDir(staging: string): string;
  /** Moves what Astro wrote into the staging folder, if it wrote elsewhere. */
  collect(staging: string): void;
  remove(): void;
}

export function workspace(root: string = process.cwd(), id: number = process.pid): Workspace {
  const parent = path.join(root, WORKSPACES);
  mkdirSync(parent, { recursive: true });
  for (const entry of readdirSync(parent)) {
    if (!isRunning(Number(entry))) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  const folder = path.join(parent, String(id));
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const site = path.join(folder, 'site');
  const inside = (dir: string) => path.resolve(dir).startsWith(path.resolve(root) + path.sep);
  return {
    cacheDir: path.join(folder, 'cache'),
    astroOutDir: (staging) => (inside(staging) ? staging : site),
    collect(staging) {
      if (inside(staging) || !existsSync(site)) return;
      rmSync(staging, { recursive: true, force: true });
      try {
        renameSync(site, staging);
      } catch (error) {
        // Another disk (a /tmp output folder): copy, then drop the original.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(site, staging, { recursive: true });
        rmSync(site, { recursive: true, force: true });
      }
    },
    remove() {
      rmSync(folder, { recursive: true, force: true });
      if (existsSync(parent) && readdirSync(parent).length === 0) rmSync(parent, { recursive: true, force: true });
    },
  };
}

/**
 * Astro keeps a copy of every page it rendered, to put in place of a page whose inputs
 * are unchanged at the next build, and trusts those copies as they are. Recap records
 * a hash of each copy after a build and checks them all before the next: a damaged or
 * foreign copy (a truncated file, a cache folder restored from elsewhere) makes Astro
 * render every page again, so it can never be published.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Astro's names for its page copies and its record of them (astro/dist/core/build/incremental.js). */
const COPIES = 'dist';
const ASTRO_MANIFEST = 'incremental-build.json';
const RECORD = 'recap-page-hashes.json';

/** Checks the copies; when any differs from what the last build recorded, Astro forgets them all. Returns what differed. */
export function checkPageCache(cacheDir: string): string[] {
  const copies = path.join(cacheDir, COPIES);
  if (!existsSync(copies)) return [];
  let recorded: Record<string, string> = {};
  try {
    recorded = JSON.parse(readFileSync(path.join(cacheDir, RECORD), 'utf8')) as Record<string, string>;
  } catch {
    recorded = {};
  }
  const actual = hashes(copies);
  const damaged = [...new Set([...Object.keys(actual), ...Object.keys(recorded)])]
    .filter((file) => actual[file] !== recorded[file])
    .sort();
  if (damaged.length > 0) {
    rmSync(path.join(cacheDir, ASTRO_MANIFEST), { force: true });
    rmSync(copies, { recursive: true, force: true });
    rmSync(path.join(cacheDir, RECORD), { force: true });
  }
  return damaged;
}

/** Records the copies as the build that just succeeded left them. */
export function recordPageCache(cacheDir: string): void {
  const copies = path.join(cacheDir, COPIES);
  if (existsSync(copies)) writeFileSync(path.join(cacheDir, RECORD), JSON.stringify(hashes(copies)));
}

function hashes(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file).split(path.sep).join('/')] = createHash('sha256')
      .update(readFileSync(file))
      .digest('base64url');
  }
  return out;
}

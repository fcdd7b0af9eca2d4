/**
 * Node keeps the code it compiled (Recap's, Astro's, Vite's) in the build cache, so a
 * rebuild does not compile it again: about 0.4 s of a 4 s one-client rebuild. Each
 * build's own Astro bundle adds a little to it, so past a bound it is emptied and
 * fills again on the next build.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheFolder } from './workspace.ts';

/** About 150 builds' worth of bundles beyond the ~12 MB that Recap, Astro and Vite take. */
export const COMPILE_CACHE_LIMIT_BYTES = 96 * 1024 * 1024;

/** The folder for module.enableCompileCache(), emptied first when it has outgrown its bound. */
export function compileCacheFolder(root: string = process.cwd()): string {
  const folder = path.join(cacheFolder(root), 'compiled');
  if (folderBytes(folder) > COMPILE_CACHE_LIMIT_BYTES) rmSync(folder, { recursive: true, force: true });
  return folder;
}

function folderBytes(folder: string): number {
  let bytes = 0;
  try {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // No folder yet: nothing to bound.
  }
  return bytes;
}

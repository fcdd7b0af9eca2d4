/**
 * The client folders whose files (own template, notes) Vite bundles: on a client's own
 * site only that client's, so no other client's file is in its bundle; in a build with
 * the build cache only the clients it renders, so an unchanged client costs nothing.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { takeOverData } from './data-handoff.ts';

export function bundledClients(options: { root: string; dataDir: string; only: string | null }): string[] {
  const { root, dataDir, only } = options;
  const folder = path.resolve(root, dataDir);
  if (!existsSync(folder)) return [];
  // The build hands over the data folder as the settings name it, not resolved.
  const rendered = takeOverData(dataDir)?.render ?? null;
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((slug) => (only === null || slug === only) && (rendered === null || rendered.has(slug)))
    .sort();
}

/** A dynamic import of a file, as Vite module source. */
export function importOf(file: string): string {
  return `() => import(${JSON.stringify(file.split(path.sep).join('/'))})`;
}

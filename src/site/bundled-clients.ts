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

/** `export const <name> = { "<key>": () => import("<file>"), ... };` as Vite module source. */
export function loaderMap(name: string, entries: ReadonlyArray<readonly [key: string, file: string]>): string {
  const lines = entries.map(
    ([key, file]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(file.split(path.sep).join('/'))}),`,
  );
  return [`export const ${name} = {`, ...lines, `};`].join('\n');
}

/**
 * A Vite plugin serving one module Recap writes, `virtual:recap/<name>`: import.meta.glob
 * cannot, because its patterns must be fixed in the source and DATA_DIR is not.
 */
export function virtualModule(name: string, source: () => string) {
  const id = `virtual:recap/${name}`;
  const resolved = `\0${id}`;
  return {
    name: `recap-${name}`,
    resolveId: (asked: string) => (asked === id ? resolved : undefined),
    load: (asked: string) => (asked === resolved ? source() : undefined),
  };
}

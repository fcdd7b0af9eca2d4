/**
 * `npm run build` reads and validates the data folder before Astro starts, then hands
 * what it read to the pages, so a build reads the data once. Astro renders in the
 * build's own process, but through modules of its own bundle: the hand-off goes
 * through a global registry key, the one thing both sides share. `npm run dev` hands
 * nothing over, and the pages read the folder themselves.
 */
import type { DataLoad } from '../ingest/load-data-dir.ts';

const KEY = Symbol.for('recap.data-load');

interface Handoff {
  readonly dataDir: string;
  readonly load: DataLoad;
}

export function handOverData(dataDir: string, load: DataLoad): void {
  (globalThis as Record<symbol, unknown>)[KEY] = { dataDir, load } satisfies Handoff;
}

/** The data the build read for this data folder, if it read it. */
export function takeOverData(dataDir: string): DataLoad | undefined {
  const handoff = (globalThis as Record<symbol, unknown>)[KEY] as Handoff | undefined;
  return handoff?.dataDir === dataDir ? handoff.load : undefined;
}

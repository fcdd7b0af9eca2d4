/**
 * `npm run build` reads and validates the data folder before Astro starts, then hands
 * what it read to the pages, so a build reads the data once. Clients unchanged since
 * an earlier build are handed over as what the build cache kept of them, unread. Astro
 * renders in the build's own process, but through modules of its own bundle: the
 * hand-off goes through a global registry key, the one thing both sides share. The
 * pages hand back what the build should keep of each client they loaded. `npm run dev`
 * hands nothing over, and the pages read the folder themselves.
 */
import type { DataLoad } from '../ingest/load-data-dir.ts';
import type { CachedClient } from './cached-client.ts';

const KEY = Symbol.for('recap.data-load');

export interface Handoff {
  readonly dataDir: string;
  /** The clients the build read and validated. */
  readonly load: DataLoad;
  /** The clients it did not read, as the build cache kept them. */
  readonly cached: readonly CachedClient[];
  /** Each client folder's page key, as the build worked it out. */
  readonly pageKeys: ReadonlyMap<string, string>;
  /** The clients whose pages are rendered; the others' files come from the build cache. Null for all. */
  readonly render: ReadonlySet<string> | null;
  /** Filled in by the pages: what to keep of each client, by slug. */
  readonly kept: Map<string, CachedClient>;
  /** Filled in by the pages: the addresses rendered now; the others came from the build cache. */
  readonly rendered: Set<string>;
  /** How many files the pages will render, once they know (src/site/reports.ts). */
  toRender: number | null;
  /** Told of every file rendered, for the build's progress line. */
  readonly onRendered?: (done: number, toRender: number | null) => void;
}

export function handOverData(handoff: Omit<Handoff, 'kept' | 'rendered' | 'toRender'>): Handoff {
  const full: Handoff = { ...handoff, kept: new Map(), rendered: new Set(), toRender: null };
  (globalThis as Record<symbol, unknown>)[KEY] = full;
  return full;
}

/** What the build handed over for this data folder, if it did. */
export function takeOverData(dataDir: string): Handoff | undefined {
  const handoff = (globalThis as Record<symbol, unknown>)[KEY] as Handoff | undefined;
  return handoff?.dataDir === dataDir ? handoff : undefined;
}

/** A page or file says it was rendered, for the build's count of cache hits (and RECAP_TRACE=render). */
export function noteRendered(pathname: string): void {
  const handoff = (globalThis as Record<symbol, unknown>)[KEY] as Handoff | undefined;
  handoff?.rendered.add(pathname);
  if (handoff) handoff.onRendered?.(handoff.rendered.size, handoff.toRender);
  if (process.env.RECAP_TRACE?.split(',').includes('render')) process.stderr.write(`recap: rendered ${pathname}\n`);
}

/**
 * Which clients' folders changed while `npm run dev` runs: the dev server's watcher
 * (data-watch-plugin.ts) notes them, and the pages read those clients again on the
 * next request (reports.ts). The two run in different module instances of one process:
 * a global registry key is the one thing both see.
 */
const KEY = Symbol.for('recap.data-changes');

interface Registry {
  clients: Set<string>;
}

function registry(): Registry {
  const global = globalThis as Record<symbol, Registry | undefined>;
  return (global[KEY] ??= { clients: new Set() });
}

export function noteChangedClient(slug: string): void {
  registry().clients.add(slug);
}

/** The clients changed since the last call, now forgotten; put them back with noteChangedClient to retry. */
export function takeChangedClients(): string[] {
  const changed = [...registry().clients];
  registry().clients.clear();
  return changed;
}

/**
 * What a build reads before Astro starts: every client folder it is for, validated,
 * except the clients the build cache shows unchanged since an earlier build, which
 * are taken as that build kept them. What validate prints is the same either way.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { displayPath, loadDataDir, type DataLoad } from '../ingest/load-data-dir.ts';
import type { Day } from '../model/calendar.ts';
import type { CachedClient } from '../site/cached-client.ts';
import type { ClientCache } from './client-cache.ts';

/** What building, protecting and sealing a client's site needs of it, read or cached. */
export interface BuildClient {
  readonly slug: string;
  readonly access: 'public' | 'password';
  readonly locale: string;
  readonly basePath: string;
  readonly siteUrl: string | null;
}

export interface BuildInput {
  /** The clients read and validated now. */
  readonly read: DataLoad;
  /** The clients taken from the build cache, unread. */
  readonly cached: readonly CachedClient[];
  /** Everything validate would print: the clients read and those cached, in folder order. */
  readonly report: DataLoad;
  /** The clients with data, read or cached, in folder order. */
  readonly clients: readonly BuildClient[];
}

export function readBuildInput(options: {
  dataDir: string;
  /** Only this client. */
  client: string | null;
  today: Day;
  cache: ClientCache | null;
  /** Each client folder's page key, worked out once per build. */
  pageKeys: ReadonlyMap<string, string>;
}): BuildInput {
  const folders = clientFolders(options.dataDir).filter((slug) => options.client === null || slug === options.client);
  const cached = options.cache
    ? folders.flatMap((slug) => {
        const entry = options.cache!.reusable(slug, options.today, options.pageKeys.get(slug));
        return entry ? [entry] : [];
      })
    : [];
  const cachedSlugs = new Set(cached.map((entry) => entry.slug));
  const toRead = folders.filter((slug) => !cachedSlugs.has(slug));
  const read =
    cached.length === 0
      ? loadDataDir(options.dataDir, options.client ? { clients: [options.client] } : {})
      : toRead.length > 0
        ? loadDataDir(options.dataDir, { clients: toRead })
        : nothingRead(options.dataDir);
  const inFolder = (slug: string) => (file: { file: string }) =>
    file.file.startsWith(`${read.dataDir}/${slug}/`) || file.file === `${read.dataDir}/${slug}`;
  const report: DataLoad = {
    ...read,
    clientFolders: read.clientFolders + cached.length,
    files: folders.flatMap((slug) => cached.find((c) => c.slug === slug)?.files ?? read.files.filter(inFolder(slug))),
    warnings: folders.flatMap(
      (slug) => cached.find((c) => c.slug === slug)?.warnings ?? read.warnings.filter(inFolder(slug)),
    ),
  };
  const clients: BuildClient[] = folders.flatMap((slug): BuildClient[] => {
    const entry = cached.find((c) => c.slug === slug);
    if (entry) {
      return entry.periods.length === 0
        ? []
        : [{ slug, access: entry.access, locale: entry.locale, basePath: entry.basePath, siteUrl: entry.siteUrl }];
    }
    const data = read.clients.find((c) => c.slug === slug);
    if (!data || data.series.length === 0) return [];
    const { access, locale, base_path: basePath, site_url: siteUrl } = data.config;
    return [{ slug, access, locale, basePath, siteUrl: siteUrl ?? null }];
  });
  return { read, cached, report, clients };
}

/** The client folders of the data folder, in name order; none when it cannot be listed (loadDataDir says why). */
export function clientFolders(dataDir: string): string[] {
  try {
    return readdirSync(dataDir, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink()))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

function nothingRead(dataDir: string): DataLoad {
  return {
    dataDir: displayPath(path.resolve(dataDir)),
    clients: [],
    clientFolders: 0,
    files: [],
    problems: [],
    warnings: [],
  };
}

/**
 * One site built into a folder: Astro renders the pages of the clients that changed,
 * the build cache puts the unchanged clients' files in place, and protected clients'
 * files are sealed. What the site is for comes in as arguments; the environment Astro
 * reads (src/site/settings.ts) is set from them here, in one place.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { handOverData } from '../site/data-handoff.ts';
import { SETTINGS_VARIABLES } from '../site/settings.ts';
import type { BuildInput } from './build-input.ts';
import type { ClientCache } from './client-cache.ts';
import { clientFiles, OutputCache } from './output-cache.ts';
import { passwordVariable } from './passwords.ts';
import { buildProgress, type ProgressTarget } from './progress.ts';
import { protectClient } from './protect-site.ts';
import { cacheFolder, workspace, type Workspace } from './workspace.ts';

type BuildOptions = NonNullable<Parameters<typeof import('astro').build>[1]>;

export interface SiteBuild {
  /** Where the site is written: an empty staging folder. */
  readonly folder: string;
  readonly dataDir: string;
  /** The one client of a client's own site; null for the agency's combined site. */
  readonly client: string | null;
  readonly base: string;
  readonly siteUrl: string | null;
  readonly input: BuildInput;
  /** Each client folder's page key, worked out once per build. */
  readonly pageKeys: ReadonlyMap<string, string>;
  /** Null to build without the cache. */
  readonly cache: { readonly clients: ClientCache } | null;
  readonly logLevel: 'info' | 'warn' | 'error';
  /** Where a terminal shows the progress line; none for a nested build or a log. */
  readonly progress?: ProgressTarget;
  /** Says what the cache did, for the build's output. */
  readonly say: (line: string) => void;
  /** The running build's scratch folder, so an interrupted build can remove it. */
  readonly onWorkspace?: (workspace: Workspace | null) => void;
}

export interface BuiltSite {
  /** The site's own files (not Astro's CSS and fonts), and how many came from the cache. */
  readonly files: number;
  readonly reused: number;
  /** The hash of each file known not to change before the site is published, by path in the site. */
  readonly hashes: ReadonlyMap<string, string>;
}

export async function buildSite(site: SiteBuild): Promise<BuiltSite> {
  const outputs = site.cache ? new OutputCache(siteCacheFolder(site)) : null;
  const engine = site.cache?.clients.engine ?? '';
  const folderOf = (slug: string) => (site.client ? '' : slug);
  // A client the build did not read, whose files are in the cache for the same inputs, is not rendered.
  const reused = new Map(
    site.input.cached.flatMap((cached) => {
      const entry = outputs?.reusable(cached.slug, outputKey(engine, cached.key));
      return entry ? [[cached.slug, { entry, key: cached.key }] as const] : [];
    }),
  );
  for (const slug of outputs?.ignored ?? [])
    site.say(`Build cache: ignored the damaged files kept of ${slug}; its pages are rendered again.`);
  const fromCache = [...reused.values()].reduce((sum, { entry }) => sum + Object.keys(entry.files).length, 0);
  const progress = buildProgress(site.progress ?? { isTTY: false, write: () => true }, fromCache);
  const handoff = handOverData({
    dataDir: site.dataDir,
    load: site.input.read,
    cached: site.input.cached,
    pageKeys: site.pageKeys,
    render: new Set(site.input.clients.map((c) => c.slug).filter((slug) => !reused.has(slug))),
    onRendered: (done, toRender) => progress.update(done, toRender),
  });

  // Astro's config and the pages read what this build is for from the environment.
  process.env[SETTINGS_VARIABLES.client] = site.client ?? '';
  process.env[SETTINGS_VARIABLES.base] = site.base;
  if (site.siteUrl) process.env[SETTINGS_VARIABLES.siteUrl] = site.siteUrl;
  else delete process.env[SETTINGS_VARIABLES.siteUrl];
  const scratch = workspace();
  site.onWorkspace?.(scratch);
  process.env[SETTINGS_VARIABLES.cacheDir] = scratch.cacheDir;
  const hashes = new Map<string, string>();
  try {
    // Astro takes a second to load: a build with nothing to do never loads it.
    const { build } = await import('astro');
    // Astro's sync writes types for editors and fills content collections; Recap has none
    // (notes are modules, src/site/notes-plugin.ts), and the sync's own Vite server cost
    // 1.4 s a build. `sync` is an option of Astro's build() its types do not list.
    await build({ outDir: scratch.astroOutDir(site.folder), logLevel: site.logLevel }, { sync: false } as BuildOptions);
    scratch.collect(site.folder);
  } finally {
    progress.end();
    scratch.remove();
    site.onWorkspace?.(null);
  }

  for (const [slug, { entry }] of reused) {
    outputs!.place(slug, entry, path.join(site.folder, folderOf(slug)));
    for (const [file, hash] of Object.entries(entry.files)) hashes.set(path.posix.join(folderOf(slug), file), hash);
  }
  for (const client of site.input.clients) {
    if (reused.has(client.slug) || !outputs) continue;
    const pageKey = handoff.kept.get(client.slug)?.key ?? site.input.cached.find((c) => c.slug === client.slug)?.key;
    if (!pageKey) continue;
    const files = clientFiles(site.folder, folderOf(client.slug));
    const entry = outputs.keep(
      client.slug,
      outputKey(engine, pageKey),
      path.join(site.folder, folderOf(client.slug)),
      files,
    );
    for (const [file, hash] of Object.entries(entry.files))
      hashes.set(path.posix.join(folderOf(client.slug), file), hash);
  }
  // What the pages kept of the clients read now, so that the next build need not read them again.
  for (const kept of handoff.kept.values()) site.cache?.clients.write(kept);

  for (const client of site.input.clients.filter((c) => c.access === 'password')) {
    const sealed = await protectClient({
      root: site.folder,
      folder: folderOf(client.slug),
      base: site.base,
      password: process.env[passwordVariable(client.slug)]!,
      locale: client.locale,
    });
    // Sealed files are new files: their hashes are not the kept ones.
    for (const file of clientFiles(site.folder, folderOf(client.slug)))
      hashes.delete(path.posix.join(folderOf(client.slug), file));
    site.say(`${client.slug}: ${sealed.pages} pages and ${sealed.dataFiles} data.json files encrypted`);
  }

  const files = countFiles(site.folder);
  return { files, reused: files - handoff.rendered.size, hashes };
}

/** A kept file's key: the client's inputs and the code that made the file. */
function outputKey(engine: string, pageKey: string): string {
  return createHash('sha256').update(`${engine}\0${pageKey}`).digest('base64url');
}

/** The cache of one site's files: its data folder, whether it is the combined site or which client's, and where it is served. */
function siteCacheFolder(site: SiteBuild): string {
  const key = [path.resolve(site.dataDir), site.client ?? '', site.base, site.siteUrl ?? ''].join('\0');
  const id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return path.join(cacheFolder(), 'sites', `${site.client ?? 'all-clients'}-${id}`);
}

/** The site's own files: pages, data.json, pictures; not Astro's shared CSS and fonts. */
function countFiles(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !path.relative(folder, entry.parentPath).split(path.sep).includes('_astro')) count++;
  }
  return count;
}

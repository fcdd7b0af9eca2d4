/**
 * The build cache's record of each client: what a build keeps of a client it read
 * (src/site/cached-client.ts), so that a later build with the same client folder, the
 * same templates and the same Recap code need not read, validate and aggregate it
 * again. Entries are named by a hash of all those inputs; a damaged or foreign entry
 * is ignored, and the client is read as if there were none.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseIsoDate, type Day } from '../model/calendar.ts';
import type { CachedClient } from '../site/cached-client.ts';
import { clientPageKey } from '../site/page-keys.ts';
import { cacheFolder } from './workspace.ts';

const ENTRY_VERSION = 2;
/** Recap's own code and what pins its dependencies: a change to any re-reads every client. */
const ENGINE = [
  'src',
  'scripts/build.ts',
  'scripts/build-command.ts',
  'package.json',
  'package-lock.json',
  'astro.config.mjs',
];

export function engineKey(root: string = process.cwd()): string {
  const hash = createHash('sha256');
  for (const part of ENGINE) {
    const full = path.join(root, part);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? readdirSync(full, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort()
      : [full];
    for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file));
  }
  return hash.digest('base64url');
}

interface Entry {
  readonly version: number;
  readonly engine: string;
  readonly client: CachedClient;
}

export class ClientCache {
  readonly #folder: string;
  /** The key of Recap's own code this cache's entries were made with. */
  readonly engine: string;
  readonly #dataDir: string;
  /** Entries found damaged or foreign, by file: reported, then replaced by the next write. */
  readonly ignored: string[] = [];

  constructor(dataDir: string, options: { root?: string; engine?: string } = {}) {
    const root = options.root ?? process.cwd();
    this.#folder = path.join(cacheFolder(root), 'clients');
    this.engine = options.engine ?? engineKey(root);
    this.#dataDir = dataDir;
  }

  /**
   * The client as an earlier build kept it, if its inputs are unchanged and what was
   * checked then still holds today: a later day only widens the window of dates a
   * client's data may carry, but a warning (data dated after today) is checked again.
   */
  reusable(slug: string, today: Day, pageKey: string = clientPageKey(this.#dataDir, slug)): CachedClient | null {
    const file = this.#file(slug, pageKey);
    if (!existsSync(file)) return null;
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    } catch {
      this.ignored.push(file);
      return null;
    }
    const client = entry?.client;
    const validatedOn = typeof client?.validatedOn === 'string' ? parseIsoDate(client.validatedOn) : null;
    if (
      entry.version !== ENTRY_VERSION ||
      entry.engine !== this.engine ||
      client.slug !== slug ||
      client.key !== pageKey ||
      validatedOn === null ||
      !Array.isArray(client.periods) ||
      !Array.isArray(client.files) ||
      !Array.isArray(client.warnings)
    ) {
      this.ignored.push(file);
      return null;
    }
    if (validatedOn > today || (client.warnings.length > 0 && validatedOn !== today)) return null;
    return client;
  }

  write(client: CachedClient): void {
    mkdirSync(this.#folder, { recursive: true });
    const file = this.#file(client.slug, client.key);
    // Other entries of the client are of older inputs: no build will ask for them again.
    for (const old of readdirSync(this.#folder)) {
      if (old.startsWith(`${client.slug}.`) && path.join(this.#folder, old) !== file)
        rmSync(path.join(this.#folder, old));
    }
    const entry: Entry = { version: ENTRY_VERSION, engine: this.engine, client };
    // Written whole, then moved into place: a build stopped half-way leaves no half an entry.
    writeFileSync(`${file}.partial`, JSON.stringify(entry));
    renameSync(`${file}.partial`, file);
  }

  #file(slug: string, pageKey: string): string {
    const name = createHash('sha256')
      .update(`${this.engine}\0${pageKey}\0${path.resolve(this.#dataDir)}`)
      .digest('hex')
      .slice(0, 24);
    return path.join(this.#folder, `${slug}.${name}.json`);
  }
}

/**
 * Each client's part of a built site, kept in the build cache so that a rebuild puts
 * an unchanged client's files in place instead of rendering its pages again. An entry
 * holds the client's files as Astro wrote them (before any encryption) under the key
 * of everything they were made from, with the hash of every file. The files are hard
 * links where the disk allows, so keeping and reusing them copies nothing.
 *
 * An entry whose key differs, whose record does not parse, or whose files do not hash
 * as recorded (damaged, edited in place, left half-written) is ignored, and the client
 * is rendered instead. A file whose size and modification time are as recorded is not
 * read again, as git trusts its index: hashing every kept file took a second of a
 * one-client rebuild at 50 clients, and any write to a file changes its time.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  statSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { filesBelow } from './files-below.ts';

const RECORD_VERSION = 2;

/** What a site folder holds besides its clients: Astro's CSS and fonts, robots.txt, the schema. */
export const SITE_FILES = ['_astro/', 'robots.txt', 'data.schema.json'];

export interface OutputEntry {
  readonly version: number;
  /** Everything the files were made from: the client's page key, Recap's code, what the site is. */
  readonly key: string;
  /** By path in the client's folder of the site. */
  readonly files: Readonly<Record<string, string>>;
  /** Each file's size and modification time when it was hashed, by path. */
  readonly stats: Readonly<Record<string, readonly [size: number, modified: number]>>;
}

export class OutputCache {
  readonly #folder: string;
  /** Entries found damaged or foreign, by client. */
  readonly ignored: string[] = [];

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** The client's entry for these inputs, checked file by file; null when there is none to trust. */
  reusable(slug: string, key: string): OutputEntry | null {
    const recordFile = path.join(this.#folder, `${slug}.json`);
    if (!existsSync(recordFile)) return null;
    let entry: OutputEntry;
    try {
      entry = JSON.parse(readFileSync(recordFile, 'utf8')) as OutputEntry;
    } catch {
      this.ignored.push(slug);
      return null;
    }
    if (
      entry?.version !== RECORD_VERSION ||
      typeof entry.files !== 'object' ||
      entry.files === null ||
      typeof entry.stats !== 'object' ||
      entry.stats === null
    ) {
      this.ignored.push(slug);
      return null;
    }
    if (entry.key !== key) return null;
    const folder = path.join(this.#folder, slug);
    const intact = Object.entries(entry.files).every(([file, hash]) => {
      const full = path.join(folder, file);
      if (!existsSync(full)) return false;
      const recorded = entry.stats[file];
      return (recorded !== undefined && sameStat(statOf(full), recorded)) || sha256(full) === hash;
    });
    // Only recorded files are ever placed: a stray file in the folder is never published.
    if (!intact) {
      this.ignored.push(slug);
      return null;
    }
    return entry;
  }

  /** Puts an entry's files into a built site's folder for the client. */
  place(slug: string, entry: OutputEntry, into: string): void {
    const from = path.join(this.#folder, slug);
    const made = new Set<string>();
    for (const file of Object.keys(entry.files)) {
      const target = path.join(into, file);
      const folder = path.dirname(target);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      linkOrCopy(path.join(from, file), target);
    }
  }

  /** Keeps the client's files as just built, replacing what was kept of it before. Returns their hashes. */
  keep(slug: string, key: string, from: string, files: readonly string[]): OutputEntry {
    const folder = path.join(this.#folder, slug);
    const partial = `${folder}.partial`;
    rmSync(partial, { recursive: true, force: true });
    const hashes: Record<string, string> = {};
    const stats: Record<string, readonly [number, number]> = {};
    for (const file of files) {
      const target = path.join(partial, file);
      mkdirSync(path.dirname(target), { recursive: true });
      linkOrCopy(path.join(from, file), target);
      stats[file] = statOf(target);
      hashes[file] = sha256(target);
    }
    const entry: OutputEntry = { version: RECORD_VERSION, key, files: hashes, stats };
    rmSync(folder, { recursive: true, force: true });
    renameSync(partial, folder);
    writeFileSync(path.join(this.#folder, `${slug}.json`), JSON.stringify(entry));
    return entry;
  }
}

/** The files of a client in a built site: its folder on the combined site, all but the site's own files on its own site. */
export function clientFiles(siteRoot: string, folder: string): string[] {
  const root = path.join(siteRoot, folder);
  if (!existsSync(root)) return [];
  return filesBelow(root).filter(
    (file) => folder !== '' || !SITE_FILES.some((site) => (site.endsWith('/') ? file.startsWith(site) : file === site)),
  );
}

/** A hard link shares the bytes; on another disk, or where links are refused, a copy. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function statOf(file: string): readonly [number, number] {
  const stat = statSync(file);
  return [stat.size, stat.mtimeMs];
}

function sameStat(a: readonly [number, number], b: readonly [number, number]): boolean {
  return Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('base64url');
}

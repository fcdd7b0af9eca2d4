/**
 * What a build published, kept in the build cache: a fingerprint of everything the site
 * was made from, and a hash of every file it wrote. When a rebuild finds the same
 * fingerprint and the output folder exactly as it was written, there is nothing to do:
 * the site is up to date. Anything else (a changed input, a file edited or missing in
 * the output, a damaged record) and the site is built as usual.
 */
import { createHash, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from './output-cache.ts';
import { cacheFolder } from './workspace.ts';
import { filesBelow } from './files-below.ts';

const RECORD_VERSION = 1;
/** As many rounds as the unlock page's key: the record says no more about a password than the site does. */
const PASSWORD_ROUNDS = 600_000;

interface PasswordCheck {
  readonly salt: string;
  readonly hash: string;
}

interface Record {
  readonly version: number;
  readonly fingerprint: string;
  /** Every file of the output folder, by its path in it, with the SHA-256 of its bytes. */
  readonly files: Readonly<{ [file: string]: string }>;
  /** Per protected client, whether the password is still the one the pages were sealed with. */
  readonly passwords: Readonly<{ [slug: string]: PasswordCheck }>;
}

export class PublishedRecord {
  readonly #file: string;

  constructor(outDir: string, root: string = process.cwd()) {
    const id = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16);
    this.#file = path.join(cacheFolder(root), 'published', `${id}.json`);
  }

  /** Whether the output folder holds exactly what a build of the same inputs and passwords wrote. */
  upToDate(outDir: string, fingerprint: string, passwords: ReadonlyMap<string, string>): boolean {
    let record: Record;
    try {
      record = JSON.parse(readFileSync(this.#file, 'utf8')) as Record;
    } catch {
      return false;
    }
    if (record?.version !== RECORD_VERSION || record.fingerprint !== fingerprint) return false;
    const checks = record.passwords ?? {};
    if (Object.keys(checks).sort().join() !== [...passwords.keys()].sort().join()) return false;
    for (const [slug, password] of passwords) {
      const check = checks[slug]!;
      const derived = pbkdf2Sync(password, Buffer.from(check.salt, 'base64'), PASSWORD_ROUNDS, 32, 'sha256');
      const expected = Buffer.from(check.hash, 'base64');
      if (expected.length !== derived.length || !timingSafeEqual(expected, derived)) return false;
    }
    const files = outputFiles(outDir);
    const recorded = Object.keys(record.files ?? {});
    if (files.length !== recorded.length) return false;
    return files.every((file) => record.files[file] === sha256(path.join(outDir, file)));
  }

  /** `known`: hashes the build already has, by path in the output folder; the other files are read. */
  write(
    outDir: string,
    fingerprint: string,
    passwords: ReadonlyMap<string, string>,
    known: ReadonlyMap<string, string> = new Map(),
  ): void {
    const files = Object.fromEntries(
      outputFiles(outDir).map((file) => [file, known.get(file) ?? sha256(path.join(outDir, file))]),
    );
    const checks = Object.fromEntries(
      [...passwords].map(([slug, password]) => {
        const salt = randomBytes(16);
        return [
          slug,
          {
            salt: salt.toString('base64'),
            hash: pbkdf2Sync(password, salt, PASSWORD_ROUNDS, 32, 'sha256').toString('base64'),
          },
        ];
      }),
    );
    const record: Record = { version: RECORD_VERSION, fingerprint, files, passwords: checks };
    mkdirSync(path.dirname(this.#file), { recursive: true });
    writeFileSync(`${this.#file}.partial`, JSON.stringify(record));
    renameSync(`${this.#file}.partial`, this.#file);
  }
}

function outputFiles(outDir: string): string[] {
  return existsSync(outDir) ? filesBelow(outDir) : [];
}

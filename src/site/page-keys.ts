/**
 * What a client's pages depend on besides Recap's code, which Astro hashes itself: the
 * client's folder (data, client.yaml, notes, logo, own template), the shared templates
 * and public files, and Recap's version. A page whose key is unchanged since the last
 * build is copied from the build cache instead of rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SHARED_FOLDERS = ['templates', 'public'];

/** A file's SHA-256; a build passes one that remembers the files it hashed before (src/publish/file-digests.ts). */
export type DigestOf = (file: string) => string;

export function clientPageKey(
  dataDir: string,
  slug: string,
  root: string = process.cwd(),
  digestOf: DigestOf = fileDigest,
): string {
  const hash = createHash('sha256');
  hash.update(`recap ${recapVersion(root)}\n`);
  for (const folder of SHARED_FOLDERS) hashFolder(hash, path.join(root, folder), folder, digestOf);
  hashFolder(hash, path.resolve(dataDir, slug), slug, digestOf);
  return hash.digest('base64url');
}

export function fileDigest(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    // Ingest reports what cannot be read; the key only needs to differ from a readable file's.
    return 'unreadable';
  }
  return createHash('sha256').update(bytes).digest('base64url');
}

function recapVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every file's path and digest, in a fixed order; a link is read as the file it points to, as ingest reads it. */
function hashFolder(hash: ReturnType<typeof createHash>, folder: string, name: string, digestOf: DigestOf): void {
  if (!existsSync(folder)) return;
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of entries) hash.update(`${name}/${path.relative(folder, file)}\0${digestOf(file)}\n`);
}

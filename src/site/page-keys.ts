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

export function clientPageKey(dataDir: string, slug: string, root: string = process.cwd()): string {
  const hash = createHash('sha256');
  hash.update(`recap ${recapVersion(root)}\n`);
  for (const folder of SHARED_FOLDERS) hashFolder(hash, path.join(root, folder), folder);
  hashFolder(hash, path.resolve(dataDir, slug), slug);
  return hash.digest('base64url');
}

function recapVersion(root: string): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every file's path and bytes, in a fixed order; a link is read as the file it points to, as ingest reads it. */
function hashFolder(hash: ReturnType<typeof createHash>, folder: string, name: string): void {
  if (!existsSync(folder)) return;
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of entries) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      // Ingest reports what cannot be read; the key only needs to differ from a readable file's.
      bytes = Buffer.from('unreadable');
    }
    hash.update(`${name}/${path.relative(folder, file)}\0${bytes.length}\0`);
    hash.update(bytes);
  }
}

/**
 * A file system held in memory, for loadDataDir's `fileSystem` seam: files by path
 * (relative to `root`, the working directory unless given, so that problems name them
 * as they would name files on disk), and the folders those paths pass through. It has
 * no links: the link checks are the real file system's (hostile-paths.test.ts).
 */
import path from 'node:path';
import type { EntryKind, FileSystem } from '../../src/ingest/file-system.ts';

export function memoryFileSystem(files: Record<string, string | Uint8Array>, root = process.cwd()): FileSystem {
  const contents = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  for (const [name, content] of Object.entries(files)) {
    const full = path.resolve(root, name);
    contents.set(full, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    for (let dir = path.dirname(full); !folders.has(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  const kind = (file: string): 'file' | 'folder' | null => {
    const full = path.resolve(file);
    return contents.has(full) ? 'file' : folders.has(full) ? 'folder' : null;
  };
  return {
    stat(file) {
      const found = kind(file);
      if (found === null) return null;
      return { kind: found, size: contents.get(path.resolve(file))?.length ?? 0 };
    },
    lstat: kind,
    realpath: (file) => (kind(file) === null ? null : path.resolve(file)),
    readlink: () => null,
    list(folder) {
      const full = path.resolve(folder);
      if (!folders.has(full)) throw new Error(`ENOENT: no such folder in memory, ${folder}`);
      const entries: Array<{ name: string; kind: EntryKind }> = [];
      for (const file of contents.keys()) {
        if (path.dirname(file) === full) entries.push({ name: path.basename(file), kind: 'file' });
      }
      for (const dir of folders) {
        if (dir !== full && path.dirname(dir) === full) entries.push({ name: path.basename(dir), kind: 'folder' });
      }
      return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    readFile(file) {
      const bytes = contents.get(path.resolve(file));
      if (bytes === undefined) throw new Error(`ENOENT: no such file in memory, ${file}`);
      return bytes;
    },
  };
}

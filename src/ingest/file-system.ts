/**
 * The file system as loading a data folder sees it: every file of the data folder,
 * and of the templates and public folders, is looked at and read through this seam.
 * loadDataDir uses the real one unless given another, so that a test can hand it a
 * data folder held in memory.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';

/** What an entry is itself: a symbolic link is a link, whatever it points to. */
export type EntryKind = 'file' | 'folder' | 'link' | 'other';

export interface FileSystem {
  /** What is at `path`, links followed, and its size in bytes; null when nothing is (a dangling link). */
  stat(path: string): { readonly kind: 'file' | 'folder' | 'other'; readonly size: number } | null;
  /** What `path` itself is, a link not followed; null when nothing is. */
  lstat(path: string): EntryKind | null;
  /** The real path, every link on the way resolved; null when it leads nowhere. */
  realpath(path: string): string | null;
  /** What a link says it points to, as written in it; null when `path` is no link. */
  readlink(path: string): string | null;
  /** The entries of a folder, each with what it is itself. */
  list(folder: string): Array<{ readonly name: string; readonly kind: EntryKind }>;
  readFile(path: string): Uint8Array;
}

function kindOf(stats: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink'>): EntryKind {
  return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : stats.isSymbolicLink() ? 'link' : 'other';
}

/** The machine's own file system. */
export const nodeFileSystem: FileSystem = {
  // As existsSync, anything that keeps a path from being reached (a file where a folder
  // should be, a loop of links) counts as nothing there.
  stat(path) {
    try {
      const stats = statSync(path);
      return { kind: stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other', size: stats.size };
    } catch {
      return null;
    }
  },
  lstat(path) {
    try {
      return kindOf(lstatSync(path));
    } catch {
      return null;
    }
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  },
  readlink(path) {
    try {
      return readlinkSync(path);
    } catch {
      return null;
    }
  },
  list(folder) {
    return readdirSync(folder, { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kindOf(entry) }));
  },
  readFile(path) {
    return readFileSync(path);
  },
};

/**
 * Which files of the data folder Recap may read, decided on their real paths.
 *
 * A symbolic link is followed only when it resolves inside the data folder (or, for a
 * shared logo, inside public/): anyone who can open a pull request against data/
 * could otherwise commit `logo.svg -> /etc/passwd` and have the machine that builds
 * the site publish its files. A link that resolves inside is read like the file or
 * folder it points to; one that points nowhere, or to something that is neither a
 * file nor a folder (a pipe, a device), is a problem at the link.
 */
import { constants } from 'node:buffer';
import path from 'node:path';
import type { FileSystem } from './file-system.ts';
import { quote, type Problem } from './problems.ts';

export type Shown = (absolute: string) => string;

/** A folder whose real path bounds what may be read through it. */
export interface Boundary {
  /** Its real path. */
  readonly real: string;
  /** As the messages name it: "data/", "public/". */
  readonly name: string;
}

export function boundary(folder: string, shown: Shown, fs: FileSystem): Boundary {
  const absolute = path.resolve(folder);
  // A folder that does not exist holds nothing to read; its own checks say so.
  const real = fs.realpath(absolute) ?? absolute;
  return { real, name: `${shown(absolute)}/` };
}

export function isInside(real: string, bound: Boundary): boolean {
  return real === bound.real || real.startsWith(bound.real + path.sep);
}

export type Entry = { readonly kind: 'file' | 'folder'; readonly real: string } | { readonly problem: Problem };

/**
 * What `file` is once links are followed: a file or a folder inside one of `bounds`,
 * else a problem located at `file` (the first line of it, as a person opens it).
 */
export function resolveEntry(file: string, bounds: readonly Boundary[], shown: Shown, fs: FileSystem): Entry {
  const problem = (message: string): Entry => ({ problem: { file: shown(file), line: 1, column: 1, message } });
  const real = fs.realpath(file);
  if (real === null) {
    return problem(`found a symbolic link to ${quote(linkText(file, fs))}, which does not exist, expected a file`);
  }
  if (!bounds.some((bound) => isInside(real, bound))) {
    const inside = bounds.map((bound) => bound.name).join(' or ');
    return problem(
      `found a symbolic link to ${quote(linkText(file, fs))}, which leads outside ${inside}, expected a file inside ${inside} (Recap follows links only within it, so that no file of the machine that builds the site is published): copy the file in instead`,
    );
  }
  const kind = fs.stat(real)?.kind;
  if (kind === 'file' || kind === 'folder') return { kind, real };
  return problem(
    `found ${fs.lstat(file) === 'link' ? `a symbolic link to ${quote(linkText(file, fs))}, ` : ''}something that is neither a file nor a folder (a pipe or a device), expected a file`,
  );
}

function linkText(file: string, fs: FileSystem): string {
  return fs.readlink(file) ?? path.basename(file);
}

/**
 * Every file under `folder`, subfolders included, sorted, hidden ones (.git, .DS_Store)
 * left out. Links are followed within `bound`; a folder reached twice through links
 * (a link to a parent) is read once.
 */
export function listFiles(
  folder: string,
  bound: Boundary,
  shown: Shown,
  problems: Problem[],
  fs: FileSystem,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, real: string) => {
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of fs.list(dir)) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.kind === 'file') {
        out.push(full);
      } else if (entry.kind === 'folder') {
        walk(full, path.join(real, entry.name));
      } else if (entry.kind === 'link') {
        const resolved = resolveEntry(full, [bound], shown, fs);
        if ('problem' in resolved) problems.push(resolved.problem);
        else if (resolved.kind === 'file') out.push(full);
        else walk(full, resolved.real);
      } else {
        const resolved = resolveEntry(full, [bound], shown, fs);
        if ('problem' in resolved) problems.push(resolved.problem);
      }
    }
  };
  walk(folder, fs.realpath(folder) ?? folder);
  return out.sort();
}

/** The longest text a JavaScript string can hold: a larger CSV cannot be read whole. */
export const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

/**
 * A file's bytes, unless it is larger than `limit`: then a problem giving its size, the
 * limit and `advice`, found from the file system before anything is read.
 */
export function readLimited(
  file: string,
  shownFile: string,
  limit: number,
  advice: string,
  fs: FileSystem,
): { bytes: Uint8Array } | { problem: Problem } {
  const size = fs.stat(file)?.size ?? 0;
  if (size > limit) {
    return {
      problem: {
        file: shownFile,
        line: 1,
        column: 1,
        message: `found a file of ${bytesText(size)}, expected at most ${bytesText(limit)}: ${advice}`,
      },
    };
  }
  return { bytes: fs.readFile(file) };
}

function bytesText(bytes: number): string {
  const mib = bytes / 2 ** 20;
  return `${bytes.toLocaleString('en-US')} bytes (${mib.toFixed(mib < 10 ? 2 : 1)} MiB)`;
}

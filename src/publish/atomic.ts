/**
 * Publishing a build all at once or not at all. The site is built into a staging
 * folder beside the output folder (the same disk, so the swap is a rename), and the
 * previous site is replaced only when the whole build succeeded. A failed or
 * interrupted build leaves the previous site exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Staging folders are named after the output folder, so a later build can clear what an interrupted one left. */
const STAGING_MARK = '.building-';
const PREVIOUS_MARK = '.previous-';
/** A replaced site on its way out: never put back, only removed. */
const REMOVING_MARK = '.removing-';

export interface Staging {
  /** Where the build writes the new site. */
  readonly folder: string;
  /** Replaces the output folder with the staging folder. */
  publish(): void;
  /** Throws the staging folder away; the output folder stays as it was. */
  discard(): void;
}

export function stage(outDir: string, id: string = `${process.pid}`): Staging {
  const parent = path.dirname(outDir);
  const name = path.basename(outDir);
  mkdirSync(parent, { recursive: true });
  clearLeftovers(parent, name, outDir);
  const folder = path.join(parent, `.${name}${STAGING_MARK}${id}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  let done = false;
  return {
    folder,
    publish() {
      if (done) throw new Error('This build was already published or discarded');
      done = true;
      const previous = path.join(parent, `.${name}${PREVIOUS_MARK}${id}`);
      const hadPrevious = existsSync(outDir);
      if (hadPrevious) renameSync(outDir, previous);
      try {
        renameSync(folder, outDir);
      } catch (error) {
        if (hadPrevious) renameSync(previous, outDir);
        throw error;
      }
      if (hadPrevious) removeInBackground(previous, path.join(parent, `.${name}${REMOVING_MARK}${id}`));
    },
    discard() {
      done = true;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * What an interrupted build left beside the output folder. A staging folder was never
 * published; a previous site whose replacement never arrived is put back. Folders of a
 * build still running are left alone.
 */
function clearLeftovers(parent: string, name: string, outDir: string): void {
  for (const entry of readdirSync(parent)) {
    const staging = entry.startsWith(`.${name}${STAGING_MARK}`);
    const previous = entry.startsWith(`.${name}${PREVIOUS_MARK}`);
    const removing = entry.startsWith(`.${name}${REMOVING_MARK}`);
    if (!staging && !previous && !removing) continue;
    const folder = path.join(parent, entry);
    if (removing) {
      removeQuietly(folder);
      continue;
    }
    if (isRunning(Number(entry.slice(entry.lastIndexOf('-') + 1)))) continue;
    if (previous && !existsSync(outDir)) renameSync(folder, outDir);
    else rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Removing a replaced site of thousands of files took half a second of a one-client
 * rebuild; the new site is already in place, so a detached process removes the old one
 * after the build has ended. What it leaves (stopped, or never started) is removed by
 * the next build.
 */
function removeInBackground(previous: string, removing: string): void {
  try {
    // Renamed first, so that no later build mistakes it for a site to put back.
    renameSync(previous, removing);
    const child = spawn(
      process.execPath,
      ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', removing],
      { detached: true, stdio: 'ignore' },
    );
    child.on('error', () => removeQuietly(removing));
    child.unref();
  } catch {
    // A folder of that name still on its way out (the same build id before): remove both here.
    removeQuietly(previous);
    removeQuietly(removing);
  }
}

/** A background removal may be at work on the same folder: what it took first is not an error. */
function removeQuietly(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Left for the next build.
  }
}

export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

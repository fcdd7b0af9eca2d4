/**
 * The measuring parts of `npm run bench:site`: one build as a whole child process
 * (its wall time and peak memory), the caches a cold build must not find, and what a
 * build wrote.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Where a Recap build may keep anything between builds, relative to the project: a
 * cold build ("a fresh clone with no cache") finds none of them. A cache added to
 * Recap belongs in this list.
 */
export const RECAP_CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite', '.recap-cache'];
/** Each running build's scratch folder is `.recap-build/<pid>/`: only those of finished builds are removed. */
const SCRATCH = '.recap-build';
/** What the bare project's build leaves in its own folder (its cacheDir is set apart by the benchmark). */
export const BARE_CACHES = ['bench/bare-astro/.astro', 'bench/bare-astro/node_modules'];

export function removeCaches(root: string, folders: readonly string[]): void {
  for (const folder of folders) rmSync(path.join(root, folder), { recursive: true, force: true });
  const scratch = path.join(root, SCRATCH);
  if (!existsSync(scratch)) return;
  for (const entry of readdirSync(scratch)) {
    if (!isRunning(Number(entry))) rmSync(path.join(scratch, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// ---------------------------------------------------------------------------------------
// A timed build

export interface Timed {
  /** Wall time from spawning the process to its exit, start-up and imports included. */
  readonly seconds: number;
  /**
   * GNU time's "maximum resident set size" in megabytes (10^6 bytes): Linux's ru_maxrss of the child as
   * wait4 reports it, the largest of the process and of each descendant it waited for, each alone, not
   * their sum. Null without /usr/bin/time.
   */
  readonly peakMb: number | null;
  /**
   * User + system CPU seconds of the process and its waited-for descendants (GNU time's %U + %S):
   * less swayed than wall time by other work on a shared machine. Null without /usr/bin/time.
   */
  readonly cpuSeconds: number | null;
}

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME);
let running: ChildProcess | null = null;

/** Stops the build that is running, if any (on Ctrl-C, so that no build outlives the benchmark). */
export function stopRunning(): void {
  if (running?.pid) {
    try {
      process.kill(running.pid, 'SIGTERM');
    } catch {
      // It has just finished.
    }
  }
}

/**
 * Runs `command` with its output in `logFile`; rejects with the log's last lines when
 * it fails, because a benchmark must not time an error path.
 */
export function timedRun(command: readonly string[], env: NodeJS.ProcessEnv, logFile: string): Promise<Timed> {
  const peakFile = `${logFile}.peak`;
  const argv = HAS_GNU_TIME ? [GNU_TIME, '-f', '%M %U %S', '-o', peakFile, ...command] : [...command];
  const log = openSync(logFile, 'w');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', log, log] });
    running = child;
    child.on('error', (error) => {
      closeSync(log);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      running = null;
      closeSync(log);
      if (code !== 0) {
        const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-15).join('\n');
        reject(
          new Error(
            `${command.join(' ')} ${signal ? `was stopped by ${signal}` : `exited with ${code}`}; the end of ${logFile}:\n${tail}`,
          ),
        );
        return;
      }
      let peakMb: number | null = null;
      let cpuSeconds: number | null = null;
      if (HAS_GNU_TIME) {
        // GNU time writes "Command exited ..." lines before the figures when the command fails; here it did not.
        const [kb, user, system] = readFileSync(peakFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        if (Number.isFinite(kb)) peakMb = (kb! * 1024) / 1e6;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
        rmSync(peakFile, { force: true });
      }
      resolve({ seconds, peakMb, cpuSeconds });
    });
  });
}

// ---------------------------------------------------------------------------------------
// What a build wrote

export interface SiteFiles {
  readonly pages: number;
  readonly dataJson: number;
  readonly htmlBytes: number;
}

function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function siteFiles(root: string): SiteFiles {
  let pages = 0;
  let dataJson = 0;
  let htmlBytes = 0;
  for (const file of filesBelow(root)) {
    if (file.endsWith('.html')) {
      pages++;
      htmlBytes += readFileSync(file).length;
    } else if (path.basename(file) === 'data.json') dataJson++;
  }
  return { pages, dataJson, htmlBytes };
}

/** Each file's SHA-256 by its path in the site, to tell which files two builds wrote differently. */
export function siteHashes(root: string): Map<string, string> {
  return new Map(
    filesBelow(root).map((file) => [
      path.relative(root, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

/** The files that are new, gone or different in `after`. */
export function changedFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed = [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
  const gone = [...before.keys()].filter((file) => !after.has(file));
  return [...changed, ...gone].sort();
}

/** The SHA-256 of every file below `root`, names and bytes, in a fixed order. */
export function folderHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of filesBelow(root).sort()) {
    hash
      .update(path.relative(root, file).split(path.sep).join('/'))
      .update('\0')
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/**
 * The sample site (data/), built once per test run and shared by every browser test
 * file that reads it: a build takes longer than most test files. The first file to
 * ask builds it while holding a lock folder; the others wait for it. The run is the
 * Vitest process that started the test workers, so a new run builds afresh.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSite } from './build-site.ts';

export const SAMPLE_BASE = '/recap/';
const PREFIX = 'recap-sample-site-';
const WAIT_MS = 10 * 60_000;

export async function sampleSite(): Promise<string> {
  const run = process.ppid;
  const home = path.join(tmpdir(), `${PREFIX}${run}`);
  const done = path.join(home, 'built');
  const failed = path.join(home, 'failed');
  clearOldRuns(run);
  try {
    mkdirSync(home);
  } catch {
    return waitFor(done, failed);
  }
  try {
    const outDir = buildSite({ dataDir: 'data', base: SAMPLE_BASE });
    writeFileSync(done, outDir);
    return outDir;
  } catch (error) {
    writeFileSync(failed, String(error));
    throw error;
  }
}

async function waitFor(done: string, failed: string): Promise<string> {
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    if (existsSync(done)) return readFileSync(done, 'utf8');
    if (existsSync(failed)) throw new Error(`the sample site did not build:\n${readFileSync(failed, 'utf8')}`);
    await sleep(250);
  }
  throw new Error('the sample site was not built in 10 minutes');
}

/** Sites of earlier test runs, whose Vitest has ended. */
function clearOldRuns(run: number): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(PREFIX)) continue;
    const pid = Number(entry.slice(PREFIX.length));
    if (pid === run || isRunning(pid)) continue;
    const home = path.join(tmpdir(), entry);
    const built = path.join(home, 'built');
    if (existsSync(built)) rmSync(readFileSync(built, 'utf8'), { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

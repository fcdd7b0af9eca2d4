/** Runs `npm run build` as a user would (scripts/build.ts in a process of its own), for the tests. */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The day the tests' builds count as today, so what depends on the date (stale data) is the same every run. */
export const FROZEN_TODAY = '2026-11-30';

/**
 * Runs the build. Tests build without the build cache (it would keep a copy of every test's
 * site in the project's .recap-cache) unless `withCache` says they are about the cache.
 */
export function runBuild(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  options: { withCache?: boolean } = {},
): SpawnSyncReturns<string> {
  // Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env; Vite would read them as the site's own.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const cacheArgs = options.withCache ? [] : ['--no-cache'];
  return spawnSync(process.execPath, ['scripts/build.ts', ...args, ...cacheArgs], {
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', RECAP_TODAY: FROZEN_TODAY, ...env },
    encoding: 'utf8',
  });
}

/** Builds into a new temporary folder and returns it; throws with the build's output if it fails. */
export function buildSite(options: {
  dataDir: string;
  base?: string;
  args?: readonly string[];
  env?: NodeJS.ProcessEnv;
}): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'recap-site-'));
  const build = runBuild(['--outDir', outDir, ...(options.args ?? [])], {
    DATA_DIR: options.dataDir,
    ...(options.base !== undefined ? { BASE_PATH: options.base } : {}),
    ...options.env,
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  return outDir;
}

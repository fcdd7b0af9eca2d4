/** Builds the site into a temporary folder, as `npm run build` would, for the browser tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function buildSite(options: { dataDir: string; base: string }): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'recap-site-'));
  // Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env; Vite would read them as the site's own.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    env: { ...env, BASE_PATH: options.base, DATA_DIR: options.dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  return outDir;
}

/**
 * A build publishes all or nothing: whatever stops it (bad data, a page that fails to
 * render, Ctrl-C), the site that was there before is left exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stage } from '../../src/publish/atomic.ts';
import { WORKSPACES } from '../../src/publish/workspace.ts';
import { FROZEN_TODAY, runBuild } from '../browser/build-site.ts';
import { ACME, writeSmallClient } from './small-clients.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-atomic-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A published site stand-in: a file whose bytes the test can check afterwards. */
function previousSite(parent: string): string {
  const outDir = path.join(parent, 'dist');
  mkdirSync(path.join(outDir, 'old-month'), { recursive: true });
  writeFileSync(path.join(outDir, 'old-month', 'index.html'), '<p>last month, as published</p>');
  return outDir;
}

function assertUntouched(outDir: string): void {
  expect(readFileSync(path.join(outDir, 'old-month', 'index.html'), 'utf8')).toBe('<p>last month, as published</p>');
  expect(readdirSync(outDir)).toEqual(['old-month']);
  // No staging folder is left beside it.
  expect(readdirSync(path.dirname(outDir)).filter((name) => name.startsWith('.dist'))).toEqual([]);
}

describe('staging a build', () => {
  it('replaces the output folder only on publish, and removes the old site after', async () => {
    const outDir = previousSite(tempDir());
    const staging = stage(outDir, 'test');
    writeFileSync(path.join(staging.folder, 'index.html'), 'new');
    assertUntouchedButStaging(outDir);
    staging.publish();
    expect(readdirSync(outDir)).toEqual(['index.html']);
    // The replaced site goes in a process of its own, after the build.
    for (let waited = 0; readdirSync(path.dirname(outDir)).length > 1; waited += 50) {
      if (waited > 20_000) throw new Error(`the old site was never removed: ${readdirSync(path.dirname(outDir))}`);
      await sleep(50);
    }
    expect(readdirSync(path.dirname(outDir))).toEqual(['dist']);
  });

  it('never puts back a replaced site that was on its way out, and removes what is left of it', () => {
    const parent = tempDir();
    const outDir = path.join(parent, 'dist');
    const removing = path.join(parent, '.dist.removing-999999997');
    mkdirSync(path.join(removing, 'old-month'), { recursive: true });
    writeFileSync(path.join(removing, 'old-month', 'index.html'), 'half removed');
    const staging = stage(outDir, 'test');
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(removing)).toBe(false);
    staging.discard();
  });

  it('leaves the output folder as it was when discarded', () => {
    const outDir = previousSite(tempDir());
    const staging = stage(outDir, 'test');
    writeFileSync(path.join(staging.folder, 'index.html'), 'new');
    staging.discard();
    assertUntouched(outDir);
  });

  it('clears what an interrupted build left, and puts back a site whose replacement never arrived', () => {
    const parent = tempDir();
    const outDir = previousSite(parent);
    // A build that died between moving the old site aside and moving the new one in.
    mkdirSync(path.join(parent, '.dist.building-999999999'));
    writeFileSync(path.join(parent, '.dist.building-999999999', 'half.html'), 'half');
    rmSync(path.join(parent, '.dist.previous-999999998'), { recursive: true, force: true });
    const aside = path.join(parent, '.dist.previous-999999998');
    mkdirSync(aside);
    rmSync(outDir, { recursive: true });
    mkdirSync(path.join(aside, 'old-month'));
    writeFileSync(path.join(aside, 'old-month', 'index.html'), '<p>last month, as published</p>');
    const staging = stage(outDir, 'test');
    staging.discard();
    assertUntouched(outDir);
  });

  function assertUntouchedButStaging(outDir: string): void {
    expect(readFileSync(path.join(outDir, 'old-month', 'index.html'), 'utf8')).toBe('<p>last month, as published</p>');
  }
});

describe('a build that fails or is stopped', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = tempDir();
    writeSmallClient(dataDir, ACME);
  });

  it('leaves the previous site when the data has problems, and says so', () => {
    const bad = tempDir();
    writeSmallClient(bad, ACME);
    writeFileSync(path.join(bad, ACME.slug, 'extra.csv'), 'date,platform,impressions\n2026-10-01,instagram,12x\n');
    const outDir = previousSite(tempDir());
    const result = runBuild(['--outDir', outDir], { DATA_DIR: bad });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('extra.csv:2:');
    expect(result.stderr).toContain(
      `Build stopped: fix the problems above (npm run validate checks again). The site in ${outDir}/ was not updated.`,
    );
    assertUntouched(outDir);
  });

  it('leaves the previous site when a page fails to render after the data passed', () => {
    const broken = tempDir();
    writeSmallClient(broken, ACME);
    // A client template that throws while the report page renders.
    writeFileSync(
      path.join(broken, ACME.slug, 'template.mdx'),
      "export const boom = () => { throw new Error('the template broke'); };\n\n{boom()}\n",
    );
    const outDir = previousSite(tempDir());
    const result = runBuild(['--outDir', outDir], { DATA_DIR: broken });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the template broke');
    expect(result.stderr).toContain(
      `Build stopped: the build stopped before the site was complete. The site in ${outDir}/ was not updated.`,
    );
    assertUntouched(outDir);
  });

  it('leaves the previous site when it is interrupted half-way, and says so', async () => {
    const parent = tempDir();
    const outDir = previousSite(parent);
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir, '--no-cache'], {
      env: { ...env, DATA_DIR: dataDir, RECAP_TODAY: FROZEN_TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until Astro has started writing the site (in the build's workspace, as the output
    // folder is outside the project), then stop the build.
    const staging = () => readdirSync(parent).find((name) => name.startsWith('.dist.building-'));
    const astroSite = path.join(WORKSPACES, String(child.pid), 'site');
    for (let waited = 0; !(staging() && existsSync(astroSite) && readdirSync(astroSite).length > 0); waited += 50) {
      if (waited > 120_000) throw new Error('the build never started writing');
      await sleep(50);
    }
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(stderr).toContain(`Build interrupted. The site in ${outDir}/ was not updated.`);
    assertUntouched(outDir);
    expect(existsSync(path.join(parent, staging() ?? 'none'))).toBe(false);
    expect(existsSync(astroSite)).toBe(false);
  });
});

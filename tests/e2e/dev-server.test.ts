/**
 * `npm run dev` as someone editing a report meets it: a CSV value, client.yaml's name
 * and a note changed on disk show on the next request, without a restart; a broken
 * cell makes every page the located list of problems, and fixing it brings the report
 * back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = 4400 + Math.floor(Math.random() * 500);
const CSV = (impressions: string) =>
  `date,platform,followers,impressions,engagements\n2026-09,instagram,1000,50000,1500\n2026-10,instagram,1100,${impressions},2000\n`;

let dir: string;
let server: ChildProcess;
/** What the dev server printed to its terminal. */
let terminal = '';

async function page(url = '/acme/2026-10/'): Promise<{ status: number; html: string }> {
  const response = await fetch(`http://localhost:${PORT}${url}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
}

/** The watcher sees a change within a moment; ask until the page shows it. */
async function eventually(check: (html: string, status: number) => boolean): Promise<{ status: number; html: string }> {
  let last = await page();
  for (let waited = 0; !check(last.html, last.status) && waited < 10_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await page();
  }
  return last;
}

beforeAll(async () => {
  dir = makeDataDir({
    'acme/client.yaml': 'name: Acme Coffee\n',
    'acme/instagram.csv': CSV('60000'),
    'acme/notes/.keep': '',
  });
  // As a user's shell starts it: Vitest's own variables (VITEST, its Vite's MODE and BASE_URL) would change Astro's dev server.
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    env: { ...env, DATA_DIR: dir, RECAP_TODAY: '2026-11-30', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${output}`)), 60_000);
    server.stderr!.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    server.stdout!.on('data', (chunk: Buffer) => {
      terminal += chunk.toString();
      output += chunk.toString();
      if (output.includes(`localhost:${PORT}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}, 90_000);

afterAll(() => {
  server?.kill();
  cleanUpTempDirs();
});

describe('npm run dev', () => {
  it('shows a CSV value, the name in client.yaml and a note as they change, without a restart', async () => {
    // The first request may meet Vite still preparing its dependencies: ask until the report shows.
    expect((await eventually((html) => html.includes('60,000'))).html).toContain('60,000');
    writeFileSync(path.join(dir, 'acme', 'instagram.csv'), CSV('64000'));
    expect((await eventually((html) => html.includes('64,000'))).html).toContain('64,000');
    writeFileSync(path.join(dir, 'acme', 'client.yaml'), 'name: Acme Roasters\n');
    expect((await eventually((html) => html.includes('Acme Roasters'))).html).toMatch(/<title>Acme Roasters/);
    writeFileSync(path.join(dir, 'acme', 'notes', '2026-10.md'), 'October brought the **autumn menu**.\n');
    expect((await eventually((html) => html.includes('autumn menu'))).html).toContain('<strong>autumn menu</strong>');
  }, 60_000);

  it('serves the located problem of a broken cell, and the report again once it is fixed', async () => {
    writeFileSync(path.join(dir, 'acme', 'instagram.csv'), CSV('64x00'));
    const broken = await eventually((_, status) => status === 500);
    expect(broken.status).toBe(500);
    expect(broken.html).toContain('instagram.csv:3:24: impressions: found &quot;64x00&quot;, expected a number');
    // The terminal gets the same line, as npm run validate prints it.
    expect(terminal).toMatch(/instagram\.csv:3:24: impressions: found "64x00", expected a number/);
    writeFileSync(path.join(dir, 'acme', 'instagram.csv'), CSV('65000'));
    const fixed = await eventually((html, status) => status === 200 && html.includes('65,000'));
    expect(fixed.status, fixed.html).toBe(200);
    expect(terminal).toContain('The data has no problems now.');
  }, 60_000);
});

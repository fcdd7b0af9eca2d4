import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientReport } from '../../src/aggregate/monthly-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { formatMetric } from '../../src/present/format.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const BASE = '/recap/';
const SCREENSHOTS = path.resolve('screenshots');

describe.skipIf(!chromiumAvailable)('the built site in Chromium', () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'recap-site-'));
    // Built under a sub-path, as on a GitHub Pages project site, so every link must respect it.
    // Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env; Vite would read them as the site's own.
    const { BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
    const build = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      env: { ...env, BASE_PATH: BASE, DATA_DIR: 'data' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    server = await serveStatic(outDir, BASE);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  const client = 'northwind-outfitters';
  const expected = () => {
    const data = loadDataDir('data').clients.find((c) => c.slug === client)!;
    return buildClientReport(data)!;
  };

  it('navigates from the index to a client and on to its latest report', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}`);
    await page.getByRole('link', { name: 'Northwind Outfitters' }).click();
    await expect.poll(() => page.url()).toBe(`${server.origin}${BASE}${client}/`);
    await page.getByRole('link', { name: /Latest report/ }).click();
    const latest = expected().months.at(-1)!;
    await expect.poll(() => page.url()).toBe(`${server.origin}${BASE}${client}/${latest.month.id}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('November 2026');
    await page.close();
  });

  it('shows the numbers the pipeline computed', async () => {
    const report = expected();
    const october = report.months.find((m) => m.month.id === '2026-10')!;
    const page = await browser.newPage();
    await page.goto(`${server.origin}${BASE}${client}/2026-10/`);
    const style = { locale: 'en-US', currency: 'USD' };
    const allSection = page.locator('section', { has: page.getByRole('heading', { name: 'All platforms' }) });
    for (const metric of ['impressions', 'followers', 'roi', 'engagement_rate']) {
      const cell = allSection.locator(`tr[data-metric="${metric}"] td`).first();
      expect(await cell.textContent()).toBe(formatMetric(metric, october.platforms.all![metric]!.value, style));
    }
    await page.close();
  });

  it('publishes data.json beside every report', async () => {
    const response = await fetch(`${server.origin}${BASE}${client}/2026-10/data.json`);
    expect(response.status).toBe(200);
    const json = (await response.json()) as { client: string; period: string; partial: boolean };
    expect(json).toMatchObject({ client, period: '2026-10', partial: false });
    const file = JSON.parse(readFileSync(path.join(outDir, client, '2026-11', 'data.json'), 'utf8')) as {
      partial: boolean;
    };
    expect(file.partial).toBe(true);
  });

  it('reads at 375 px without horizontal scrolling or JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}${client}/2026-11/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-phone.png'), fullPage: true });
    await context.close();
  });

  it('takes a desktop screenshot of a report', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${BASE}${client}/2026-10/`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-desktop.png'), fullPage: true });
    expect(await page.locator('h1').textContent()).toContain('October 2026');
    await page.close();
  });
});

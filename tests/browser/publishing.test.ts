/**
 * The sample site as its three readers meet it once published: the agency's portfolio,
 * a link pasted into a chat, and a reader with a screen reader (axe-core's audit).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateGoals } from '../../src/aggregate/goals.ts';
import { buildClientReport, type ClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { formatChange, formatMetric, numberStyle } from '../../src/present/format.ts';
import { FROZEN_TODAY } from './build-site.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { sampleSite, SAMPLE_BASE } from './sample-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

/** axe-core impacts that fail the audit. */
const BLOCKING = ['serious', 'critical'];

describe.skipIf(!chromiumAvailable)('the published sample site', () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  let reports: Map<string, ClientReport>;
  const url = (page: string) => `${server.origin}${SAMPLE_BASE}${page}`;

  beforeAll(async () => {
    outDir = await sampleSite();
    server = await serveStatic(outDir, SAMPLE_BASE);
    browser = await launchChromium();
    reports = new Map(loadDataDir('data').clients.map((client) => [client.slug, buildClientReport(client)!] as const));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page in a context of its own, as axe-core asks for. */
  async function open(page: string): Promise<Page> {
    const context = await browser.newContext();
    const tab = await context.newPage();
    tab.on('close', () => void context.close());
    await tab.goto(url(page));
    return tab;
  }

  describe("the agency's portfolio", () => {
    it("lists every client with its latest month's figures as the pipeline computed them", async () => {
      const page = await open('');
      const rows = page.locator('ul.clients > li');
      expect(await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-client')))).toEqual([
        'alpenblick-hotels',
        'northwind-outfitters',
        'narenj-bakery',
      ]);
      const northwind = reports.get('northwind-outfitters')!;
      const latest = northwind.months.at(-1)!.platforms.all!;
      const style = numberStyle(northwind.client.config);
      const row = page.locator('li[data-client="northwind-outfitters"]');
      expect(await row.locator('[data-metric="roi"] dd').innerText()).toBe(
        `${formatMetric('roi', latest.roi!.value, style)} ${formatChange('roi', latest.roi!.mom, style)}`,
      );
      expect(await row.locator('[data-metric="value"] dd').innerText()).toBe(
        `${formatMetric('value', latest.value!.value, style)} ${formatChange('value', latest.value!.mom, style)}`,
      );
      await page.close();
    });

    it('draws the ROI trend with its reading in words, and names the goals at risk or off track', async () => {
      const page = await open('');
      const row = page.locator('li[data-client="northwind-outfitters"]');
      const sparkline = row.locator('svg.sparkline[role="img"]');
      expect(await sparkline.getAttribute('aria-label')).toMatch(/^ROI from Nov 2025 to Nov 2026: .+ to .+$/);
      expect(await sparkline.locator('path').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){12}$/);

      const northwind = reports.get('northwind-outfitters')!;
      const needing = evaluateGoals(northwind, northwind.months.at(-1)!).filter(
        (goal) => goal.status === 'at_risk' || goal.status === 'off_track',
      );
      expect(needing.length).toBeGreaterThan(0);
      const text = await row.locator('.portfolio-goals').innerText();
      for (const goal of needing) expect(text).toContain(goal.label ?? goal.id);
      expect(await row.locator('.portfolio-goals .badge').count()).toBe(needing.length);
      await page.close();
    });

    it('flags a client whose data stops before the end of the last full month', async () => {
      // On the frozen day, 30 November 2026 (9 Azar 1405), the Persian client's last full month is
      // Aban, which ends on 21 November; its data stops on 18 November. Northwind's month is November.
      expect(FROZEN_TODAY).toBe('2026-11-30');
      const page = await open('');
      expect(await page.locator('li[data-client="narenj-bakery"] .portfolio-updated').getAttribute('data-stale')).toBe(
        'true',
      );
      expect(await page.locator('li[data-client="narenj-bakery"] .badge.stale').count()).toBe(1);
      expect(
        await page.locator('li[data-client="northwind-outfitters"] .portfolio-updated').getAttribute('data-stale'),
      ).toBe('false');
      await page.close();
    });

    it('is for the agency only: noindex, and no client page links to it', async () => {
      const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
      expect(home).toContain('<meta name="robots" content="noindex, nofollow">');
      const clientPages = readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name === 'index.html')
        .map((entry) => path.join(entry.parentPath, entry.name))
        .filter((file) => file !== path.join(outDir, 'index.html'));
      expect(clientPages.length).toBeGreaterThan(90);
      const linking = clientPages.filter((file) => /href="\/recap\/?"/.test(readFileSync(file, 'utf8')));
      expect(linking).toEqual([]);
      expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    });
  });

  it('gives a pasted report link a preview: the client, the month and its ROI with the change', async () => {
    const page = await open('northwind-outfitters/2026-10/');
    const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
    const october = reports.get('northwind-outfitters')!.months.find((m) => m.month.id === '2026-10')!.platforms.all!;
    const style = { locale: 'en-US', currency: 'USD' };
    const roi = `ROI ${formatMetric('roi', october.roi!.value, style)} (${formatChange('roi', october.roi!.mom, style)})`;
    expect(await meta('property="og:title"')).toBe(`Northwind Outfitters: October 2026 — ${roi}`);
    // The issue's own example, from the sample data.
    expect(await meta('property="og:title"')).toBe('Northwind Outfitters: October 2026 — ROI 65.9% (+62.6 pts)');
    expect(await meta('name="twitter:title"')).toBe(await meta('property="og:title"'));
    expect(await meta('property="og:description"')).toMatch(
      /^Social media report\. Value created \$[\d,]+ \([+-][\d.]+%\);/,
    );
    expect(await meta('property="og:locale"')).toBe('en_US');
    // Without a public address (SITE_URL) there is no absolute URL for a picture: a text card.
    expect(await meta('name="twitter:card"')).toBe('summary');
    expect(await page.locator('meta[property="og:image"]').count()).toBe(0);
    await page.close();
  });

  describe('accessibility (axe-core)', () => {
    for (const [what, address] of [
      ['the portfolio', ''],
      ["a client's page", 'northwind-outfitters/'],
      ['an English report', 'northwind-outfitters/2026-10/'],
      ['a Persian report', 'narenj-bakery/1405-07/'],
      ["a weekly client's page", 'alpenblick-hotels/'],
      ['a weekly report', 'alpenblick-hotels/2026-W46/'],
      ['a quarterly review', 'northwind-outfitters/2026-Q3/'],
      ['a Persian year in review', 'narenj-bakery/1404/'],
    ] as const) {
      it(`finds no serious or critical problem on ${what}`, async () => {
        const page = await open(address);
        const results = await new AxeBuilder({ page }).analyze();
        // The audit ran real checks on a real page.
        expect(results.passes.length).toBeGreaterThan(10);
        const blocking = results.violations
          .filter((v) => BLOCKING.includes(v.impact ?? ''))
          .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(blocking).toEqual([]);
        await page.close();
      });
    }
  });
});

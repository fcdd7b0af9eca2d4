/**
 * A client whose name and campaign are HTML, with its own template of ten charts:
 * everything from data or config must appear as text, and the page must stay light.
 * And a client whose campaigns and custom metric are named like Object.prototype's
 * members (constructor, __proto__, ...), with a note that places a report component.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from './build-site.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const BASE = '/';
const NAME = '<script>alert(1)</script>';
const CAMPAIGN = '<img src=x onerror=alert(1)>';
const TEN_CHARTS = [
  'impressions',
  'reach',
  'engagements',
  'clicks',
  'spend',
  'revenue',
  'leads',
  'followers',
  'ctr',
  'roi',
];

function hostileData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-hostile-'));
  const client = path.join(dir, 'evil-co');
  mkdirSync(client);
  writeFileSync(path.join(client, 'client.yaml'), `name: "${NAME}"\nlead_value: 10\n`);
  const rows = ['date,platform,campaign,followers,impressions,reach,engagements,clicks,spend,revenue,leads'];
  for (let month = 1; month <= 15; month++) {
    const year = 2024 + Math.floor((month - 1) / 12);
    const m = String(((month - 1) % 12) + 1).padStart(2, '0');
    for (const day of ['01', '15']) {
      const n = month * 100;
      rows.push(
        `${year}-${m}-${day},x,${CAMPAIGN},${1000 + n},${5000 + n},${3000 + n},${200 + month},${50 + month},${20 + month},${90 + month},${month}`,
      );
    }
  }
  writeFileSync(path.join(client, 'metrics.csv'), rows.join('\n'));
  const charts = TEN_CHARTS.map((metric) => `<TrendChart metric="${metric}" />`).join('\n\n');
  writeFileSync(
    path.join(client, 'template.mdx'),
    `<RoiSummary />\n\n<KpiGrid />\n\n<Highlights />\n\n${charts}\n\n<PlatformBreakdown />\n\n<ComparisonTable />\n\n<Methodology />\n`,
  );
  // A Tehran client on the Solar Hijri calendar, in Persian, counting in tomans.
  const cafe = path.join(dir, 'tehran-cafe');
  mkdirSync(cafe);
  writeFileSync(
    path.join(cafe, 'client.yaml'),
    'name: کافه تهران\ncurrency: IRR\nmoney_unit: toman\nlocale: fa-IR\ncalendar: persian\n',
  );
  writeFileSync(
    path.join(cafe, 'instagram.csv'),
    // 2025-03-21 is 1 Farvardin 1404 and 2025-04-20 its last day; 2025-04-21 is 1 Ordibehesht 1404
    'date,platform,followers,impressions,revenue\n2025-03-21,instagram,1200,4000,25000000\n2025-04-20,instagram,1250,6000,30000000\n2025-04-21,instagram,1260,5000,12000000\n',
  );
  // A client on the README's worked-example template, templates/paid-summary.mdx.
  const paid = path.join(dir, 'paid-co');
  mkdirSync(paid);
  writeFileSync(path.join(paid, 'client.yaml'), 'name: Paid Co\ntemplate: paid-summary\n');
  const ads = rows.map(
    (row, i) => `${row.replaceAll(CAMPAIGN, 'Spring sale')},${i === 0 ? 'conversions' : 3 + (i % 4)}`,
  );
  writeFileSync(path.join(paid, 'ads.csv'), ads.join('\n'));
  // Campaigns and a custom metric named like Object.prototype's members, and a note that
  // places a report component: they crashed the campaign chart, or the note's render.
  const proto = path.join(dir, 'proto-co');
  mkdirSync(path.join(proto, 'notes'), { recursive: true });
  writeFileSync(path.join(proto, 'client.yaml'), 'name: Proto Co\nmetrics:\n  - id: constructor\n    kind: flow\n');
  const protoRows = ['date,platform,campaign,impressions,spend,revenue,constructor'];
  PROTO_CAMPAIGNS.forEach((campaign, i) => {
    for (const month of ['2025-02', '2025-03'])
      protoRows.push(`${month}-0${i + 1},x,${campaign},${100 + i},${10 + i},${30 - i},${i}`);
  });
  writeFileSync(path.join(proto, 'ads.csv'), `${protoRows.join('\n')}\n`);
  writeFileSync(path.join(proto, 'notes', '2025-03.mdx'), 'March, with a card: <KpiCard metric="constructor" />\n');
  return dir;
}

const PROTO_CAMPAIGNS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'prototype'];

describe.skipIf(!chromiumAvailable)('hostile names, a ten-chart template and the README example template', () => {
  let dataDir: string;
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = hostileData();
    outDir = buildSite({ dataDir, base: BASE });
    server = await serveStatic(outDir, BASE);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    for (const dir of [dataDir, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a client named like a script tag as text, and runs nothing', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const target of ['', 'evil-co/', 'evil-co/2025-03/']) {
      await page.goto(`${server.origin}/${target}`);
      expect(await page.locator('script').count(), target).toBe(0);
      expect(await page.locator('img[src="x"]').count(), target).toBe(0);
    }
    expect(await page.locator('h1').textContent()).toContain(NAME);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('renders all ten charts and keeps the page under 200 KB of HTML and CSS', async () => {
    const html = readFileSync(path.join(outDir, 'evil-co', '2025-03', 'index.html'));
    expect(html.byteLength).toBeLessThan(200 * 1024);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/evil-co/2025-03/`);
    expect(await page.locator('figure.chart svg').count()).toBe(10);
    await page.close();
  });

  it("lays out a report with the README's worked example template", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/paid-co/2025-03/`);
    expect(await page.getByRole('heading', { name: 'What the ads bought' }).count()).toBe(1);
    const cards = await page
      .locator('.kpi-grid .kpi')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
    expect(cards).toEqual(['spend', 'clicks', 'cpc', 'conversions', 'cpa', 'roas']);
    expect(await page.locator('figure.chart svg').count()).toBe(2);
    expect(await page.locator('.highlights').count()).toBe(0);
    await page.close();
  });

  it('ranks campaigns named constructor, __proto__ and the like, and renders a note with a component', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/proto-co/2025-03/`);
    const chart = page.locator('figure[data-chart="campaigns"] svg text');
    const texts = await chart.allTextContents();
    for (const name of PROTO_CAMPAIGNS)
      expect(
        texts.filter((t) => t === name),
        name,
      ).toHaveLength(1);
    expect(await page.locator('.commentary .kpi[data-metric="constructor"]').count()).toBe(1);
    await page.close();
    const json = JSON.parse(readFileSync(path.join(outDir, 'proto-co', '2025-03', 'data.json'), 'utf8'));
    expect(Object.keys(json.campaigns).sort()).toEqual([...PROTO_CAMPAIGNS].sort());
    // constructor: 0 + 1 + ... + 5 in each month, so March against February is +0
    expect(json.platforms.all.constructor.mom).toEqual({ previous: 15, change: 0, pct: 0 });
  });

  it('lays out a Persian client right to left, with Jalali months, Persian digits and its own font', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto(`${server.origin}/tehran-cafe/1404-01/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('fa');
    // Farvardin 1404 in Persian: Intl writes «۱۴۰۴ فروردین»
    const title = await page.locator('h1').textContent();
    expect(title).toContain('فروردین');
    expect(title).toContain('۱۴۰۴');
    // Followers at the end of Farvardin: 1,250 in Persian digits
    expect(
      await page
        .locator('.kpi-grid:not(.compact) .kpi[data-metric="followers"][data-platform="all"] .kpi-value')
        .textContent(),
    ).toBe('۱٬۲۵۰');
    // Revenue 25,000,000 + 30,000,000 rials = 5,500,000 tomans
    expect(
      await page.locator('table.comparison[data-platform="all"] tr[data-metric="revenue"] td.value').textContent(),
    ).toBe('۵٬۵۰۰٬۰۰۰ تومان');
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('16px Vazirmatn', 'فارسی'))).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(server.origin))).toBe(true);
    await page.close();
  });
});

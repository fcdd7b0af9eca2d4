/**
 * The built site as a reader meets it, in Debian's Chromium: navigation under a
 * sub-path, the numbers on the cards, charts without JavaScript, a phone's width,
 * printing. Screenshots land in screenshots/ (not committed): look at them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsInMonth, defaultRankingMetric, rankCampaigns } from '../../src/aggregate/campaigns.ts';
import { costBreakdown } from '../../src/aggregate/costs.ts';
import { buildClientReport, type ClientReport } from '../../src/aggregate/client-report.ts';
import { monthSpan } from '../../src/model/calendar.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { formatMetric, numberStyle } from '../../src/present/format.ts';
import { messagesFor, metricLabel } from '../../src/present/messages/index.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { sampleSite, SAMPLE_BASE } from './sample-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const BASE = SAMPLE_BASE;
const SCREENSHOTS = path.resolve('screenshots');
const CLIENT = 'northwind-outfitters';
/** The demo Persian client: fa-IR, Solar Hijri months, rials shown as tomans. */
const PERSIAN = 'narenj-bakery';

describe.skipIf(!chromiumAvailable)('the sample site in Chromium', () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  let report: ClientReport;
  const url = (page: string) => `${server.origin}${BASE}${page}`;

  beforeAll(async () => {
    outDir = await sampleSite();
    server = await serveStatic(outDir, BASE);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    report = buildClientReport(loadDataDir('data').clients.find((c) => c.slug === CLIENT)!)!;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('navigates from the index to a client and on to its latest report, under the sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(url(''));
    await page.getByRole('link', { name: 'Northwind Outfitters' }).click();
    await expect.poll(() => page.url()).toBe(url(`${CLIENT}/`));
    await page.getByRole('link', { name: /Latest report/ }).click();
    const latest = report.months.at(-1)!;
    await expect.poll(() => page.url()).toBe(url(`${CLIENT}/${latest.month.id}/`));
    expect(await page.locator('h1').textContent()).toContain('November 2026');
    expect(await page.locator('.report-meta .badge').textContent()).toBe('Partial month');
    // Every link and asset stays under the sub-path.
    const outside = await page.$$eval('a[href], img[src]', (els) =>
      els
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src')!)
        .filter((h) => h.startsWith('/') && !h.startsWith('/recap/')),
    );
    expect(outside).toEqual([]);
    // So do the fonts and any other url() in the inlined CSS.
    const html = readFileSync(path.join(outDir, CLIENT, latest.month.id, 'index.html'), 'utf8');
    // (url(#clip1) inside a chart points into the SVG itself.)
    const urls = [...html.matchAll(/url\((?!data:|#)([^)]+)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith('/recap/'))).toEqual([]);
    await page.close();
  });

  it('shows on the cards and in the table the numbers the pipeline computed', async () => {
    const october = report.months.find((m) => m.month.id === '2026-10')!;
    const style = { locale: 'en-US', currency: 'USD' };
    const expected = (metric: string, platform = 'all') =>
      formatMetric(metric, october.platforms[platform]![metric]!.value, style);
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/2026-10/`));
    expect(await page.locator('.roi-value').textContent()).toBe(expected('roi'));
    for (const metric of ['value', 'total_cost', 'followers', 'impressions', 'engagement_rate']) {
      const card = page.locator(
        `.kpi-grid:not(.compact) .kpi[data-metric="${metric}"][data-platform="all"] .kpi-value`,
      );
      expect(await card.textContent(), metric).toBe(expected(metric));
    }
    const instagram = page.locator('.kpi[data-metric="followers"][data-platform="instagram"] .kpi-value');
    expect(await instagram.textContent()).toBe(expected('followers', 'instagram'));
    const row = page.locator('table.comparison[data-platform="all"] tr[data-metric="clicks"] td.value');
    expect(await row.textContent()).toBe(expected('clicks'));
    await page.close();
  });

  it("puts the analyst's notes and own highlights where the template places them", async () => {
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/2026-10/`));
    expect(await page.locator('.commentary').textContent()).toContain('Holiday Gift Guide');
    const wins = await page.locator('.highlight-group.wins li').allTextContents();
    // The note's front matter line first, then the drafted ones.
    expect(wins[0]).toBe('The Holiday Gift Guide teaser posts drew 2,100 sign-ups to the launch list.');
    expect(wins.length).toBeGreaterThan(1);
    await page.goto(url(`${CLIENT}/2026-09/`));
    expect(await page.locator('.commentary').count()).toBe(0);
    await page.close();
  });

  it('ranks the campaigns and breaks costs down as the pipeline does', async () => {
    const client = report.client;
    // November 2026: the Holiday Gift Guide is back beside the always-on retargeting.
    const november = client.calendar.parseMonth('2026-11')!;
    const active = campaignsInMonth(client, november).filter((c) =>
      Object.values(c.metrics).some((f) => f.value !== null),
    );
    const expectedOrder = rankCampaigns(active, defaultRankingMetric(active), 1).map((c) => c.name);
    expect(expectedOrder.length).toBeGreaterThan(1);
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/2026-11/`));
    const rows = await page
      .locator('table.campaign-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-campaign')));
    expect(rows).toEqual(expectedOrder);
    expect(await page.locator('figure[data-chart="campaigns"] svg').count()).toBe(1);
    // Each drawn bar shows: the point at its middle hits the bar itself, nothing drawn over it.
    const bars = await page.locator('figure[data-chart="campaigns"] svg').evaluate((svg) => {
      svg.scrollIntoView();
      const drawn = [...svg.querySelectorAll('rect')].filter((bar) => {
        const box = bar.getBoundingClientRect();
        return box.width > 2 && box.height > 2;
      });
      const shown = drawn.filter((bar) => {
        const box = bar.getBoundingClientRect();
        return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === bar;
      });
      return { drawn: drawn.length, shown: shown.length };
    });
    expect(bars.drawn).toBeGreaterThan(0);
    expect(bars.shown).toBe(bars.drawn);
    await page.close();
  });

  it('names a campaign with no activity in the month apart, not as a row of n/a', async () => {
    const client = report.client;
    const october = client.calendar.parseMonth('2026-10')!;
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/2026-10/`));
    const rows = await page
      .locator('table.campaign-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-campaign')));
    expect(rows).toEqual(['Always-on retargeting']);
    expect(await page.locator('.campaigns-quiet').textContent()).toMatch(
      /^No activity this month: Holiday Gift Guide \(ROI to date [\d.]+%\)\.$/,
    );
    const expectedOrder = rows;
    const costs = costBreakdown(client.series, monthSpan(client.calendar, october));
    const style = { locale: 'en-US', currency: 'USD' };
    for (const category of ['ads', 'content', 'staff', 'tools'] as const) {
      const cell = page.locator(`table.roi-parts[data-part="cost"] tr[data-category="${category}"] td`);
      expect(await cell.textContent(), category).toBe(formatMetric('value', costs[category], style));
    }
    const json = (await (await fetch(url(`${CLIENT}/2026-10/data.json`))).json()) as {
      campaigns: Record<string, unknown>;
      costs: { total: number };
    };
    expect(Object.keys(json.campaigns).sort()).toEqual([...expectedOrder].sort());
    const totalCost = report.months.find((m) => m.month.id === '2026-10')!.platforms.all!.total_cost!.value!;
    expect(json.costs.total).toBeCloseTo(totalCost, 2);
    await page.close();
  });

  it('draws every chart as SVG with JavaScript switched off, each with its numbers beneath', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url(`${CLIENT}/2026-10/`));
    expect(await page.locator('script').count()).toBe(0);
    const charts = page.locator('figure.chart[data-metric]');
    const count = await charts.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const svg = chart.locator('svg');
      expect(await svg.count()).toBe(1);
      expect(await svg.getAttribute('aria-label')).toBeTruthy();
      expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
      expect(await chart.locator('details table tbody tr').count()).toBeGreaterThanOrEqual(13);
    }
    await context.close();
  });

  it('reads at 375 px without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    for (const target of [
      '',
      `${CLIENT}/`,
      `${CLIENT}/2026-11/`,
      `alpenblick-hotels/2026-W46/`,
      `alpenblick-hotels/`,
      `${CLIENT}/2026/`,
      `${CLIENT}/2026-Q3/`,
      `${PERSIAN}/1405-Q3/`,
      `${PERSIAN}/`,
      `${PERSIAN}/1405-07/`,
    ]) {
      await page.goto(url(target));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, target || 'index').toBeLessThanOrEqual(0);
    }
    await page.goto(url(`${CLIENT}/2026-11/`));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-phone.png'), fullPage: true });
    await context.close();
  });

  it('prints without navigation and keeps charts and cards whole', async () => {
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/2026-10/`));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.month-nav').isVisible()).toBe(false);
    const breaks = await page.$$eval('figure.chart, .kpi, .roi', (els) => [
      ...new Set(els.map((e) => getComputedStyle(e).breakInside)),
    ]);
    expect(breaks).toEqual(['avoid']);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });

  it('fits every column of every table on a 1280 px desktop and on A4 paper', async () => {
    // A4 at 96 dpi is 794 px wide; Chromium's default print margins leave about 718 px.
    for (const [media, width] of [
      ['screen', 1280],
      ['print', 718],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height: 1000 } });
      await page.goto(url(`${CLIENT}/2026-10/`));
      await page.emulateMedia({ media });
      const cut = await page.$$eval('main table', (tables) =>
        tables
          .filter((table) => table.closest('details') === null)
          .filter((table) => table.scrollWidth > (table.parentElement as HTMLElement).clientWidth + 1)
          .map((table) => table.className || table.querySelector('caption')?.textContent),
      );
      expect(cut, `${media} at ${width} px`).toEqual([]);
      // The campaign table's last column, the figure to date, is on screen.
      const toDate = page.locator('.campaign-table td[data-to-date]').first();
      const box = await toDate.boundingBox();
      expect(box && box.x + box.width <= width, `${media} at ${width} px`).toBe(true);
      await page.close();
    }
  });

  it('keeps a report page light: HTML and CSS under 200 KB', () => {
    const html = readFileSync(path.join(outDir, CLIENT, '2026-10', 'index.html'));
    expect(html.byteLength).toBeLessThan(200 * 1024);
    // Styles are inlined, so the page is its own weight: no stylesheet to fetch.
    expect(html.toString()).not.toMatch(/<link[^>]+stylesheet/);
  });

  it('shows each goal of the latest report with the status and numbers evaluateGoals computed', async () => {
    const { evaluateGoals } = await import('../../src/aggregate/goals.ts');
    const latest = report.months.at(-1)!;
    const goals = evaluateGoals(report, latest);
    expect(goals.length).toBeGreaterThan(0);
    const labels = {
      achieved: 'Achieved',
      on_track: 'On track',
      at_risk: 'At risk',
      off_track: 'Off track',
      missed: 'Missed',
    };
    const style = { locale: 'en-US', currency: 'USD' };
    const page = await browser.newPage();
    await page.goto(url(`${CLIENT}/${latest.month.id}/`));
    const cards = page.locator('section.goals .goal');
    expect(await cards.count()).toBe(goals.length);
    for (const goal of goals) {
      const card = page.locator(`section.goals .goal[data-goal="${goal.id}"]`);
      expect(await card.getAttribute('data-status'), goal.id).toBe(goal.status ?? 'none');
      expect(await card.locator('.goal-status').textContent(), goal.id).toBe(
        goal.status ? labels[goal.status] : 'No data',
      );
      expect(await card.locator('[data-number="current"] dd').textContent(), goal.id).toBe(
        formatMetric(goal.metric, goal.current, style),
      );
      const bar = Math.round(Math.min(100, Math.max(0, goal.progressPct ?? 0)));
      expect(await card.locator('.goal-bar').getAttribute('style'), goal.id).toBe(`inline-size:${bar}%`);
    }
    await page.close();
  });

  it('publishes data.json beside every report', async () => {
    const response = await fetch(url(`${CLIENT}/2026-10/data.json`));
    expect(response.status).toBe(200);
    const json = (await response.json()) as { client: string; period: string; partial: boolean };
    expect(json).toMatchObject({ client: CLIENT, period: '2026-10', partial: false });
    const november = JSON.parse(readFileSync(path.join(outDir, CLIENT, '2026-11', 'data.json'), 'utf8')) as {
      partial: boolean;
    };
    expect(november.partial).toBe(true);
  });

  it('takes a desktop screenshot of a report', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(`${CLIENT}/2026-10/`));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'report-desktop.png'), fullPage: true });
    expect(await page.locator('h1').textContent()).toContain('October 2026');
    await page.close();
  });

  describe('the demo Persian client', () => {
    const load = () => buildClientReport(loadDataDir('data').clients.find((c) => c.slug === PERSIAN)!)!;

    it('reads right to left in Persian words, Persian digits and Jalali months', async () => {
      const page = await browser.newPage();
      await page.goto(url(`${PERSIAN}/1405-07/`));
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('fa');
      // Mehr 1405, named by Intl's Persian calendar.
      const title = (await page.locator('h1').textContent())!;
      expect(title).toContain('مهر');
      expect(title).toContain('۱۴۰۵');
      expect(title).toContain('گزارش شبکه‌های اجتماعی');
      // The report's own words come from the Persian catalogue, not English.
      const fa = messagesFor('fa-IR');
      expect(await page.locator('#roi-heading').textContent()).toBe(fa.roi.heading);
      expect(await page.locator('#trends-heading').textContent()).toBe(fa.trends.heading);
      expect(await page.locator('#methodology-heading').textContent()).toBe(fa.methodology.heading);
      const text = (await page.locator('main').textContent())!;
      for (const english of ['Return on investment', 'vs last month', 'Wins', 'Methodology', 'n/a', 'Every metric']) {
        expect(text, english).not.toContain(english);
      }
      // The template's tables too: every caption is in Persian.
      const captions = await page.locator('caption').allTextContents();
      expect(captions.length).toBeGreaterThan(0);
      for (const caption of captions) expect(caption).toMatch(/[\u0600-\u06ff]/);
      // No Latin digit outside file names, ids and data.json: every number is in Persian digits.
      const visible = await page.locator('.kpi-grid, .roi, .goals, .highlights').allTextContents();
      expect(visible.join(' ')).not.toMatch(/[0-9]/);
      // The month navigation steps to Shahrivar, the Jalali month before.
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(`${BASE}${PERSIAN}/1405-06/`);
      await page.close();
    });

    it('holds on its KPI cards the numbers the pipeline computed, in tomans', async () => {
      const report = load();
      const mehr = report.months.find((m) => m.month.id === '1405-07')!;
      const style = numberStyle(report.client.config);
      const fa = messagesFor('fa-IR');
      const page = await browser.newPage();
      await page.goto(url(`${PERSIAN}/1405-07/`));
      expect(await page.locator('.roi-value').textContent()).toBe(
        formatMetric('roi', mehr.platforms.all!.roi!.value, style),
      );
      for (const metric of ['value', 'total_cost', 'followers', 'impressions', 'engagement_rate', 'leads']) {
        const card = page.locator(`.kpi-grid:not(.compact) .kpi[data-metric="${metric}"][data-platform="all"]`);
        expect(await card.locator('.kpi-value').textContent(), metric).toBe(
          formatMetric(metric, mehr.platforms.all![metric]!.value, style),
        );
        expect(await card.locator('.kpi-label').textContent(), metric).toContain(metricLabel(fa, metric));
      }
      // Money is in tomans: a tenth of the rials in the files.
      expect(
        await page.locator('.kpi[data-metric="value"][data-platform="all"] .kpi-value').first().textContent(),
      ).toContain('تومان');
      await page.close();
    });

    it('takes desktop and phone screenshots of a Persian report', async () => {
      for (const [name, width] of [
        ['report-fa-desktop.png', 1280],
        ['report-fa-phone.png', 375],
      ] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(url(`${PERSIAN}/1405-07/`));
        await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.close();
      }
    });
  });
});

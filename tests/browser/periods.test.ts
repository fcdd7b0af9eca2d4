/**
 * Weekly reports and the quarterly and yearly reviews of the sample site, in Chromium:
 * the client page lists them by kind and every link opens, a week's page compares with
 * the week before, a review shows what it adds with the pipeline's numbers, and the KPI
 * review reminder comes once, at the top of the first report after its day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientReport, type ClientReport } from '../../src/aggregate/client-report.ts';
import { monthExtremes } from '../../src/aggregate/year-review.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { formatMetric, formatMonth, numberStyle } from '../../src/present/format.ts';
import type { ReportJson } from '../../src/present/data-json.ts';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { sampleSite, SAMPLE_BASE } from './sample-site.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

const WEEKLY = 'alpenblick-hotels';
const MONTHLY = 'northwind-outfitters';

describe.skipIf(!chromiumAvailable)('periods on the sample site', () => {
  let outDir: string;
  let server: RunningServer;
  let browser: Browser;
  const reports = new Map<string, ClientReport>();
  const url = (page: string) => `${server.origin}${SAMPLE_BASE}${page}`;

  beforeAll(async () => {
    outDir = await sampleSite();
    server = await serveStatic(outDir, SAMPLE_BASE);
    browser = await launchChromium();
    for (const client of loadDataDir('data').clients) reports.set(client.slug, buildClientReport(client)!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lists a weekly client's yearly reviews, quarterly reviews and weeks, each link opening its report", async () => {
    const report = reports.get(WEEKLY)!;
    const page = await browser.newPage();
    await page.goto(url(`${WEEKLY}/`));
    const kinds = await page
      .locator('section.period-list')
      .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-kind')));
    expect(kinds).toEqual(['year', 'quarter', 'week']);
    for (const kind of ['year', 'quarter', 'week'] as const) {
      const listed = await page
        .locator(`section.period-list[data-kind="${kind}"] tr[data-period]`)
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-period')));
      expect(listed, kind).toEqual(
        report
          .reports(kind)
          .map((p) => p.period.id)
          .reverse(),
      );
    }
    const latestWeek = report.reports('week').at(-1)!.period.id;
    expect(await page.locator('a.latest').getAttribute('href')).toBe(`${SAMPLE_BASE}${WEEKLY}/${latestWeek}/`);
    // Every report of the list opens (the newest of each kind, and the oldest week).
    for (const id of ['2026', '2026-Q4', latestWeek, report.reports('week')[0]!.period.id]) {
      const response = await page.goto(url(`${WEEKLY}/${id}/`));
      expect(response?.status(), id).toBe(200);
    }
    await page.close();
  });

  it("compares a week's numbers with the week before, as its data.json does", async () => {
    const week = '2026-W46';
    const json = JSON.parse(readFileSync(path.join(outDir, WEEKLY, week, 'data.json'), 'utf8')) as ReportJson;
    expect(json.period_kind).toBe('week');
    expect(json.period_days).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    const page = await browser.newPage();
    await page.goto(url(`${WEEKLY}/${week}/`));
    expect(await page.locator('h1').textContent()).toContain('Week 46, 2026');
    const card = page.locator('section.kpi-grid .kpi[data-metric="impressions"][data-platform="all"]');
    expect(await card.locator('.kpi-value').textContent()).toBe(
      formatMetric(
        'impressions',
        json.platforms.all!.impressions!.value,
        numberStyle({ locale: 'de-DE', currency: 'EUR' }),
      ),
    );
    expect(await card.locator('.kpi-changes').textContent()).toContain('vs last week');
    expect(await page.locator('table.comparison[data-platform="all"] thead').last().textContent()).toContain(
      'Last week',
    );
    await page.close();
  });

  it("shows a year's best and worst whole months as the pipeline ranks them", async () => {
    const report = reports.get(MONTHLY)!;
    const year = report.reports('year').find((y) => y.period.id === '2025')!;
    const style = numberStyle(report.client.config);
    const page = await browser.newPage();
    await page.goto(url(`${MONTHLY}/2025/`));
    expect(await page.locator('h1').textContent()).toBe('Northwind Outfitters: year in review, 2025');
    const rows = await page.locator('table.best-worst-table tr[data-metric]').all();
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const metric = (await row.getAttribute('data-metric'))!;
      const extremes = monthExtremes(report.months, year.period.span, metric)!;
      const shown = (entry: { month: string; value: number }) =>
        `${formatMonth(report.client.calendar, report.client.calendar.parseMonth(entry.month)!, 'en-US')}: ${formatMetric(metric, entry.value, style)}`;
      expect(await row.locator('[data-extreme="best"]').textContent(), metric).toBe(shown(extremes.best!));
      expect(await row.locator('[data-extreme="worst"]').textContent(), metric).toBe(shown(extremes.worst!));
    }
    // The year has one comparison, against the year before: no "vs last year" twice.
    expect(await page.locator('.kpi[data-metric="followers"] .kpi-changes').textContent()).toContain('vs last year');
    expect(await page.locator('.kpi[data-metric="followers"] .kpi-changes > .change').count()).toBe(1);
    expect(await page.locator('.kpi-review').textContent()).toContain('review the KPIs themselves');
    await page.close();
  });

  it('reminds of a KPI review once, at the top of the first report after its day', async () => {
    // Northwind's kpi_review: [2026-06-30, 2026-12-15].
    const page = await browser.newPage();
    await page.goto(url(`${MONTHLY}/2026-06/`));
    const due = page.locator('main .kpi-review-due');
    expect(await due.textContent()).toContain('Jun 30, 2026');
    // It comes before the report's own sections.
    expect(
      await page.evaluate(() => {
        const box = document.querySelector('.kpi-review-due')!;
        const roi = document.querySelector('.roi')!;
        return Boolean(box.compareDocumentPosition(roi) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    for (const later of ['2026-07', '2026-11', '2026-Q2', '2026']) {
      await page.goto(url(`${MONTHLY}/${later}/`));
      expect(await page.locator('.kpi-review-due').count(), later).toBe(0);
    }
    await page.close();
  });
});

/**
 * Trend charts: the 13-month series taken from a real report (hand-made CSV in a
 * temp data dir -> loadDataDir -> buildClientReport), and the static SVG rendered
 * from it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientReport, type ClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { DERIVED_METRIC_IDS, BUILT_IN_METRICS } from '../../src/model/metrics.ts';
import {
  chartTable,
  renderTrendChart,
  trendSeries,
  yearEarlier,
  type TrendChartInput,
  type TrendPoint,
} from '../../src/present/charts/index.ts';
import { metricColor } from '../../src/present/metric-presentation.ts';
import { GregorianCalendar } from '../../src/model/calendar.ts';
import { PersianCalendar } from '../../src/model/persian-calendar.ts';

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** ISO dates from `from` to `to` inclusive, by the JS Date API. */
function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

function buildReport(csv: string): ClientReport {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-charts-test-'));
  tempDirs.push(dir);
  mkdirSync(path.join(dir, 'test-co'));
  writeFileSync(path.join(dir, 'test-co', 'client.yaml'), 'name: Test Co\n');
  writeFileSync(path.join(dir, 'test-co', 'metrics.csv'), csv);
  const load = loadDataDir(dir);
  expect(load.problems).toEqual([]);
  const report = buildClientReport(load.clients[0]!);
  if (!report) throw new Error('no report');
  return report;
}

describe('trendSeries', () => {
  // Day rows from 2025-01-01 to 2025-11-15, except all of June 2025. Each day's
  // impressions are its month number, so a whole month's total is days x month:
  // Jan 31, Feb 28x2 = 56, ..., May 31x5 = 155, Jul 31x7 = 217, ..., Oct 31x10 = 310,
  // and the partial November 15x11 = 165.
  let report: ClientReport;
  beforeAll(() => {
    const rows = eachDay('2025-01-01', '2025-11-15')
      .filter((iso) => !iso.startsWith('2025-06'))
      .map((iso) => `${iso},instagram,${Number(iso.slice(5, 7))}`);
    report = buildReport(['date,platform,impressions', ...rows].join('\n') + '\n');
  });

  it('takes the 13 months ending at the report month, oldest first, null where there is no data', () => {
    const points = trendSeries(report, 'all', 'impressions', '2025-11');
    expect(points).toEqual([
      { month: '2024-11', value: null, partial: false }, // before the data starts
      { month: '2024-12', value: null, partial: false },
      { month: '2025-01', value: 31, partial: false },
      { month: '2025-02', value: 56, partial: false },
      { month: '2025-03', value: 93, partial: false },
      { month: '2025-04', value: 120, partial: false },
      { month: '2025-05', value: 155, partial: false },
      { month: '2025-06', value: null, partial: false }, // no rows: a gap, not 0
      { month: '2025-07', value: 217, partial: false },
      { month: '2025-08', value: 248, partial: false },
      { month: '2025-09', value: 270, partial: false },
      { month: '2025-10', value: 310, partial: false },
      { month: '2025-11', value: 165, partial: true },
    ]);
  });

  it('goes by platform and metric, and past the end of the data', () => {
    expect(trendSeries(report, 'instagram', 'impressions', '2025-03', 3).map((p) => p.value)).toEqual([31, 56, 93]);
    expect(trendSeries(report, 'facebook', 'impressions', '2025-03', 3).map((p) => p.value)).toEqual([
      null,
      null,
      null,
    ]);
    expect(trendSeries(report, 'all', 'clicks', '2025-03', 3).map((p) => p.value)).toEqual([null, null, null]);
    const later = trendSeries(report, 'all', 'impressions', '2026-01', 4);
    expect(later.map((p) => p.month)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01']);
    expect(later.map((p) => p.value)).toEqual([310, 165, null, null]);
  });

  it('refuses a month id that is not one', () => {
    expect(() => trendSeries(report, 'all', 'impressions', '2025-13')).toThrow(/not a month/);
  });
});

describe('chartTable', () => {
  it("formats each row, passing a missing value on to be named (n/a) in the reader's language", () => {
    const rows = chartTable(
      [
        { month: '2025-01', value: 1234.5, partial: false },
        { month: '2025-02', value: null, partial: false },
        { month: '2025-03', value: 0, partial: true },
      ],
      (id) => `M${id}`,
      (v) => (v === null ? 'n/a' : `V${v}`),
    );
    expect(rows).toEqual([
      { month: 'M2025-01', value: 'V1234.5', partial: false },
      { month: 'M2025-02', value: 'n/a', partial: false },
      { month: 'M2025-03', value: 'V0', partial: true },
    ]);
  });
});

describe('metricColor', () => {
  const ids = [...Object.keys(BUILT_IN_METRICS), ...DERIVED_METRIC_IDS];

  it('gives every built-in and derived metric its own colour, readable on white', () => {
    const colors = ids.map((id) => metricColor(id));
    expect(colors.every((c) => c !== undefined && /^#[0-9a-f]{6}$/.test(c))).toBe(true);
    expect(new Set(colors).size).toBe(ids.length);
    for (const id of ids) expect(contrastOnWhite(metricColor(id)), id).toBeGreaterThanOrEqual(4.5);
  });

  it('gives an unknown metric a stable, readable colour of its own', () => {
    const custom = ['newsletter_signups', 'store_visits', 'x', 'podcast_downloads', 'calls'];
    for (const id of custom) {
      expect(metricColor(id)).toMatch(/^#[0-9a-f]{6}$/);
      expect(metricColor(id)).toBe(metricColor(id));
      expect(contrastOnWhite(metricColor(id)), id).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(custom.map(metricColor)).size).toBeGreaterThan(1);
  });
});

/** WCAG 2 contrast of a #rrggbb colour against white, computed independently of the source. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
}

describe('yearEarlier', () => {
  it("is the same month a year before, in the client's calendar", () => {
    expect(yearEarlier(new GregorianCalendar(), '2025-11')).toBe('2024-11');
    expect(yearEarlier(new GregorianCalendar(), '2025-01')).toBe('2024-01');
    expect(yearEarlier(new PersianCalendar(), '1404-01')).toBe('1403-01');
    expect(yearEarlier(new PersianCalendar(), '1404-12')).toBe('1403-12');
    expect(yearEarlier(new GregorianCalendar(), 'junk')).toBe('');
  });
});

describe('renderTrendChart', () => {
  const months = eachMonth('2024-11', 13);
  // Distinct values, so each label can be found: 1000, 1100, ... with a gap in May 2025.
  const points: TrendPoint[] = months.map((month, i) => ({
    month,
    value: month === '2025-05' ? null : 1000 + 100 * i,
    partial: i === 12,
  }));
  const input: TrendChartInput = {
    title: 'Impressions, all platforms',
    description: 'Impressions by month from November 2024 to November 2025.',
    metric: 'impressions',
    points,
    current: '2025-11',
    lastYear: '2024-11',
    monthLabel: (id) => `‹${id}›`,
    valueLabel: (v) => `«${v}»`,
  };

  it('draws a scalable SVG with the title, description and the given labels', async () => {
    const svg = await renderTrendChart(input);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const root = /^<svg[^>]*>/.exec(svg)![0];
    expect(root).toMatch(/ viewBox="0 0 640 220"/);
    // No fixed size, so it shrinks to a 375 px phone.
    expect(root).not.toMatch(/ (width|height)=/);
    expect(root).toContain('role="img"');
    expect(root).toContain(`aria-label="${input.description}"`);
    expect(svg).toContain(`<desc>${input.description}</desc>`);
    expect(svg).toContain(`<title>${input.title}</title>`);
    expect(svg).toMatch(/<text[^>]*>Impressions, all platforms<\/text>/);
    // The current month's value and last year's, by the caller's formatter.
    expect(texts(svg)).toContain('«2200»');
    expect(texts(svg)).toContain('«1000»');
    expect(texts(svg)).toContain('last year');
    expect(texts(svg)).toContain('partial month');
    // Axis labels by the caller's formatters: the current month and a year earlier are labelled.
    expect(texts(svg)).toContain('‹2025-11›');
    expect(texts(svg)).toContain('‹2024-11›');
    // The y axis labels are values through valueLabel, starting at zero; none from d3-format.
    const yLabels = texts(svg).filter((t) => /^«\d+»$/.test(t));
    expect(yLabels).toContain('«0»');
    expect(yLabels.length).toBeGreaterThanOrEqual(4);
    expect(texts(svg).filter((t) => /^[\d,.]+$/.test(t))).toEqual([]);
  });

  it('draws the line in the metric colour, with a gap at a missing month and a dashed partial month', async () => {
    const svg = await renderTrendChart(input);
    expect(svg).toContain(`stroke="${metricColor('impressions')}"`);
    const solid = [...svg.matchAll(/<path d="(M[^"]*)"[^>]*stroke-width="2.5"/g)].map((m) => m[1]!);
    expect(solid).toHaveLength(1);
    // Two runs (before and after the gap): two moves.
    expect(solid[0]!.match(/M/g)).toHaveLength(2);
    expect(svg).toMatch(/<path d="M[^"]*"[^>]*stroke="#0369a1"[^>]*stroke-dasharray="5,4"/);
    const other = await renderTrendChart({ ...input, metric: 'revenue' });
    expect(other).toContain(`stroke="${metricColor('revenue')}"`);
    expect(other).not.toContain(metricColor('impressions'));
  });

  it('marks the current month and the same month last year', async () => {
    const svg = await renderTrendChart({ ...input, points: points.map((p) => ({ ...p, partial: false })) });
    const color = metricColor('impressions');
    // Big points (radius about 7) for both: filled for the current month, a white ring a year earlier.
    const big = [...svg.matchAll(/<circle cx="([\d.]+)" cy="[\d.]+" r="6.9" ([^>]*)\/>/g)];
    expect(big).toHaveLength(2);
    const [lastYear, current] = big.map((m) => ({ x: Number(m[1]), attrs: m[2]! }));
    expect(lastYear!.attrs).toContain(`fill="white" stroke="${color}"`);
    expect(current!.attrs).toContain(`fill="${color}"`);
    expect(current!.x).toBeGreaterThan(lastYear!.x);
    expect(texts(svg)).not.toContain('partial month');
    // Without last year in the points, there is no ring and no "last year".
    const short = await renderTrendChart({ ...input, points: points.slice(6) });
    expect(texts(short)).not.toContain('last year');
    expect(texts(short)).toContain('«2200»');
  });

  it('lets the words be translated', async () => {
    const svg = await renderTrendChart({ ...input, lastYearText: 'سال گذشته', partialText: 'ماه ناقص' });
    expect(texts(svg)).toContain('سال گذشته');
    expect(texts(svg)).toContain('ماه ناقص');
    expect(texts(svg)).not.toContain('last year');
  });

  it('shows hostile text as text', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const svg = await renderTrendChart({
      ...input,
      title: evil,
      description: evil,
      monthLabel: () => evil,
      valueLabel: () => evil,
      lastYearText: evil,
    });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/<img/i);
    // The words are there, but only as text or inside quoted attribute values: never an attribute of their own.
    for (const [tag] of svg.matchAll(/<[^>]*>/g))
      expect(tag.replace(/="[^"]*"/g, '=""')).not.toMatch(/onerror|<script|<img|src=/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain(
      `<title>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;</title>`,
    );
    // Still well-formed: every tag is one of the few that charts use.
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['circle', 'desc', 'line', 'path', 'svg', 'text', 'title']);
  });

  it('refers to nothing outside itself', async () => {
    const svg = await renderTrendChart(input);
    const withoutNamespace = svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');
    expect(withoutNamespace).not.toMatch(/http|url\(|href|@import|<image|<foreignObject|<style|<script/i);
    expect(svg).toMatch(/^<svg [^>]*font-family="system-ui, [^"]*sans-serif"/);
  });

  it('is the same for the same input, and small', async () => {
    const a = await renderTrendChart(input);
    const b = await renderTrendChart(input);
    expect(b).toBe(a);
    expect(a.length).toBeLessThan(12_000);
    // No long decimals from the layout.
    expect(a).not.toMatch(/\d\.\d{2,}/);
  });

  it('keeps concurrent charts in different locales apart', async () => {
    const de = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    const fa = new Intl.NumberFormat('fa-IR');
    const charts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        renderTrendChart({
          ...input,
          metric: 'revenue',
          valueLabel: (v) => (i % 2 ? fa.format(v) : de.format(v)),
          monthLabel: (id) => `${i % 2 ? 'fa' : 'de'}:${id}`,
        }),
      ),
    );
    charts.forEach((svg, i) => {
      const labels = texts(svg);
      if (i % 2) {
        expect(labels).toContain(fa.format(2200));
        expect(labels.some((t) => t.includes('€'))).toBe(false);
        expect(labels).toContain('fa:2025-11');
        expect(labels.some((t) => t.startsWith('de:'))).toBe(false);
      } else {
        expect(labels).toContain(de.format(2200));
        expect(de.format(2200)).toMatch(/^2\.200\s€$/);
        expect(labels.some((t) => /[۰-۹]/.test(t))).toBe(false);
        expect(labels).toContain('de:2025-11');
        expect(labels.some((t) => t.startsWith('fa:'))).toBe(false);
      }
      expect(svg).toBe(charts[i % 2]);
    });
  });

  it('copes with no values at all and with a single month', async () => {
    const empty = await renderTrendChart({ ...input, points: points.map((p) => ({ ...p, value: null })) });
    expect(empty).toMatch(/^<svg/);
    expect(texts(empty)).not.toContain('last year');
    const one = await renderTrendChart({ ...input, points: [{ month: '2025-11', value: 5, partial: false }] });
    expect(texts(one)).toContain('«5»');
    expect(texts(one)).toContain('‹2025-11›');
  });

  it('thins the month labels on a narrow chart, keeping this month and last year', async () => {
    const narrow = await renderTrendChart({ ...input, width: 360, monthLabel: (id) => `September ${id}` });
    const monthTexts = texts(narrow).filter((t) => t.startsWith('September'));
    expect(monthTexts.length).toBeLessThan(13);
    expect(monthTexts).toContain('September 2025-11');
    expect(monthTexts).toContain('September 2024-11');
    expect(/viewBox="0 0 360 220"/.test(narrow)).toBe(true);
  });
});

function eachMonth(first: string, count: number): string[] {
  const [y, m] = first.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(y!, m! - 1 + i, 1)).toISOString().slice(0, 7));
}

/** The text content of every <text>, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
  );
}

describe('renderBarChart', () => {
  /** A campaign ranking by ROI, as CampaignComparison draws it. */
  async function roiBars(bars: Array<{ label: string; value: number | null }>, valueLabel: (v: number) => string) {
    const { renderBarChart } = await import('../../src/present/charts/index.ts');
    return renderBarChart({
      title: 'ROI by campaign',
      description: 'Campaigns ranked by ROI',
      metric: 'roi',
      bars,
      valueLabel,
    });
  }

  it('draws the bars in the order given, writes each value, says n/a for none, and escapes names', async () => {
    const svg = await roiBars(
      [
        { label: 'Reels', value: 250 },
        { label: '<img src=x onerror=alert(1)>', value: 100 },
        { label: 'Stories', value: null },
      ],
      (v) => `«${v}%»`,
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.indexOf('>Reels<')).toBeGreaterThan(-1);
    expect(svg.indexOf('>Reels<')).toBeLessThan(svg.indexOf('&lt;img src=x'));
    expect(svg).toContain('«250%»');
    expect(svg).toContain('«100%»');
    expect(svg).toContain('>n/a<');
    expect(svg).not.toContain('<img');
  });

  it('draws each bar as long as its value, a negative one left of the zero line', async () => {
    const svg = await roiBars(
      [
        { label: 'Reels', value: 250 },
        { label: 'Stories', value: 100 },
        { label: 'Posts', value: -50 },
      ],
      (v) => `${v}%`,
    );
    const rects = [...svg.matchAll(/<rect x="([-\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
      x: Number(m[1]),
      width: Number(m[2]),
    }));
    expect(rects).toHaveLength(3);
    // 300 units span -50 to 250: 1 unit of ROI is 1 unit of width; zero sits 50 in.
    expect(rects[0]!.width).toBeCloseTo(250, 0);
    expect(rects[1]!.width).toBeCloseTo(100, 0);
    expect(rects[2]!.width).toBeCloseTo(50, 0);
    expect(rects[0]!.x).toBeCloseTo(rects[1]!.x, 5);
    expect(rects[2]!.x + rects[2]!.width).toBeCloseTo(rects[0]!.x, 0);
    expect(svg).toMatch(/<line x1="([\d.]+)"[^>]*\/>/);
  });
});

/**
 * Names from data that are also names of Object.prototype: campaigns `constructor`,
 * `toString`, `hasOwnProperty`, `valueOf`, `__proto__` and `prototype`, custom metrics
 * and platforms of such names. They go through validate, the monthly figures,
 * data.json and the campaign bar chart like any other name.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClientReport } from '../../src/aggregate/client-report.ts';
import { campaignsInMonth } from '../../src/aggregate/campaigns.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { renderBarChart, renderTrendChart, trendSeries } from '../../src/present/charts/index.ts';
import { reportJson } from '../../src/present/data-json.ts';
import { periodModel } from '../../src/aggregate/period-model.ts';

const CAMPAIGNS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'prototype'];

/** A record's entry by a name held as text: TypeScript types record.constructor as Object's own. */
function get<T>(record: Readonly<Record<string, T>> | undefined, key: string): T {
  const value = record?.[key];
  if (value === undefined) throw new Error(`no ${key}`);
  return value;
}
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function dataDir(clientYaml: string, csv: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-names-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'acme'));
  writeFileSync(path.join(dir, 'acme/client.yaml'), clientYaml);
  writeFileSync(path.join(dir, 'acme/a.csv'), csv);
  return dir;
}

/**
 * January and February 2025, one row per campaign: campaign i on day i + 1, on
 * platform "constructor" (odd i) or "prototype" (even i), with impressions 100 + i,
 * spend 10 + i, revenue 20 + i (February: twice that) and the custom metrics.
 */
function hostileClient() {
  const yaml = [
    'name: Acme',
    'metrics:',
    '  - id: constructor',
    '    kind: flow',
    '  - id: prototype',
    '    kind: stock',
    '  - id: valueof',
    '    kind: flow',
    '  - id: tostring',
    '    kind: flow',
    '  - id: hasownproperty',
    '    kind: flow',
    '',
  ].join('\n');
  const rows = [
    'date,platform,campaign,impressions,spend,revenue,constructor,prototype,valueof,tostring,hasownproperty',
  ];
  for (const [month, factor] of [
    ['2025-01', 1],
    ['2025-02', 2],
  ] as const) {
    CAMPAIGNS.forEach((campaign, i) => {
      const platform = i % 2 === 1 ? 'constructor' : 'prototype';
      const n = (x: number) => x * factor;
      rows.push(
        `${month}-0${i + 1},${platform},${campaign},${n(100 + i)},${n(10 + i)},${n(20 + i)},${n(i)},${n(i)},${n(1)},${n(2)},${n(3)}`,
      );
    });
  }
  const load = loadDataDir(dataDir(yaml, `${rows.join('\n')}\n`), { today: '2026-11-30' });
  return { load, report: buildClientReport(load.clients[0]!)! };
}

describe('campaigns, metrics and platforms named like Object.prototype', () => {
  const { load, report } = hostileClient();
  const [january, february] = report.months;

  it('validate accepts them', () => {
    expect(load.problems).toEqual([]);
    expect(report.months.map((m) => m.month.id)).toEqual(['2025-01', '2025-02']);
  });

  it('a custom metric "constructor" has no previous month in the first month: null, not Object', () => {
    const all = (month: typeof january) => get(month!.platforms, 'all');
    // January is the first month of data: there is nothing to compare with.
    expect(get(all(january), 'constructor').mom).toEqual({ previous: null, change: null, pct: null });
    expect(get(all(january), 'valueof').mom.previous).toBeNull();
    // constructor, a flow: 0 + 1 + ... + 5 = 15 in January, 30 in February. February's
    // data stops on the 6th, so it is compared with January's first 6 days: all of it.
    expect(get(all(january), 'constructor').value).toBe(15);
    expect(get(all(february), 'constructor').mom).toEqual({ previous: 15, change: 15, pct: 100 });
    // prototype, a stock: each series' last value, summed; every campaign is a series of
    // one row in January: 0 + 1 + ... + 5 = 15.
    expect(get(all(january), 'prototype').value).toBe(15);
    // hasownproperty: 3 a row, 6 rows
    expect(get(all(january), 'hasownproperty').value).toBe(18);
    expect(Object.getPrototypeOf(all(january))).toBeNull();
  });

  it('platforms "constructor" and "prototype" have their own figures', () => {
    // constructor platform: campaigns 1, 3, 5: impressions 101 + 103 + 105 = 309
    expect(get(get(january!.platforms, 'constructor'), 'impressions').value).toBe(309);
    // prototype platform: campaigns 0, 2, 4: 100 + 102 + 104 = 306
    expect(get(get(january!.platforms, 'prototype'), 'impressions').value).toBe(306);
  });

  it('every campaign rolls up under its own name, __proto__ included', () => {
    const campaigns = campaignsInMonth(report.client, february!.month);
    expect(campaigns.map((c) => c.name).sort()).toEqual([...CAMPAIGNS].sort());
    const proto = campaigns.find((c) => c.name === '__proto__')!;
    // Campaign 4 in February: spend 2 x 14 = 28, revenue 2 x 24 = 48; lifetime adds January's 14 and 24.
    expect(proto.metrics.spend).toEqual({ value: 28, lifetime: 42 });
    expect(proto.metrics.revenue).toEqual({ value: 48, lifetime: 72 });
    // ROI = (48 - 28) / 28 x 100
    expect(get(proto.metrics, 'roi').value).toBeCloseTo((20 / 28) * 100, 9);
  });

  it('data.json names every campaign and platform, with its numbers', () => {
    const json = JSON.parse(JSON.stringify(reportJson(periodModel(report, february!)))) as ReturnType<
      typeof reportJson
    >;
    expect(Object.keys(json.campaigns).sort()).toEqual([...CAMPAIGNS].sort());
    expect(Object.getOwnPropertyDescriptor(json.campaigns, '__proto__')!.value.spend).toEqual({
      value: 28,
      lifetime: 42,
    });
    // toString: campaign 1, February spend 2 x 11 = 22
    expect(get(get(json.campaigns, 'toString'), 'spend')).toEqual({ value: 22, lifetime: 33 });
    expect(Object.keys(json.platforms).sort()).toEqual(['all', 'constructor', 'prototype']);
    expect(get(get(json.platforms, 'all'), 'constructor').mom).toEqual({ previous: 15, change: 15, pct: 100 });
  });

  it('the campaign bar chart draws all six, each label once, in the order given', async () => {
    const svg = await renderBarChart({
      title: 'ROI by campaign',
      description: 'Campaigns ranked by ROI',
      metric: 'roi',
      bars: CAMPAIGNS.map((label, i) => ({ label, value: 10 * (6 - i) })),
      valueLabel: (v) => `${v}%`,
    });
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(labels.filter((text) => CAMPAIGNS.includes(text))).toEqual(CAMPAIGNS);
    for (const value of ['60%', '50%', '40%', '30%', '20%', '10%']) expect(labels).toContain(value);
  });

  it('a trend chart of the custom metric "constructor" draws its line', async () => {
    const points = trendSeries(report, 'all', 'constructor', '2025-02', 2);
    expect(points.map((p) => p.value)).toEqual([15, 30]);
    const svg = await renderTrendChart({
      title: 'constructor',
      description: 'constructor by month',
      metric: 'constructor',
      points,
      current: '2025-02',
      lastYear: null,
      monthLabel: (id) => id,
      valueLabel: String,
    });
    expect(svg).toContain('>30<');
  });
});

describe('file names in client.yaml', () => {
  it('a files: entry "__proto__" or "constructor" is a problem like any name of no file', () => {
    const csv = 'date,platform,impressions\n2025-01-01,x,5\n';
    const proto = loadDataDir(dataDir('name: Acme\nfiles:\n  __proto__:\n    year: 2025\n', csv), {
      today: '2026-11-30',
    });
    expect(proto.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [3, 3, 'files: found "__proto__", expected the name of a file in this client\'s folder, or its path there'],
    ]);
    const constructor = loadDataDir(dataDir('name: Acme\nfiles:\n  constructor:\n    year: 2025\n', csv), {
      today: '2026-11-30',
    });
    expect(constructor.problems.map((p) => [p.line, p.column, p.message.slice(0, 60)])).toEqual([
      [3, 3, 'files: found "constructor", expected the name of a file in t'],
    ]);
  });
});

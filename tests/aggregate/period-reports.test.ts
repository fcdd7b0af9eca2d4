/**
 * Weeks, two-month periods, quarters and years through the pipeline: their figures
 * follow the months' rules (flows summed, stocks at the period's end, rates from
 * sums), so a quarter's or a year's total is the sum of its months.
 *
 * Every day's impressions are its day of the month and engagements a tenth of that,
 * so sums are checked by hand: a 31-day month 1 + ... + 31 = 496, February 2025 406.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate } from '../../src/model/calendar.ts';
import type { PeriodReport } from '../../src/aggregate/client-report.ts';
import { buildOne, dailyCsv, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

const dayOfMonth = (iso: string) => Number(iso.slice(8));
/** Followers grow by one a day from 1,000 on 2025-01-01. */
const followersOn = (iso: string) => 1000 + (parseIsoDate(iso)! - parseIsoDate('2025-01-01')!);

const client = buildOne({
  files: {
    'instagram.csv': dailyCsv(
      'date,platform,impressions,engagements,followers',
      '2025-01-01',
      '2026-11-18',
      (iso) => `instagram,${dayOfMonth(iso)},${dayOfMonth(iso) / 10},${followersOn(iso)}`,
    ),
  },
});
const { report } = client;

const find = (list: readonly PeriodReport[], id: string): PeriodReport => {
  const found = list.find((p) => p.period.id === id);
  if (!found) throw new Error(`no ${id} in ${list.map((p) => p.period.id).join(', ')}`);
  return found;
};
const value = (p: PeriodReport, metric: string) => p.platforms.all![metric]!.value;

describe('quarters and years add up their months', () => {
  it('lists the periods the data reaches, oldest first', () => {
    expect(report.reports('quarter').map((q) => q.period.id)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(report.reports('year').map((y) => y.period.id)).toEqual(['2025', '2026']);
    expect(report.reports('bimonth').at(-1)!.period.id).toBe('2026-B6');
  });

  it('sums a quarter: 2025-Q1 impressions 496 + 406 + 496 = 1,398', () => {
    expect(value(find(report.reports('quarter'), '2025-Q1'), 'impressions')).toBe(1398);
  });

  it('gives every quarter, two-month period and year the sum of its months, the stock at its end and the rate of its sums', () => {
    for (const kind of ['bimonth', 'quarter', 'year'] as const) {
      for (const period of report.reports(kind)) {
        const months = report.months.filter(
          (m) => m.coverage.from >= period.period.span.from && m.coverage.to <= period.period.span.to,
        );
        const sum = (metric: string) => months.reduce((total, m) => total + value(m, metric)!, 0);
        expect(value(period, 'impressions'), period.period.id).toBe(sum('impressions'));
        expect(value(period, 'engagements'), period.period.id).toBeCloseTo(sum('engagements'), 9);
        expect(value(period, 'followers'), period.period.id).toBe(value(months.at(-1)!, 'followers'));
        expect(value(period, 'engagement_rate'), period.period.id).toBeCloseTo(
          (sum('engagements') / sum('impressions')) * 100,
          9,
        );
      }
    }
  });

  it('compares a year with the year before: 2025 against nothing, 2026 partial against 2025 cut alike', () => {
    const [y2025, y2026] = report.reports('year');
    expect(y2025!.platforms.all!.impressions!.mom.previous).toBeNull();
    expect(y2026!.partial).toBe(true);
    // 2026 runs to 18 November: day 322 of the year; 2025 is cut to 1 January .. 18 November.
    const cut = report.measure('all', 'impressions', {
      from: parseIsoDate('2025-01-01')!,
      to: parseIsoDate('2025-11-18')!,
    });
    expect(y2026!.platforms.all!.impressions!.mom.previous).toBe(cut);
    expect(y2026!.platforms.all!.impressions!.yoy.previous).toBe(cut);
  });
});

describe('a partial quarter', () => {
  const q4 = find(report.reports('quarter'), '2026-Q4');

  it('is marked partial, with the days its data covers', () => {
    expect(q4.partial).toBe(true);
    expect(isoDate(q4.coverage.from)).toBe('2026-10-01');
    expect(isoDate(q4.coverage.to)).toBe('2026-11-18');
    expect(q4.month.id).toBe('2026-12');
  });

  it('counts October whole and November to the 18th: 496 + 171 = 667 impressions', () => {
    expect(value(q4, 'impressions')).toBe(667);
  });

  it('compares like for like: 49 days of Q3 (July + 18 August = 496 + 171) and of Q4 2025', () => {
    expect(q4.previousSpan && `${isoDate(q4.previousSpan.from)}..${isoDate(q4.previousSpan.to)}`).toBe(
      '2026-07-01..2026-08-18',
    );
    const impressions = q4.platforms.all!.impressions!;
    expect(impressions.mom.previous).toBe(667);
    expect(impressions.yoy.previous).toBe(667);
    expect(impressions.mom.pct).toBe(0);
    // Followers at the end of the cut spans: 18 August 2026 and 18 November 2025.
    expect(q4.platforms.all!.followers!.mom.previous).toBe(followersOn('2026-08-18'));
    expect(q4.platforms.all!.followers!.yoy.previous).toBe(followersOn('2025-11-18'));
  });
});

describe('weeks across a year boundary', () => {
  const weekly = buildOne({
    files: {
      'x.csv': dailyCsv('date,platform,impressions', '2025-12-01', '2027-01-10', (iso) => `x,${dayOfMonth(iso)}`),
    },
  }).report;
  const weeks = weekly.reports('week');

  it('puts 28 December 2026 to 3 January 2027 in 2026-W53: 28 + 29 + 30 + 31 + 1 + 2 + 3 = 124', () => {
    const w53 = find(weeks, '2026-W53');
    expect(value(w53, 'impressions')).toBe(124);
    // Week over week: 2026-W52 is 21-27 December, 21 + ... + 27 = 168.
    expect(w53.platforms.all!.impressions!.mom.previous).toBe(168);
    // 2025 had 52 weeks: no week a year earlier.
    expect(w53.platforms.all!.impressions!.yoy.previous).toBeNull();
  });

  it('starts 2027-W01 on 4 January and compares it with 2026-W01 (29 December 2025 to 4 January 2026)', () => {
    const w1 = find(weeks, '2027-W01');
    expect(isoDate(w1.period.span.from)).toBe('2027-01-04');
    expect(value(w1, 'impressions')).toBe(4 + 5 + 6 + 7 + 8 + 9 + 10);
    // 29 + 30 + 31 + 1 + 2 + 3 + 4 = 100
    expect(w1.platforms.all!.impressions!.yoy.previous).toBe(100);
  });

  it('lists weeks from the one holding the first day: 2025-12-01 is a Monday, 2025-W49', () => {
    expect(weeks[0]!.period.id).toBe('2025-W49');
    expect(weeks.at(-1)!.period.id).toBe('2027-W01');
  });
});

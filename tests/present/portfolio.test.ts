import { afterAll, describe, expect, it } from 'vitest';
import { GregorianCalendar, parseIsoDate } from '../../src/model/calendar.ts';
import { PersianCalendar } from '../../src/model/persian-calendar.ts';
import { isStale, portfolioRow, sparkline } from '../../src/present/portfolio.ts';
import { buildOne, removeDataDirs } from '../aggregate/fixture.ts';

const day = (iso: string) => parseIsoDate(iso)!;

afterAll(removeDataDirs);

describe('stale data', () => {
  const gregorian = new GregorianCalendar();

  it('is data that stops before the end of the last full month', () => {
    // On 30 November the last full month is October: data through 31 October is current.
    expect(isStale(gregorian, day('2026-10-31'), day('2026-11-30'))).toBe(false);
    expect(isStale(gregorian, day('2026-10-30'), day('2026-11-30'))).toBe(true);
    // Data reaching into the running month is current too.
    expect(isStale(gregorian, day('2026-11-18'), day('2026-11-30'))).toBe(false);
    // On 1 December, October's data is no longer enough: November is the last full month.
    expect(isStale(gregorian, day('2026-10-31'), day('2026-12-01'))).toBe(true);
    expect(isStale(gregorian, day('2026-11-30'), day('2026-12-01'))).toBe(false);
  });

  it("counts months in the client's calendar", () => {
    const persian = new PersianCalendar();
    // 30 November 2026 is 9 Azar 1405; the last full Persian month, Aban 1405, ends on 21 November 2026.
    expect(isStale(persian, day('2026-11-21'), day('2026-11-30'))).toBe(false);
    expect(isStale(persian, day('2026-11-20'), day('2026-11-30'))).toBe(true);
  });
});

describe('the sparkline', () => {
  it('draws higher values higher, across the box', () => {
    // 10, 30, 20 in a 100 x 40 box: x at 0, 50, 100; y from the top, 40 for the lowest and 0 for the highest.
    expect(sparkline([10, 30, 20], 100, 40)).toEqual({ path: 'M0 40L50 0L100 20', last: { x: 100, y: 20 } });
  });

  it('leaves a gap for a month without a value instead of dropping to zero', () => {
    expect(sparkline([10, null, 20, 20], 90, 10)!.path).toBe('M0 10M60 0L90 0');
  });

  it('draws a flat line in the middle and nothing when no month has a value', () => {
    expect(sparkline([5, 5], 10, 10)!.path).toBe('M0 5L10 5');
    expect(sparkline([null, null], 10, 10)).toBeNull();
    expect(sparkline([7], 10, 10)).toEqual({ path: 'M0 5', last: { x: 0, y: 5 } });
  });
});

describe("a client's portfolio row", () => {
  // Two months: September spends 100 and returns 150 (ROI 50%), October spends 100 and returns 250 (ROI 150%).
  const csv = [
    'date,platform,impressions,spend,revenue',
    '2026-09-01,instagram,1000,40,50',
    '2026-09-30,instagram,1000,60,100',
    '2026-10-01,instagram,3000,50,100',
    '2026-10-31,instagram,1000,50,150',
  ].join('\n');
  const goals = [
    'goals:',
    '  - id: revenue-rise',
    '    label: Revenue of 1,000 in the autumn',
    '    metric: revenue',
    '    kind: total',
    '    target: 1000',
    '    start: 2026-09-01',
    '    deadline: 2026-11-30',
  ].join('\n');
  const built = buildOne({ yaml: `name: Autumn Co\n${goals}\n`, files: { 'ads.csv': csv } });

  it('shows the latest month, its headline figures with their changes, and the ROI trend', () => {
    const row = portfolioRow(built.report, day('2026-11-15'));
    expect(row.latest).toEqual({ periodId: '2026-10', label: 'October 2026', partial: false });
    expect(row.headline.map((f) => [f.metric, f.value, f.change, f.tone])).toEqual([
      ['roi', '150%', '+100 pts', 'good'],
      ['value', '$250', '+66.7%', 'good'],
      ['impressions', '4,000', '+100%', 'good'],
    ]);
    expect(row.roiTrend.map((p) => p.value)).toEqual([50, 150]);
    expect(row.roiTrendLabel).toBe('ROI from Sep 2026 to Oct 2026: 50% to 150%');
    expect(row.stale).toBe(false);
    expect(row.dataThroughLabel).toBe('Oct 31, 2026');
  });

  it('lists the goals at risk or off track, and flags data older than the last full month', () => {
    // By 31 October 400 of 1,000 is in, two thirds of the way through: at the pace so far, 600 by the deadline.
    const row = portfolioRow(built.report, day('2026-12-05'));
    expect(row.goalsNeedingAttention).toEqual([
      { label: 'Revenue of 1,000 in the autumn', status: 'off_track', statusLabel: 'Off track' },
    ]);
    expect(row.stale).toBe(true);
  });
});

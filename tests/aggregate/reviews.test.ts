/**
 * What the quarterly and yearly reviews add, hand-checked: goals as at a period's end
 * (a week's goals as at its last day), the revisit rule on a quarter, the goals a year
 * settled, each KPI's best and worst whole month, and when a KPI review is due.
 *
 * The data: Instagram, one row a day from 2025-01-01 to 2025-05-20, with
 *   followers    1,000 + 10 a day (1,000 on 1 Jan, day n after it 1,000 + 10n)
 *   impressions  the day of the month: a 31-day month 496, a 30-day one 465, February 406
 *   engagements  a tenth of that
 *   leads        1 a day, 5 a day in March
 */
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateGoals } from '../../src/aggregate/goals.ts';
import { kpiReviewDue, kpiReviewsAround } from '../../src/aggregate/kpi-review.ts';
import { clientModel } from '../../src/aggregate/period-model.ts';
import type { PeriodReport } from '../../src/aggregate/client-report.ts';
import { goalOutcomes, monthExtremes } from '../../src/aggregate/year-review.ts';
import { isoDate, parseIsoDate } from '../../src/model/calendar.ts';
import { buildOne, dailyCsv, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

const day = (iso: string) => parseIsoDate(iso)!;
const followersOn = (iso: string) => 1000 + 10 * (day(iso) - day('2025-01-01'));

const { report } = buildOne({
  yaml: [
    'name: Test Co',
    'goals:',
    // 1,000 on 1 Jan; by 31 Mar 1,890: 89 days at 10 a day, 304.375 a month. Needed from
    // there to 5,000 by 31 Dec: 3,110 in 275 days, 344.2 a month: not twice, no revisit.
    '  - { id: steady, metric: followers, kind: level, target: 5000, start: 2025-01-01, deadline: 2025-12-31 }',
    // 20,000 by 31 Dec needs 18,110 in 275 days, 2,004.4 a month: over twice 304.375.
    '  - { id: stretch, metric: followers, kind: level, target: 20000, start: 2025-01-01, deadline: 2025-12-31 }',
    // 100 leads by 31 March: 31 + 28 + 31 x 5 = 214 by then: achieved, final.
    '  - { id: leads-q1, metric: leads, kind: total, target: 100, start: 2025-01-01, deadline: 2025-03-31 }',
    // 500 leads by 28 February: 59 by then: missed.
    '  - { id: leads-feb, metric: leads, kind: total, target: 500, start: 2025-01-01, deadline: 2025-02-28 }',
  ].join('\n'),
  files: {
    'instagram.csv': dailyCsv(
      'date,platform,followers,impressions,engagements,leads',
      '2025-01-01',
      '2025-05-20',
      (iso) =>
        `instagram,${followersOn(iso)},${Number(iso.slice(8))},${Number(iso.slice(8)) / 10},${iso.slice(5, 7) === '03' ? 5 : 1}`,
    ),
  },
});
const model = clientModel(report);
const find = (list: readonly PeriodReport[], id: string) => list.find((p) => p.period.id === id)!;

describe('goals in a quarterly review', () => {
  const goals = model.period('2025-Q1').goals;

  it('stand as at the quarter end: followers 1,000 + 10 x 89 = 1,890 on 31 March', () => {
    const steady = goals.find((g) => g.id === 'steady')!;
    expect(isoDate(steady.asOf)).toBe('2025-03-31');
    expect(steady.current).toBe(1890);
    expect(steady.achievedPace).toBeCloseTo(304.375, 9);
  });

  it('flag "revisit this target" when the pace needed is over twice the pace so far', () => {
    const byId = new Map(goals.map((g) => [g.id, g]));
    // (5,000 - 1,890) / 275 x 30.4375 = 344.22 a month, under 2 x 304.375 = 608.75.
    expect(byId.get('steady')!.requiredPace).toBeCloseTo((3110 / 275) * 30.4375, 9);
    expect(byId.get('steady')!.revisit).toBe(false);
    // (20,000 - 1,890) / 275 x 30.4375 = 2,004.45 a month, over 608.75; the pace so far reaches
    // 1,890 + 10 x 275 = 4,640 by the deadline.
    expect(byId.get('stretch')!.requiredPace).toBeCloseTo((18110 / 275) * 30.4375, 9);
    expect(byId.get('stretch')!.revisit).toBe(true);
    expect(byId.get('stretch')!.projected).toBeCloseTo(4640, 9);
  });

  it('are the same as the quarter-end month report', () => {
    const march = find(report.months, '2025-03');
    expect(goals).toEqual(evaluateGoals(report, march));
  });
});

describe("a week's goals stand as at its last day", () => {
  it('2025-W10 (3 to 9 March): 214 leads would be wrong, 31 + 28 + 9 x 5 = 104 is right', () => {
    const goals = model.period('2025-W10').goals;
    const leads = goals.find((g) => g.id === 'leads-q1')!;
    expect(isoDate(leads.asOf)).toBe('2025-03-09');
    expect(leads.current).toBe(104);
    expect(leads.final).toBe(false);
    expect(goals.find((g) => g.id === 'steady')!.current).toBe(followersOn('2025-03-09'));
  });
});

describe('the goals a year settled', () => {
  it('sorts them into achieved, missed and still running', () => {
    const year = find(report.reports('year'), '2025');
    const outcomes = goalOutcomes(model.period('2025').goals, year.period.span);
    expect(outcomes.achieved.map((g) => g.id)).toEqual(['leads-q1']);
    expect(outcomes.missed.map((g) => g.id)).toEqual(['leads-feb']);
    expect(outcomes.running.map((g) => g.id)).toEqual(['steady', 'stretch']);
  });

  it('leaves out goals that ended before the year', () => {
    const goals = model.period('2025').goals;
    const outcomes = goalOutcomes(goals, { from: day('2026-01-01'), to: day('2026-12-31') });
    expect(outcomes.achieved).toEqual([]);
    expect(outcomes.missed).toEqual([]);
  });
});

describe('best and worst months', () => {
  const year = find(report.reports('year'), '2025').period.span;

  it('picks the highest and lowest whole month where more is better, leaving out partial May', () => {
    // Impressions: January and March 496 (January first), February 406; May (to the 20th) is partial.
    expect(monthExtremes(report.months, year, 'impressions')).toEqual({
      metric: 'impressions',
      best: { month: '2025-01', value: 496 },
      worst: { month: '2025-02', value: 406 },
    });
    // Leads: March 155; February 28.
    const leads = monthExtremes(report.months, year, 'leads')!;
    expect(leads.best).toEqual({ month: '2025-03', value: 155 });
    expect(leads.worst).toEqual({ month: '2025-02', value: 28 });
  });

  it('says nothing for a metric with no better side, and null for a year without whole months', () => {
    expect(monthExtremes(report.months, year, 'spend')).toBeNull();
    expect(monthExtremes(report.months, { from: day('2026-01-01'), to: day('2026-12-31') }, 'leads')).toEqual({
      metric: 'leads',
      best: null,
      worst: null,
    });
  });
});

describe('a KPI review reminder', () => {
  const march = find(report.months, '2025-03');
  const may = find(report.months, '2025-05');

  it('shows in the report whose period holds the planned day, once', () => {
    expect(kpiReviewDue(['2025-03-15'], march)).toBe(day('2025-03-15'));
    expect(kpiReviewDue(['2025-03-15'], find(report.months, '2025-04'))).toBeNull();
    expect(kpiReviewDue(['2025-02-28'], march)).toBeNull();
  });

  it('names the latest of two planned days in one period', () => {
    expect(kpiReviewDue(['2025-03-01', '2025-03-20'], march)).toBe(day('2025-03-20'));
  });

  it('waits for the data to reach the day in a period that is still running', () => {
    // May's data runs to the 20th.
    expect(kpiReviewDue(['2025-05-25'], may)).toBeNull();
    expect(kpiReviewDue(['2025-05-20'], may)).toBe(day('2025-05-20'));
  });

  it('gives the yearly review the last planned review and the next', () => {
    expect(kpiReviewsAround(['2025-06-30', '2024-12-15', '2025-12-15'], day('2025-08-01'))).toEqual({
      last: day('2025-06-30'),
      next: day('2025-12-15'),
    });
    expect(kpiReviewsAround([], day('2025-08-01'))).toEqual({ last: null, next: null });
  });
});

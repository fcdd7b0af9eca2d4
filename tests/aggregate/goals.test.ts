/**
 * Goals through the pipeline: a hand-made data folder -> loadDataDir ->
 * buildClientReport -> evaluateGoals (and data.json). Every expected number is worked
 * out by hand in the comment next to it.
 *
 * The data: Instagram, one row a day from 2025-01-01 to 2025-03-15 (so March is
 * partial: 15 of its 31 days), with
 *   followers    1,000 + 10 a day: 1,000 on 1 Jan, 1,300 on 31 Jan, 1,400 on 10 Feb,
 *                1,580 on 28 Feb (day 58 after 1 Jan), 1,730 on 15 Mar (day 73)
 *   impressions  1,000 a day: January 31,000, February 28,000, March (15 days) 15,000
 *   engagements  30 a day in January, 20 in February, 40 in March: engagement rate
 *                3% in January, 2% in February, 4% in March
 *   video_views  100 a day: 3,100 in January, 5,900 by 28 Feb (59 days), 7,400 by 15 Mar (74 days)
 * and costs as month totals (long file): 500 for January, 700 for March, none for February.
 *
 * Day counts used below: 1 Jan to 28 Feb is 59 days counted (58 days between);
 * 28 Feb to 30 Jun is 31 + 30 + 31 + 30 = 122 days; 28 Feb to 30 Apr is 31 + 30 = 61;
 * 15 Mar to 30 Jun is 16 + 30 + 31 + 30 = 107; 15 Mar to 30 Apr is 16 + 30 = 46.
 * A month of pace is 365.25 / 12 = 30.4375 days.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AT_RISK_SHARE, DAYS_PER_MONTH, evaluateGoals, type GoalEvaluation } from '../../src/aggregate/goals.ts';
import { isoDate, parseIsoDate } from '../../src/model/calendar.ts';
import { buildOne, eachDay, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

const instagram = [
  'date,platform,followers,impressions,engagements,video_views',
  ...eachDay('2025-01-01', '2025-03-15').map((iso, i) => {
    const engagements = iso < '2025-02-01' ? 30 : iso < '2025-03-01' ? 20 : 40;
    return `${iso},instagram,${1000 + 10 * i},1000,${engagements},100`;
  }),
].join('\n');

const costs = ['date,platform,metric,value', '2025-01,instagram,cost,500', '2025-03,instagram,cost,700'].join('\n');

const goal = (fields: string) => `  - { ${fields} }`;
const H1 = 'start: 2025-01-01, deadline: 2025-06-30';

const yaml = [
  'name: Goal Co',
  'goals:',
  // total: the same flow against four targets, to cross each line of the status rule
  goal(`id: views-18100, metric: video_views, kind: total, target: 18100, ${H1}`),
  goal(`id: views-20000, metric: video_views, kind: total, target: 20000, ${H1}`),
  goal(`id: views-20112, metric: video_views, kind: total, target: 20112, ${H1}`),
  goal(`id: views-5000, metric: video_views, kind: total, target: 5000, ${H1}`),
  goal(`id: views-from-feb10, metric: video_views, kind: total, target: 5000, start: 2025-02-10, deadline: 2025-06-30`),
  goal(`id: costs, metric: cost, kind: total, target: 2000, ${H1}`),
  // level on a stock
  goal(`id: followers-2000, metric: followers, kind: level, target: 2000, start: 2025-01-01, deadline: 2025-04-30`),
  goal(`id: followers-2500, metric: followers, kind: level, target: 2500, start: 2025-01-01, deadline: 2025-04-30`),
  goal(`id: followers-3000, metric: followers, kind: level, target: 3000, start: 2025-01-01, deadline: 2025-04-30`),
  goal(
    `id: followers-from-1400, metric: followers, kind: level, target: 2000, baseline: 1400, start: 2025-01-01, deadline: 2025-04-30`,
  ),
  goal(
    `id: followers-no-baseline, metric: followers, kind: level, target: 5000, start: 2024-12-01, deadline: 2025-12-31`,
  ),
  // level on a rate: down from an explicit baseline, and up from the month before the start
  goal(
    `id: er-down, metric: engagement_rate, kind: level, target: 1.5, baseline: 3, start: 2025-01-01, deadline: 2025-04-30`,
  ),
  goal(`id: er-up, metric: engagement_rate, kind: level, target: 5, start: 2025-02-01, deadline: 2025-06-30`),
  // at_least / at_most
  goal(`id: er-25, metric: engagement_rate, platform: instagram, kind: at_least, target: 2.5, ${H1}`),
  goal(`id: er-22, metric: engagement_rate, kind: at_least, target: 2.2, ${H1}`),
  goal(`id: er-max-35, metric: engagement_rate, kind: at_most, target: 3.5, ${H1}`),
  goal(`id: impressions-30k, metric: impressions, kind: at_least, target: 30000, ${H1}`),
  // deadlines in the past of the later reports: their final state
  goal(`id: jan-views-3000, metric: video_views, kind: total, target: 3000, start: 2025-01-01, deadline: 2025-01-31`),
  goal(`id: jan-views-3200, metric: video_views, kind: total, target: 3200, start: 2025-01-01, deadline: 2025-01-31`),
  goal(`id: jan-followers-1400, metric: followers, kind: level, target: 1400, start: 2025-01-01, deadline: 2025-01-31`),
  goal(
    `id: er-till-feb, metric: engagement_rate, kind: at_least, target: 2.5, start: 2025-01-01, deadline: 2025-02-28`,
  ),
  goal(
    `id: er-till-jan, metric: engagement_rate, kind: at_least, target: 2.5, start: 2025-01-01, deadline: 2025-01-31`,
  ),
  // nothing to judge by, and not started yet
  goal(`id: leads, metric: leads, kind: total, target: 100, ${H1}`),
  goal(`id: later, metric: video_views, kind: total, target: 100, start: 2025-03-20, deadline: 2025-06-30`),
  '',
].join('\n');

const built = buildOne({ yaml, files: { 'instagram.csv': instagram, 'costs.csv': costs } });
const goalsIn = (month: string) => evaluateGoals(built.report, built.month(month));
const goalIn = (month: string, id: string): GoalEvaluation => {
  const found = goalsIn(month).find((g) => g.id === id);
  if (!found) throw new Error(`no goal ${id} in ${month}`);
  return found;
};
const day = (iso: string) => parseIsoDate(iso)!;

describe('ClientReport.measure: any span of days, as the months are measured', () => {
  const { report } = built;
  it('sums a flow over a span, takes a stock at the span’s last observation, recomputes a rate', () => {
    // 10 Jan to 19 Jan: 10 days x 100 views
    expect(report.measure('instagram', 'video_views', { from: day('2025-01-10'), to: day('2025-01-19') })).toBe(1000);
    expect(report.measure('all', 'video_views', { from: day('2025-01-10'), to: day('2025-01-19') })).toBe(1000);
    // followers on 10 Feb: 1,000 + 10 x 40
    expect(report.measure('all', 'followers', { from: day('2025-01-01'), to: day('2025-02-10') })).toBe(1400);
    // (31 x 30 + 28 x 20) / (59 x 1,000) x 100 = 1,490 / 59,000 x 100 = 2.525424%
    expect(report.measure('all', 'engagement_rate', { from: day('2025-01-01'), to: day('2025-02-28') })).toBeCloseTo(
      2.525424,
      6,
    );
  });

  it('counts a month total only when the span holds its whole month', () => {
    // January's 500 and March's 700
    expect(report.measure('all', 'cost', { from: day('2025-01-01'), to: day('2025-03-31') })).toBe(1200);
    expect(report.measure('all', 'cost', { from: day('2025-01-01'), to: day('2025-01-15') })).toBeNull();
    // nothing reported: null, not 0
    expect(report.measure('all', 'leads', { from: day('2025-01-01'), to: day('2025-01-31') })).toBeNull();
  });

  it('leaves the months as they were', () => {
    // February: 28 x 100
    expect(built.figures('2025-02', 'all', 'video_views').value).toBe(2800);
  });
});

describe('total goals', () => {
  it('February: 5,900 views of 20,000 by 30 June, projected 18,100: at risk', () => {
    const g = goalIn('2025-02', 'views-20000');
    expect(isoDate(g.asOf)).toBe('2025-02-28');
    expect(g.final).toBe(false);
    expect(g.daysLeft).toBe(122);
    expect(g.baseline).toBe(0);
    // 59 days x 100
    expect(g.current).toBe(5900);
    // 5,900 / 20,000 x 100
    expect(g.progressPct).toBeCloseTo(29.5, 10);
    // 5,900 / 59 days = 100 a day, x 30.4375
    expect(g.achievedPace).toBeCloseTo(3043.75, 10);
    // (20,000 - 5,900) / 122 x 30.4375 = 14,100 x 30.4375 / 122 = 429,168.75 / 122 = 3,517.776639
    expect(g.requiredPace).toBeCloseTo(3517.776639, 6);
    // 5,900 + 100 x 122
    expect(g.projected).toBeCloseTo(18100, 10);
    // 18,100 / 20,000 = 0.905: at least 90% of the way
    expect(g.status).toBe('at_risk');
  });

  it('crosses each line of the rule: 18,100 on track (exactly 100%), 20,112 off track (89.996%), 5,000 achieved', () => {
    expect(goalIn('2025-02', 'views-18100').status).toBe('on_track');
    // 18,100 / 20,112 = 0.899960 < 0.9
    expect(18100 / 20112).toBeLessThan(AT_RISK_SHARE);
    expect(goalIn('2025-02', 'views-20112').status).toBe('off_track');
    const done = goalIn('2025-02', 'views-5000');
    expect(done.status).toBe('achieved');
    // 5,900 / 5,000 x 100: progress goes past 100
    expect(done.progressPct).toBeCloseTo(118, 10);
    // nothing more needed
    expect(done.requiredPace).toBe(0);
  });

  it('a partial month counts its days: March to the 15th', () => {
    const g = goalIn('2025-03', 'views-20000');
    expect(isoDate(g.asOf)).toBe('2025-03-15');
    // 74 days x 100
    expect(g.current).toBe(7400);
    expect(g.daysLeft).toBe(107);
    // (20,000 - 7,400) / 107 x 30.4375 = 12,600 x 30.4375 / 107 = 383,512.5 / 107 = 3,584.228972
    expect(g.requiredPace).toBeCloseTo(3584.228972, 6);
    // 7,400 + 100 x 107 = 18,100
    expect(g.projected).toBeCloseTo(18100, 10);
    expect(g.status).toBe('at_risk');
  });

  it('sums from a start day inside the month', () => {
    const g = goalIn('2025-02', 'views-from-feb10');
    // 10 Feb to 28 Feb: 19 days x 100
    expect(g.current).toBe(1900);
    // 100 a day x 30.4375
    expect(g.achievedPace).toBeCloseTo(3043.75, 10);
  });

  it('counts the report month’s month total whole, as the month’s own figures do', () => {
    const g = goalIn('2025-03', 'costs');
    // January 500 + March 700 (the span 1 Jan to 31 Mar holds both months whole)
    expect(g.current).toBe(1200);
    // 1,200 over the 74 days the data covers: 1,200 / 74 x 30.4375 = 493.581081
    expect(g.achievedPace).toBeCloseTo(493.581081, 6);
    // 1,200 + 1,200 / 74 x 107 = 1,200 + 1,735.135135 = 2,935.135135 >= 2,000
    expect(g.projected).toBeCloseTo(2935.135135, 6);
    expect(g.status).toBe('on_track');
  });
});

describe('level goals', () => {
  it('February: 1,580 followers, from 1,000 on 1 Jan to 2,000 by 30 April, projected 2,190: on track', () => {
    const g = goalIn('2025-02', 'followers-2000');
    // the observation on the start day
    expect(g.baseline).toBe(1000);
    // February's last observation
    expect(g.current).toBe(1580);
    // (1,580 - 1,000) / (2,000 - 1,000) x 100
    expect(g.progressPct).toBeCloseTo(58, 10);
    // 580 over the 58 days between 1 Jan and 28 Feb: 10 a day x 30.4375
    expect(g.achievedPace).toBeCloseTo(304.375, 10);
    // (2,000 - 1,580) / 61 x 30.4375 = 12,783.75 / 61 = 209.569672
    expect(g.requiredPace).toBeCloseTo(209.569672, 6);
    // 1,580 + 10 x 61
    expect(g.projected).toBeCloseTo(2190, 10);
    expect(g.status).toBe('on_track');
  });

  it('the same pace against 2,500 is off track: (2,190 - 1,000) / 1,500 = 79.3%', () => {
    const g = goalIn('2025-02', 'followers-2500');
    expect(g.projected).toBeCloseTo(2190, 10);
    expect(g.status).toBe('off_track');
  });

  it('asks to revisit a target whose needed pace is more than twice the pace so far', () => {
    // 2,500: (2,500 - 1,580) / 61 x 30.4375 = 459.06 a month needed, against 304.375 so far: less than twice.
    expect(goalIn('2025-02', 'followers-2500').revisit).toBe(false);
    // 3,000: (3,000 - 1,580) / 61 x 30.4375 = 708.55 needed, more than 2 x 304.375 = 608.75.
    const g = goalIn('2025-02', 'followers-3000');
    expect(g.requiredPace).toBeCloseTo(708.545082, 6);
    expect(g.revisit).toBe(true);
    // What the pace so far reaches instead: 1,580 + 10 x 61.
    expect(g.projected).toBeCloseTo(2190, 10);
    // A goal already met needs no revisit.
    expect(goalIn('2025-02', 'followers-2000').revisit).toBe(false);
  });

  it('uses the baseline client.yaml gives', () => {
    const g = goalIn('2025-02', 'followers-from-1400');
    expect(g.baseline).toBe(1400);
    // (1,580 - 1,400) / (2,000 - 1,400) x 100 = 180 / 600 x 100
    expect(g.progressPct).toBeCloseTo(30, 10);
    // (1,580 - 1,400) / 58 x 30.4375 = 180 x 30.4375 / 58 = 5,478.75 / 58 = 94.461207
    expect(g.achievedPace).toBeCloseTo(94.461207, 6);
    // 1,580 + 180 / 58 x 61 = 1,580 + 189.310345 = 1,769.310345: (1,769.31 - 1,400) / 600 = 61.6%
    expect(g.projected).toBeCloseTo(1769.310345, 6);
    expect(g.status).toBe('off_track');
  });

  it('a partial month: March to the 15th', () => {
    const g = goalIn('2025-03', 'followers-2000');
    // 15 Mar
    expect(g.current).toBe(1730);
    expect(g.daysLeft).toBe(46);
    // (2,000 - 1,730) / 46 x 30.4375 = 8,218.125 / 46 = 178.654891
    expect(g.requiredPace).toBeCloseTo(178.654891, 6);
    // 730 over the 73 days since 1 Jan = 10 a day; 1,730 + 10 x 46 = 2,190
    expect(g.projected).toBeCloseTo(2190, 10);
  });

  it('has no baseline, progress, pace so far or status when the data starts after the goal does', () => {
    const g = goalIn('2025-02', 'followers-no-baseline');
    expect(g.baseline).toBeNull();
    expect(g.current).toBe(1580);
    expect(g.progressPct).toBeNull();
    expect(g.achievedPace).toBeNull();
    expect(g.projected).toBeNull();
    expect(g.status).toBeNull();
    // the pace still needed needs no baseline: 28 Feb to 31 Dec is 306 days; (5,000 - 1,580) / 306 x 30.4375
    // = 104,096.25 / 306 = 340.183824
    expect(g.requiredPace).toBeCloseTo(340.183824, 6);
  });

  it('a target below the baseline is reached by going down', () => {
    const g = goalIn('2025-02', 'er-down');
    // February's rate: 20 / 1,000 x 100
    expect(g.current).toBeCloseTo(2, 10);
    // (2 - 3) / (1.5 - 3) x 100 = 66.67%
    expect(g.progressPct).toBeCloseTo(66.666667, 6);
    // -1 point over 58 days: -1 / 58 x 30.4375 = -0.524784 points a month
    expect(g.achievedPace).toBeCloseTo(-0.524784, 6);
    // (1.5 - 2) / 61 x 30.4375 = -0.249488
    expect(g.requiredPace).toBeCloseTo(-0.249488, 6);
    // 2 - 61 / 58 = 0.948276, below 1.5: (0.948 - 3) / (1.5 - 3) = 1.37 of the way
    expect(g.projected).toBeCloseTo(0.948276, 6);
    expect(g.status).toBe('on_track');
  });

  it('a rate’s baseline is the month before the start’s month', () => {
    const g = goalIn('2025-03', 'er-up');
    // January's 3%
    expect(g.baseline).toBeCloseTo(3, 10);
    // March so far: 40 / 1,000 x 100
    expect(g.current).toBeCloseTo(4, 10);
    // (4 - 3) / (5 - 3) x 100
    expect(g.progressPct).toBeCloseTo(50, 10);
    // 1 point over the 42 days from 1 Feb to 15 Mar; 4 + 107 / 42 = 6.547619
    expect(g.projected).toBeCloseTo(6.547619, 6);
    expect(g.status).toBe('on_track');
  });
});

describe('at_least and at_most goals', () => {
  it('engagement rate at least 2.5%: January held, February missed (2% < 2.25%), March held after a miss', () => {
    const jan = goalIn('2025-01', 'er-25');
    expect([jan.monthsHeld, jan.monthsJudged, jan.progressPct, jan.status]).toEqual([1, 1, 100, 'on_track']);
    expect(jan.baseline).toBeNull();
    expect(jan.requiredPace).toBeNull();
    expect(jan.achievedPace).toBeNull();
    expect(jan.projected).toBeNull();
    const feb = goalIn('2025-02', 'er-25');
    expect(feb.current).toBeCloseTo(2, 10);
    // 1 of 2 months; 2% is below 2.5% - 10% of 2.5% = 2.25%
    expect([feb.monthsHeld, feb.monthsJudged, feb.progressPct, feb.status]).toEqual([1, 2, 50, 'off_track']);
    const mar = goalIn('2025-03', 'er-25');
    // 4% holds, but February did not: every month must
    expect([mar.monthsHeld, mar.monthsJudged, mar.status]).toEqual([2, 3, 'at_risk']);
    // 2 / 3 x 100
    expect(mar.progressPct).toBeCloseTo(66.666667, 6);
  });

  it('a narrow miss is at risk: 2% against at least 2.2% (within 10%: 1.98%)', () => {
    expect(goalIn('2025-02', 'er-22').status).toBe('at_risk');
  });

  it('at most 3.5%: 3% and 2% hold, 4% misses by more than 10% (3.85%)', () => {
    expect(goalIn('2025-02', 'er-max-35').status).toBe('on_track');
    const mar = goalIn('2025-03', 'er-max-35');
    expect([mar.monthsHeld, mar.monthsJudged, mar.status]).toEqual([2, 3, 'off_track']);
  });

  it('scales a flow’s target to the days a partial month covers', () => {
    const feb = goalIn('2025-02', 'impressions-30k');
    // 28,000 < 30,000 but >= 27,000 (within 10%)
    expect([feb.current, feb.monthTarget, feb.status]).toEqual([28000, 30000, 'at_risk']);
    const mar = goalIn('2025-03', 'impressions-30k');
    expect(mar.current).toBe(15000);
    // 30,000 x 15 / 31 = 14,516.129032: 15,000 holds
    expect(mar.monthTarget).toBeCloseTo(14516.129032, 6);
    // January 31,000 and March held, February did not
    expect([mar.monthsHeld, mar.monthsJudged, mar.status]).toEqual([2, 3, 'at_risk']);
  });
});

describe('past the deadline: the final state', () => {
  it('a total: January’s 3,100 views against 3,000 achieved, against 3,200 missed, in every later month', () => {
    for (const month of ['2025-01', '2025-02', '2025-03']) {
      const met = goalIn(month, 'jan-views-3000');
      expect(met.final).toBe(true);
      expect(isoDate(met.asOf)).toBe('2025-01-31');
      // 31 days x 100
      expect(met.current).toBe(3100);
      expect(met.projected).toBe(3100);
      expect(met.daysLeft).toBe(0);
      expect(met.requiredPace).toBeNull();
      // 100 a day x 30.4375
      expect(met.achievedPace).toBeCloseTo(3043.75, 10);
      expect(met.status).toBe('achieved');
      expect(goalIn(month, 'jan-views-3200').status).toBe('missed');
    }
  });

  it('a level: 1,300 followers on the deadline against 1,400: missed, 75% of the way', () => {
    const g = goalIn('2025-03', 'jan-followers-1400');
    // the last observation up to 31 Jan, not March's 1,730
    expect(g.current).toBe(1300);
    // (1,300 - 1,000) / (1,400 - 1,000) x 100
    expect(g.progressPct).toBeCloseTo(75, 10);
    expect(g.status).toBe('missed');
  });

  it('at_least: every month to the deadline held is achieved; one miss is missed', () => {
    const tillJan = goalIn('2025-03', 'er-till-jan');
    expect([tillJan.monthsHeld, tillJan.monthsJudged, tillJan.status]).toEqual([1, 1, 'achieved']);
    // the deadline's month is the last judged: February's 2%
    const tillFeb = goalIn('2025-03', 'er-till-feb');
    expect(tillFeb.current).toBeCloseTo(2, 10);
    expect([tillFeb.monthsHeld, tillFeb.monthsJudged, tillFeb.status]).toEqual([1, 2, 'missed']);
  });
});

describe('which goals a month shows', () => {
  it('leaves out a goal until the month’s data reaches its start, keeps client.yaml’s order', () => {
    const jan = goalsIn('2025-01').map((g) => g.id);
    expect(jan).not.toContain('views-from-feb10');
    expect(goalsIn('2025-02').map((g) => g.id)).toContain('views-from-feb10');
    // starts 20 March; March's data stops on the 15th
    expect(goalsIn('2025-03').map((g) => g.id)).not.toContain('later');
    expect(jan.slice(0, 4)).toEqual(['views-18100', 'views-20000', 'views-20112', 'views-5000']);
  });

  it('has no status and no numbers for a metric that was never reported', () => {
    const g = goalIn('2025-02', 'leads');
    expect([g.current, g.progressPct, g.requiredPace, g.achievedPace, g.projected, g.status]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('paces are per month of 30.4375 days', () => {
    expect(DAYS_PER_MONTH).toBe(30.4375);
  });
});

describe('data.json goals', () => {
  it('lists each goal with its numbers rounded to six decimals', () => {
    const json = built.json('2025-02');
    expect(json.goals.find((g) => g.id === 'views-20000')).toEqual({
      id: 'views-20000',
      metric: 'video_views',
      platform: 'all',
      kind: 'total',
      start: '2025-01-01',
      deadline: '2025-06-30',
      target: 20000,
      baseline: 0,
      current: 5900,
      progress_pct: 29.5,
      // 3,517.776639344... rounded
      required_pace: 3517.776639,
      achieved_pace: 3043.75,
      projected: 18100,
      status: 'at_risk',
      // 3,517.78 needed is less than twice the 3,043.75 so far.
      revisit: false,
    });
    expect(json.goals.find((g) => g.id === 'er-25')).toMatchObject({
      platform: 'instagram',
      kind: 'at_least',
      baseline: null,
      current: 2,
      progress_pct: 50,
      required_pace: null,
      achieved_pace: null,
      projected: null,
      status: 'off_track',
    });
    expect(json.goals.find((g) => g.id === 'leads')).toMatchObject({ current: null, status: null });
  });

  it('is an empty list for a client without goals', () => {
    const plain = buildOne({ files: { 'instagram.csv': instagram } });
    expect(plain.json('2025-01').goals).toEqual([]);
  });
});

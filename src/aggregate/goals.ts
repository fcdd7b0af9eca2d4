/**
 * Goals: where each of a client's goals (client.yaml `goals:`) stands in a report
 * month. Pure: it reads the client's report and returns numbers, nothing else.
 *
 * What a goal's numbers mean, by kind:
 *
 * - `level`: reach a value by the deadline (150,000 followers by 2026-12-31).
 *   baseline = client.yaml's `baseline`, else the value at the start: for a stock the
 *   last observation on or before the start day, for a flow or a rate the value of
 *   the month before the start's month. current = the value at the end of the report
 *   month (a stock's last observation in the month, a flow's or rate's month value);
 *   once the data reaches the deadline, the value at the deadline (a stock's last
 *   observation up to that day, a flow's or rate's value in the deadline's month).
 *   progress = (current - baseline) / (target - baseline) x 100. A target below the
 *   baseline is a goal to go down (cost per lead to 30): reaching it means going
 *   down to it.
 * - `total`: add a flow up from the start to the deadline (100,000 video views in
 *   2026). baseline = 0; current = the sum from the start day to the end of the
 *   report month, or to the deadline once it is past; progress = current / target x 100.
 * - `at_least` / `at_most`: keep the value on that side of the target in every month
 *   from the start's month to the deadline's (engagement rate at least 2.5%). Each
 *   month with a value is judged on its own value; for a flow (leads, revenue) in a
 *   partial month the target is scaled to the days the data covers. current = the
 *   report month's value; progress = months held / months judged x 100. Baseline,
 *   paces and projection do not apply (null).
 *
 * Paces are per month, a month being 365.25 / 12 = 30.4375 days, counted by day:
 *   achieved pace = (current - baseline) / days elapsed x 30.4375
 *   required pace = (target - current) / days left x 30.4375 (0 once the target is met;
 *                   null when no days are left)
 *   projected     = current + achieved pace per day x days left (linear on the pace so far)
 * where days left = deadline - the last day of data counted (the end of the month's
 * data, or the deadline if earlier), and days elapsed counts from the start: for a
 * total, the days summed (start and last day both counted); for a level, the days
 * between the value at the start and the current one.
 *
 * THE STATUS RULE (one of achieved, on_track, at_risk, off_track, missed):
 *
 * level and total, with "met" meaning current >= target (current <= target for a
 * level goal whose target is below its baseline):
 *   1. the data reaches the deadline (final state): achieved if met, else missed;
 *   2. before the deadline: achieved if met now;
 *   3. otherwise by the projection at the deadline, as a share of the way from the
 *      baseline to the target, (projected - baseline) / (target - baseline):
 *      >= 100% on_track, >= 90% at_risk, below 90% off_track.
 * at_least and at_most:
 *   1. the data reaches the deadline: achieved if every month judged held, else missed;
 *   2. before the deadline, this month on the right side of the target: on_track if
 *      every month so far held, at_risk if an earlier month missed (the goal asks for
 *      every month);
 *   3. this month on the wrong side: at_risk when within 10% of the target (at least
 *      90% of it for at_least, at most 110% for at_most), otherwise off_track.
 * No status (null) when there is nothing to judge by: no value for the metric, or a
 * level goal without a baseline that is neither met nor past its deadline.
 *
 * A goal appears in a month's report once the month's data reaches its start day;
 * earlier months leave it out. After its deadline it keeps appearing, in its final
 * state.
 */
import { compareMonths, monthSpan, parseIsoDate, type Day, type Month } from '../model/calendar.ts';
import type { GoalConfig, GoalKind } from '../ingest/client-config.ts';
import { overTime, type OverTime } from '../model/metric-registry.ts';
import type { Amount } from './formulas.ts';
import type { ClientReport, PeriodReport } from './client-report.ts';

export type GoalStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'missed';

export const GOAL_STATUSES: readonly GoalStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'missed'];

/** Paces are per month of this many days (an average Gregorian month). */
export const DAYS_PER_MONTH = 365.25 / 12;
/** A projection at least this share of the way from baseline to target is at risk rather than off track. */
export const AT_RISK_SHARE = 0.9;
/** A month within this share of the target on the wrong side is at risk rather than off track. */
export const NEAR_MISS_SHARE = 0.1;

export interface GoalEvaluation {
  readonly id: string;
  /** client.yaml's `label`, if any. */
  readonly label: string | null;
  readonly metric: string;
  readonly platform: string;
  readonly kind: GoalKind;
  readonly target: number;
  readonly start: Day;
  readonly deadline: Day;
  /** The last day of data the evaluation counts: the end of the month's data, or the deadline if earlier. */
  readonly asOf: Day;
  /** The data reaches the deadline: the state is final. */
  readonly final: boolean;
  /** Days from asOf to the deadline. */
  readonly daysLeft: number;
  readonly baseline: Amount;
  readonly current: Amount;
  readonly progressPct: Amount;
  /** Per month (DAYS_PER_MONTH days), in the metric's unit; null for at_least / at_most. */
  readonly requiredPace: Amount;
  readonly achievedPace: Amount;
  /** The value at the deadline if the pace so far holds; null for at_least / at_most. */
  readonly projected: Amount;
  /** at_least / at_most: the months judged so far and how many of them held; null otherwise. */
  readonly monthsJudged: number | null;
  readonly monthsHeld: number | null;
  /** at_least / at_most: the target this month was held to (scaled for a flow in a partial month). */
  readonly monthTarget: Amount;
  /** Null when there is nothing to judge by (see the status rule above). */
  readonly status: GoalStatus | null;
  /**
   * The pace still needed is more than REVISIT_FACTOR times the pace achieved so far
   * (or the pace so far runs the wrong way): the target wants revisiting, and
   * `projected` is what the pace so far would reach instead. Always false for
   * at_least / at_most goals and once the deadline has passed.
   */
  readonly revisit: boolean;
}

/** A required pace this many times the achieved one calls for revisiting the target, as the ROI article asks each quarter. */
export const REVISIT_FACTOR = 2;

/** Every goal of the client that has started by the month's data, in client.yaml's order. */
export function evaluateGoals(report: ClientReport, month: PeriodReport): GoalEvaluation[] {
  const out: GoalEvaluation[] = [];
  for (const goal of report.client.config.goals ?? []) {
    const evaluation = evaluateGoal(report, month, goal);
    if (evaluation) out.push(evaluation);
  }
  return out;
}

/** One goal in one month; null when the month's data does not reach the goal's start. */
export function evaluateGoal(report: ClientReport, month: PeriodReport, goal: GoalConfig): GoalEvaluation | null {
  const start = day(goal.start);
  const deadline = day(goal.deadline);
  const dataEnd = month.coverage.to;
  if (start > dataEnd) return null;
  const asOf = Math.min(dataEnd, deadline);
  const timeline: Timeline = { start, deadline, asOf, final: dataEnd >= deadline, daysLeft: deadline - asOf };
  const nature = overTime(goal.metric, report.client.config.metrics) ?? 'flow';
  const figures =
    goal.kind === 'total'
      ? totalFigures(report, month, goal, timeline)
      : goal.kind === 'level'
        ? levelFigures(report, month, goal, timeline, nature)
        : keepFigures(report, month, goal, timeline, nature);
  return {
    id: goal.id,
    label: goal.label ?? null,
    metric: goal.metric,
    platform: goal.platform,
    kind: goal.kind,
    target: goal.target,
    start,
    deadline,
    asOf,
    final: timeline.final,
    daysLeft: timeline.daysLeft,
    ...figures,
  };
}

interface Timeline {
  readonly start: Day;
  readonly deadline: Day;
  readonly asOf: Day;
  readonly final: boolean;
  readonly daysLeft: number;
}

type Figures = Pick<
  GoalEvaluation,
  | 'baseline'
  | 'current'
  | 'progressPct'
  | 'requiredPace'
  | 'achievedPace'
  | 'projected'
  | 'monthsJudged'
  | 'monthsHeld'
  | 'monthTarget'
  | 'status'
  | 'revisit'
>;

const NOT_KEPT = { monthsJudged: null, monthsHeld: null, monthTarget: null } as const;

function day(iso: string): Day {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`goal date ${iso} is not a day (client.yaml is validated first)`);
  return parsed;
}

function valueIn(month: PeriodReport | undefined, platform: string, metric: string): Amount {
  return month?.platforms[platform]?.[metric]?.value ?? null;
}

function findMonth(report: ClientReport, month: Month): PeriodReport | undefined {
  return report.months.find((m) => m.month.id === month.id);
}

function totalFigures(report: ClientReport, month: PeriodReport, goal: GoalConfig, t: Timeline): Figures {
  // Before the deadline the report month counts through its last day, month totals included, as its own figures do.
  const to = t.final ? t.deadline : Math.min(t.deadline, month.through);
  const current = report.measure(goal.platform, goal.metric, { from: t.start, to });
  const daysElapsed = t.asOf - t.start + 1;
  const perDay = current === null ? null : current / daysElapsed;
  return {
    baseline: 0,
    current,
    ...progress(goal.kind, goal.target, 0, current, perDay, t),
    ...NOT_KEPT,
  };
}

function levelFigures(
  report: ClientReport,
  month: PeriodReport,
  goal: GoalConfig,
  t: Timeline,
  nature: OverTime,
): Figures {
  const { calendar } = report.client;
  const { platform, metric } = goal;
  let baseline: Amount = goal.baseline ?? null;
  if (goal.baseline === undefined) {
    if (nature === 'stock') {
      baseline =
        t.start >= report.dataFrom ? report.measure(platform, metric, { from: report.dataFrom, to: t.start }) : null;
    } else {
      baseline = valueIn(findMonth(report, calendar.addMonths(calendar.monthOf(t.start), -1)), platform, metric);
    }
  }
  let current: Amount;
  if (!t.final) current = valueIn(month, platform, metric);
  else if (nature === 'stock') {
    const from = calendar.firstDay(calendar.monthOf(t.deadline));
    current = report.measure(platform, metric, { from, to: t.deadline });
  } else current = valueIn(findMonth(report, calendar.monthOf(t.deadline)), platform, metric);
  const daysElapsed = t.asOf - t.start;
  const perDay = current === null || baseline === null || daysElapsed <= 0 ? null : (current - baseline) / daysElapsed;
  return { baseline, current, ...progress(goal.kind, goal.target, baseline, current, perDay, t), ...NOT_KEPT };
}

/** Progress, paces, projection and status of a level or total goal. */
function progress(
  kind: GoalKind,
  target: number,
  baseline: Amount,
  current: Amount,
  perDay: Amount,
  t: Timeline,
): Pick<Figures, 'progressPct' | 'requiredPace' | 'achievedPace' | 'projected' | 'status' | 'revisit'> {
  if (current === null) {
    return { progressPct: null, requiredPace: null, achievedPace: null, projected: null, status: null, revisit: false };
  }
  // A level goal whose target lies below its baseline is reached by going down.
  const direction = kind === 'level' && baseline !== null && target < baseline ? -1 : 1;
  const meets = (value: number) => direction * (value - target) >= 0;
  const met = meets(current);
  const way = baseline === null ? null : target - baseline;
  const progressPct = way === null || way === 0 ? null : ((current - baseline!) / way) * 100;
  const requiredPace = t.daysLeft <= 0 ? null : met ? 0 : ((target - current) / t.daysLeft) * DAYS_PER_MONTH;
  const achievedPace = perDay === null ? null : perDay * DAYS_PER_MONTH;
  const projected = t.final ? current : perDay === null ? null : current + perDay * t.daysLeft;

  let status: GoalStatus | null;
  if (t.final) status = met ? 'achieved' : 'missed';
  else if (met) status = 'achieved';
  else if (projected === null || way === null) status = null;
  else {
    // The share of the way from the baseline to the target that the projection reaches.
    const share = way === 0 ? (meets(projected) ? 1 : 0) : (projected - baseline!) / way;
    status = share >= 1 ? 'on_track' : share >= AT_RISK_SHARE ? 'at_risk' : 'off_track';
  }
  const revisit =
    !t.final &&
    !met &&
    requiredPace !== null &&
    achievedPace !== null &&
    direction * requiredPace > REVISIT_FACTOR * direction * achievedPace;
  return { progressPct, requiredPace, achievedPace, projected, status, revisit };
}

/** at_least / at_most: every month from the start's to the deadline's (or the report month) on the right side. */
function keepFigures(
  report: ClientReport,
  month: PeriodReport,
  goal: GoalConfig,
  t: Timeline,
  nature: OverTime,
): Figures {
  const { calendar } = report.client;
  const { platform, metric, target } = goal;
  const last = t.final ? calendar.monthOf(t.deadline) : month.month;
  const first = calendar.monthOf(t.start);
  const holds = (value: number, bound: number) => (goal.kind === 'at_least' ? value >= bound : value <= bound);
  /** The target a month is held to: for a flow in a partial month, scaled to the days covered. */
  const boundFor = (m: PeriodReport): number => {
    if (nature !== 'flow' || !m.partial) return target;
    const whole = monthSpan(calendar, m.month);
    const covered = Math.max(0, m.coverage.to - m.coverage.from + 1);
    return (target * covered) / (whole.to - whole.from + 1);
  };
  let judged = 0;
  let held = 0;
  // The report's own month as it stood on its last day (a week's month to date), not as it ended.
  const months = report.months.map((m) => (m.month.id === month.month.id ? month : m));
  for (const m of months) {
    if (compareMonths(m.month, first) < 0 || compareMonths(m.month, last) > 0) continue;
    const value = valueIn(m, platform, metric);
    if (value === null) continue;
    judged++;
    if (holds(value, boundFor(m))) held++;
  }
  const lastMonth = t.final ? findMonth(report, last) : month;
  const current = valueIn(lastMonth, platform, metric);
  const monthTarget = lastMonth ? boundFor(lastMonth) : null;

  let status: GoalStatus | null;
  if (t.final) status = judged === 0 ? null : held === judged ? 'achieved' : 'missed';
  else if (current === null || monthTarget === null) status = null;
  else if (holds(current, monthTarget)) status = held === judged ? 'on_track' : 'at_risk';
  else {
    const slack = NEAR_MISS_SHARE * Math.abs(monthTarget);
    const near = goal.kind === 'at_least' ? current >= monthTarget - slack : current <= monthTarget + slack;
    status = near ? 'at_risk' : 'off_track';
  }
  return {
    baseline: null,
    current,
    progressPct: judged === 0 ? null : (held / judged) * 100,
    requiredPace: null,
    achievedPace: null,
    projected: null,
    monthsJudged: judged,
    monthsHeld: held,
    monthTarget,
    status,
    revisit: false,
  };
}

/**
 * One goal as its card shows it: the status, a sentence saying what the goal is, the
 * progress bar and the numbers behind them (where it stands, the target, the projection
 * and the paces). The numbers come from the goal's evaluation in the month's model.
 */
import type { GoalEvaluation } from '../aggregate/goals.ts';
import { parseIsoDate } from '../model/calendar.ts';
import { overTime } from '../model/metric-registry.ts';
import { formatChange, formatDay, formatMetric, formatMonth, formatWhole } from './format.ts';
import { unitOf } from './metric-presentation.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface GoalCard {
  readonly title: string;
  readonly what: string;
  /** The status's id (or none), for its colour. */
  readonly status: string;
  readonly statusLabel: string;
  /** How far along, 0 to 100; null when it cannot be said. */
  readonly bar: number | null;
  readonly barText: string;
  readonly numbers: ReadonlyArray<{ readonly key: string; readonly term: string; readonly value: string }>;
  readonly note: string | null;
  /** The pace needed is more than twice the pace so far: what the target could be instead. */
  readonly revisit: string | null;
}

/** What a <Goal id> shows: its card once it has started, a line when it has not, a warning for an unknown id. */
export type GoalDisplay =
  | { readonly kind: 'card'; readonly card: GoalCard }
  | { readonly kind: 'not-started'; readonly text: string }
  | { readonly kind: 'unknown'; readonly text: string };

export function goalDisplay(view: ReportView, id: string): GoalDisplay {
  const goal = view.goals.find((g) => g.id === id);
  if (goal) return { kind: 'card', card: goalCard(view, goal) };
  const configured = view.config.goals?.find((g) => g.id === id);
  const { goals: g } = view.t;
  if (configured) {
    const start = formatDay(parseIsoDate(configured.start)!, view.style.locale);
    return { kind: 'not-started', text: g.startsOn(configured.label ?? configured.id, start) };
  }
  return { kind: 'unknown', text: g.unknown(id) };
}

export function goalCard(view: ReportView, goal: GoalEvaluation): GoalCard {
  const { t, style } = view;
  const g = t.goals;
  const { locale } = style;
  const { calendar } = view.report.client;
  const day = (d: number) => formatDay(d, locale);
  const month = (d: number) => formatMonth(calendar, calendar.monthOf(d), locale, 'short');
  const metric = goal.metric;
  const name = metricLabel(t, metric);
  const unit = unitOf(metric);
  const where = goal.platform === 'all' ? '' : g.onPlatform(platformLabel(t, goal.platform));
  const value = (amount: number | null) => formatMetric(metric, amount, style);
  // Projections and paces of a count are estimates: whole numbers read better than 134,861.5.
  const estimate = (amount: number | null) =>
    value(amount !== null && unit === 'count' && Math.abs(amount) >= 10 ? Math.round(amount) : amount);
  // A rate's pace is in percentage points; anything else in the metric's own unit.
  const pace = (amount: number | null) =>
    amount === null
      ? t.notAvailable
      : g.perMonth(unit === 'percent' ? formatChange(metric, { change: amount, pct: null }, style) : estimate(amount));
  const target = value(goal.target);
  // Where the baseline was taken (see goals.ts): a stock at the start, a flow or rate in the month before.
  const configured = view.config.goals?.find((c) => c.id === goal.id);
  const before = calendar.addMonths(calendar.monthOf(goal.start), -1);
  const baselineWhen =
    configured?.baseline !== undefined
      ? ''
      : overTime(metric, view.config.metrics) === 'stock'
        ? g.baselineOnDay(day(goal.start))
        : g.baselineInMonth(formatMonth(calendar, before, locale, 'short'));
  const subject = `${name}${where}`;
  const what =
    goal.kind === 'level'
      ? g.level(
          subject,
          target,
          day(goal.deadline),
          goal.baseline !== null ? `${value(goal.baseline)}${baselineWhen}` : null,
        )
      : goal.kind === 'total'
        ? g.total(subject, target, day(goal.start), day(goal.deadline))
        : (goal.kind === 'at_least' ? g.atLeast : g.atMost)(subject, target, month(goal.start), month(goal.deadline));
  const progress = goal.progressPct;
  const keeps = goal.kind === 'at_least' || goal.kind === 'at_most';
  const whole = (n: number) => formatWhole(n, style);
  const barText = keeps
    ? goal.monthsJudged
      ? g.monthsOnTarget(whole(goal.monthsHeld ?? 0), whole(goal.monthsJudged))
      : g.noMonthYet
    : progress === null
      ? g.progressNotAvailable
      : g.ofTheWay(whole(progress));
  const currentTerm =
    goal.kind === 'total'
      ? goal.final
        ? g.inTotal
        : g.soFar(day(goal.asOf))
      : goal.kind === 'level'
        ? goal.final
          ? g.atDeadline
          : g.now
        : goal.final
          ? g.inMonth(month(goal.deadline))
          : g.thisMonth;
  const numbers: Array<{ key: string; term: string; value: string }> = [
    { key: 'current', term: currentTerm, value: value(goal.current) },
    { key: 'target', term: g.target, value: target },
  ];
  if (keeps) {
    if (goal.monthTarget !== null && goal.monthTarget !== goal.target) {
      numbers.push({ key: 'month-target', term: g.targetSoFar, value: value(goal.monthTarget) });
    }
  } else {
    if (goal.kind === 'level') numbers.push({ key: 'baseline', term: g.baseline, value: value(goal.baseline) });
    if (!goal.final) {
      numbers.push({ key: 'projected', term: g.projected, value: estimate(goal.projected) });
      numbers.push({ key: 'required-pace', term: g.paceNeeded, value: pace(goal.requiredPace) });
    }
    numbers.push({ key: 'achieved-pace', term: g.paceSoFar, value: pace(goal.achievedPace) });
  }
  const note = goal.final
    ? g.final(day(goal.deadline))
    : goal.status === null
      ? goal.current === null
        ? g.noValueYet
        : g.needsBaseline
      : null;
  return {
    title: goal.label ?? subject,
    what,
    status: goal.status ?? 'none',
    statusLabel: g.status[goal.status ?? 'none'],
    bar: progress === null ? null : Math.round(Math.min(100, Math.max(0, progress))),
    barText,
    numbers,
    note,
    revisit: goal.revisit
      ? g.revisit(pace(goal.requiredPace), pace(goal.achievedPace), estimate(goal.projected), day(goal.deadline))
      : null,
  };
}

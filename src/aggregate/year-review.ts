/**
 * What the yearly review adds to a report: the goals the year settled, and each
 * headline number's best and worst month. Pure: it reads the client's reports.
 */
import type { DaySpan } from '../model/calendar.ts';
import { goodDirection } from '../model/metric-registry.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import type { GoalEvaluation } from './goals.ts';
import type { PeriodReport } from './client-report.ts';

export interface GoalOutcomes {
  /** Goals whose deadline fell in the year and that the data shows met, in client.yaml's order. */
  readonly achieved: readonly GoalEvaluation[];
  /** Goals whose deadline fell in the year and that were not met. */
  readonly missed: readonly GoalEvaluation[];
  /** Goals whose deadline is later, or that the data does not reach the deadline of yet: where they stand. */
  readonly running: readonly GoalEvaluation[];
}

/** The year's goals, as evaluated at its end, sorted by outcome; goals that ended in earlier years are left out. */
export function goalOutcomes(goals: readonly GoalEvaluation[], year: DaySpan): GoalOutcomes {
  const ended = goals.filter((goal) => goal.final && goal.deadline >= year.from && goal.deadline <= year.to);
  return {
    achieved: ended.filter((goal) => goal.status === 'achieved'),
    missed: ended.filter((goal) => goal.status !== 'achieved'),
    running: goals.filter((goal) => !goal.final),
  };
}

export interface MonthValue {
  /** The month's id, YYYY-MM in the client's calendar. */
  readonly month: string;
  readonly value: number;
}

export interface MonthExtremes {
  readonly metric: string;
  /** Null when no whole month of the year has the metric. */
  readonly best: MonthValue | null;
  readonly worst: MonthValue | null;
}

/**
 * A metric's best and worst whole month in a span, across platforms: best is the
 * highest where more is better, the lowest for a cost per result. A partial month is
 * left out (ten days of leads would always be the worst month); null for a metric
 * with no better side (spend). Ties go to the earlier month.
 */
export function monthExtremes(months: readonly PeriodReport[], year: DaySpan, metric: string): MonthExtremes | null {
  const direction = goodDirection(metric);
  if (direction === 0) return null;
  let best: MonthValue | null = null;
  let worst: MonthValue | null = null;
  for (const month of months) {
    if (month.partial || month.period.span.from < year.from || month.period.span.to > year.to) continue;
    const value = month.platforms[ALL_PLATFORMS]?.[metric]?.value ?? null;
    if (value === null || !Number.isFinite(value)) continue;
    const entry = { month: month.period.id, value };
    if (best === null || (value - best.value) * direction > 0) best = entry;
    if (worst === null || (value - worst.value) * direction < 0) worst = entry;
  }
  return { metric, best, worst };
}

/**
 * The yearly review's own sections as the page shows them: the goals the year settled,
 * each headline number's best and worst month, and the reminder to review the KPIs.
 */
import { kpiReviewsAround } from '../aggregate/kpi-review.ts';
import { goalOutcomes, monthExtremes } from '../aggregate/year-review.ts';
import { formatDay, formatMetric } from './format.ts';
import { metricLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface GoalOutcomeGroup {
  readonly id: 'achieved' | 'missed' | 'running';
  readonly title: string;
  readonly goalIds: readonly string[];
}

/** The year's goals by outcome; null when the client has no goals. */
export function goalOutcomesSection(
  view: ReportView,
): { readonly title: string; readonly groups: readonly GoalOutcomeGroup[]; readonly empty: string | null } | null {
  if ((view.config.goals ?? []).length === 0) return null;
  const words = view.t.periods.review;
  const outcomes = goalOutcomes(view.goals, view.period.span);
  const groups: GoalOutcomeGroup[] = (['achieved', 'missed', 'running'] as const)
    .map((id) => ({ id, title: words[id], goalIds: outcomes[id].map((goal) => goal.id) }))
    .filter((group) => group.goalIds.length > 0);
  const ended = outcomes.achieved.length + outcomes.missed.length;
  return { title: words.goalOutcomes, groups, empty: ended === 0 ? words.noGoalEnded : null };
}

export interface ExtremesRow {
  readonly metric: string;
  readonly label: string;
  /** "March 2026: 2.9%", or "No whole month". */
  readonly best: string;
  readonly worst: string;
}

/** Each headline number's best and worst whole month of the year; metrics with no better side are left out. */
export function bestAndWorstSection(
  view: ReportView,
  metrics: readonly string[] = view.headline,
): { readonly title: string; readonly intro: string; readonly rows: readonly ExtremesRow[] } {
  const words = view.t.periods.review;
  const rows = metrics.flatMap((metric): ExtremesRow[] => {
    const extremes = monthExtremes(view.report.months, view.period.span, metric);
    if (extremes === null) return [];
    const shown = (entry: { month: string; value: number } | null) =>
      entry === null
        ? words.noWholeMonth
        : `${view.monthLabel(entry.month)}: ${formatMetric(metric, entry.value, view.style)}`;
    return [{ metric, label: metricLabel(view.t, metric), best: shown(extremes.best), worst: shown(extremes.worst) }];
  });
  return { title: words.bestAndWorst, intro: words.bestAndWorstIntro, rows };
}

/** The yearly review's reminder to review the KPIs themselves, with the last and next planned review. */
export function kpiReviewSection(view: ReportView): { readonly title: string; readonly lines: readonly string[] } {
  const words = view.t.periods.kpiReview;
  const { last, next } = kpiReviewsAround(view.config.kpi_review, view.month.coverage.to);
  const day = (d: number) => formatDay(d, view.config.locale);
  const lines = [
    words.yearly,
    ...(last === null ? [] : [words.last(day(last))]),
    ...(next === null ? [] : [words.next(day(next))]),
    ...(last === null && next === null ? [words.none] : []),
  ];
  return { title: words.heading, lines };
}

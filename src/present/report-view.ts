/**
 * A report month as its page shows it: the month's model (every number, computed
 * once in aggregate/period-model.ts) with the client's words, formats and labels.
 * Components format what is here; they compute nothing.
 */
import type { GoalEvaluation } from '../aggregate/goals.ts';
import type { Highlights } from '../aggregate/highlights.ts';
import type { PeriodModel } from '../aggregate/period-model.ts';
import type { ClientReport, MetricFigures, PeriodReport, PlatformFigures } from '../aggregate/client-report.ts';
import type { ClientConfig } from '../ingest/client-config.ts';
import type { FileSummary } from '../ingest/file-summary.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { CADENCE_PERIOD, type Period, type PeriodKind } from '../model/periods.ts';
import { formatDay, formatMonth, numberStyle, type NumberStyle } from './format.ts';
import { messagesFor, type Messages } from './messages/index.ts';
import { formatPeriod, periodLinkLabel } from './period-labels.ts';
import { kpiReviewDue } from '../aggregate/kpi-review.ts';

export interface ReportView {
  readonly slug: string;
  readonly config: ClientConfig;
  readonly model: PeriodModel;
  readonly report: ClientReport;
  /** The period's figures (named month because most reports are a month's). */
  readonly month: PeriodReport;
  readonly period: Period;
  readonly kind: PeriodKind;
  readonly style: NumberStyle;
  /** The report's words in the client's language. */
  readonly t: Messages;
  /** "October 2026", "Q4 2026", "Week 48, 2026 (...)" in the client's locale. */
  readonly periodLabel: string;
  /** "vs last month", "vs last week": the period-before comparison's label. */
  readonly vsPrevious: string;
  /** "Partial month", "Partial quarter". */
  readonly partialLabel: string;
  /** The period before and after this one of the same kind, when the client has reports for them. */
  readonly previousPeriodId: string | null;
  readonly nextPeriodId: string | null;
  /** A planned KPI review that this report is the first to come after, formatted; null otherwise. */
  readonly kpiReviewDue: string | null;
  readonly partial: boolean;
  /** For a partial month: "1 Nov 2026 – 18 Nov 2026". */
  readonly coverageLabel: string;
  readonly dataThroughLabel: string;
  /** Platform slugs in the report, the cross-platform total last. */
  readonly platforms: readonly string[];
  readonly headline: readonly string[];
  readonly highlights: Highlights;
  readonly files: readonly FileSummary[];
  /** The client's goals that have started by this month's data, in client.yaml's order. */
  readonly goals: readonly GoalEvaluation[];
  figures(metric: string, platform?: string): MetricFigures | undefined;
  monthLabel(monthId: string, style?: 'long' | 'short'): string;
  /** Any period of the client by its id, as a link names it: "Q3 2026", "W47 2026". */
  periodLinkLabelOf(periodId: string): string;
}

/**
 * The headline cards, in order of what answers "is it paying off": the return first,
 * then reach and engagement, then leads and revenue. Four to six of those reported.
 */
const HEADLINE_CANDIDATES = [
  'value',
  'total_cost',
  'followers',
  'impressions',
  'engagement_rate',
  'leads',
  'revenue',
  'clicks',
  'conversions',
  'roas',
];
const HEADLINE_MAX = 6;

export function buildReportView(model: PeriodModel): ReportView {
  const { report, month } = model;
  const { config, slug, files } = report.client;
  const style: NumberStyle = numberStyle(config);
  const t = messagesFor(config.locale);
  const all: PlatformFigures = month.platforms[ALL_PLATFORMS] ?? {};
  const headline = HEADLINE_CANDIDATES.filter((id) => all[id] !== undefined).slice(0, HEADLINE_MAX);
  const { calendar } = report.client;
  const monthLabel = (monthId: string, length: 'long' | 'short' = 'long') => {
    const named = calendar.parseMonth(monthId);
    if (!named) throw new Error(`Not a month of the ${calendar.id} calendar: ${monthId}`);
    return formatMonth(calendar, named, config.locale, length);
  };
  const { period } = month;
  const periodLinkLabelOf = (periodId: string) => {
    const named = report.periods.parse(periodId);
    if (!named) throw new Error(`Not a period of the client: ${periodId}`);
    return periodLinkLabel(calendar, named, config.locale, t);
  };
  const siblings = report.reports(period.kind);
  // The reminder belongs to the regular reports; the yearly review always has its own.
  const reviewDue = period.kind === CADENCE_PERIOD[config.cadence] ? kpiReviewDue(config.kpi_review, month) : null;
  const index = siblings.findIndex((p) => p.period.id === period.id);
  return {
    slug,
    config,
    model,
    report,
    month,
    period,
    kind: period.kind,
    style,
    t,
    periodLabel: formatPeriod(calendar, period, config.locale, t),
    vsPrevious: t.periods.vsPrevious[period.kind],
    partialLabel: t.periods.partial[period.kind],
    previousPeriodId: siblings[index - 1]?.period.id ?? null,
    nextPeriodId: siblings[index + 1]?.period.id ?? null,
    kpiReviewDue: reviewDue === null ? null : formatDay(reviewDue, config.locale),
    partial: month.partial,
    coverageLabel: t.report.daySpan(
      formatDay(month.coverage.from, config.locale),
      formatDay(month.coverage.to, config.locale),
    ),
    dataThroughLabel: formatDay(report.dataThrough, config.locale),
    platforms: Object.keys(month.platforms),
    headline,
    highlights: model.highlights,
    files,
    goals: model.goals,
    figures: model.figures,
    monthLabel,
    periodLinkLabelOf,
  };
}

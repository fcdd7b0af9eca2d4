/**
 * A report month as its page shows it: the month's model (every number, computed
 * once in aggregate/month-model.ts) with the client's words, formats and labels.
 * Components format what is here; they compute nothing.
 */
import type { GoalEvaluation } from '../aggregate/goals.ts';
import type { Highlights } from '../aggregate/highlights.ts';
import type { MonthModel } from '../aggregate/month-model.ts';
import type { ClientReport, MetricFigures, PeriodReport, PlatformFigures } from '../aggregate/monthly-report.ts';
import type { ClientConfig } from '../ingest/client-config.ts';
import type { FileSummary } from '../ingest/file-summary.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { formatDay, formatMonth, numberStyle, type NumberStyle } from './format.ts';
import { messagesFor, type Messages } from './messages/index.ts';

export interface ReportView {
  readonly slug: string;
  readonly config: ClientConfig;
  readonly model: MonthModel;
  readonly report: ClientReport;
  readonly month: PeriodReport;
  readonly style: NumberStyle;
  /** The report's words in the client's language. */
  readonly t: Messages;
  /** "October 2026" in the client's locale. */
  readonly periodLabel: string;
  readonly partial: boolean;
  /** For a partial month: "1 Nov 2026 – 18 Nov 2026". */
  readonly coverageLabel: string;
  readonly dataThroughLabel: string;
  /** Platform slugs in the report, the cross-platform total last. */
  readonly platforms: readonly string[];
  readonly headline: readonly string[];
  readonly highlights: Highlights;
  readonly files: readonly FileSummary[];
  /** The month before and the same month last year, when the report has them. */
  readonly previousMonthId: string | null;
  readonly yearAgoMonthId: string | null;
  /** The client's goals that have started by this month's data, in client.yaml's order. */
  readonly goals: readonly GoalEvaluation[];
  figures(metric: string, platform?: string): MetricFigures | undefined;
  monthLabel(monthId: string, style?: 'long' | 'short'): string;
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

export function buildReportView(model: MonthModel): ReportView {
  const { report, month } = model;
  const { config, slug, files } = report.client;
  const style: NumberStyle = numberStyle(config);
  const t = messagesFor(config.locale);
  const all: PlatformFigures = month.platforms[ALL_PLATFORMS] ?? {};
  const headline = HEADLINE_CANDIDATES.filter((id) => all[id] !== undefined).slice(0, HEADLINE_MAX);
  const ids = new Set(report.months.map((m) => m.month.id));
  const offset = (count: number) => report.client.calendar.addMonths(month.month, count).id;
  const { calendar } = report.client;
  const monthLabel = (monthId: string, length: 'long' | 'short' = 'long') => {
    const named = calendar.parseMonth(monthId);
    if (!named) throw new Error(`Not a month of the ${calendar.id} calendar: ${monthId}`);
    return formatMonth(calendar, named, config.locale, length);
  };
  return {
    slug,
    config,
    model,
    report,
    month,
    style,
    t,
    periodLabel: monthLabel(month.month.id),
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
    previousMonthId: ids.has(offset(-1)) ? offset(-1) : null,
    yearAgoMonthId: ids.has(offset(-12)) ? offset(-12) : null,
    goals: model.goals,
    figures: model.figures,
    monthLabel,
  };
}

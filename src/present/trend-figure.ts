/**
 * One trend chart as the report shows it: the chart's input (its numbers, words and
 * formatters in the client's language) and the table of its numbers beneath it.
 */
import { chartTable, trendSeries, yearEarlier, type ChartTableRow, type TrendChartInput } from './charts/index.ts';
import { formatAxisValue, formatMetric } from './format.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** The trend charts' width in their own units: their text then reads as large on a phone as the page's. */
export const TREND_CHART_WIDTH = 480;

export interface TrendFigure {
  readonly title: string;
  /** The metric's name, for the table's heading. */
  readonly label: string;
  /** Null when the metric has no value in any of the months. */
  readonly chart: TrendChartInput | null;
  readonly rows: readonly ChartTableRow[];
}

export function trendFigure(
  view: ReportView,
  options: { metric: string; platform?: string | undefined; months?: number | undefined; title?: string | undefined },
): TrendFigure {
  const { t } = view;
  const { metric, platform = 'all', months = 13 } = options;
  const label = metricLabel(t, metric);
  const where = platform === 'all' ? t.trends.allPlatforms : platformLabel(t, platform);
  const title = options.title ?? t.trends.title(label, where);
  const monthId = view.month.month.id;
  const points = trendSeries(view.report, platform, metric, monthId, months);
  const valueLabel = (value: number | null) => formatMetric(metric, value, view.style);
  const monthLabel = (id: string) => view.monthLabel(id, 'short');
  const lastYear = yearEarlier(view.report.client.calendar, monthId);
  const valueAt = (id: string) => valueLabel(points.find((p) => p.month === id)?.value ?? null);
  const description =
    `${t.trends.description(label, where, monthLabel(points[0]!.month), monthLabel(monthId))} ` +
    `${view.monthLabel(monthId)}: ${valueAt(monthId)}${t.clauseSeparator}${view.monthLabel(lastYear)}: ${valueAt(lastYear)}.`;
  const reported = points.some((p) => p.value !== null);
  return {
    title,
    label,
    chart: reported
      ? {
          title,
          description,
          metric,
          points,
          current: monthId,
          lastYear,
          monthLabel,
          valueLabel,
          tickLabel: (value) => formatAxisValue(metric, value, view.style),
          lastYearText: t.trends.lastYear,
          partialText: t.trends.partialPoint,
          width: TREND_CHART_WIDTH,
        }
      : null,
    rows: chartTable(points, (id) => view.monthLabel(id), valueLabel),
  };
}

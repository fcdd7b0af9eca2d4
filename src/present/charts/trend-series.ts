/**
 * The numbers a trend chart shows: one metric's value in each of the last months
 * ending at the report month, counted in the client's calendar.
 */
import type { ClientReport } from '../../aggregate/client-report.ts';
import type { Calendar } from '../../model/calendar.ts';

export interface TrendPoint {
  /** `YYYY-MM`, in the report's calendar. */
  readonly month: string;
  /** Null when there is no value for the month: a gap in the line, never 0. */
  readonly value: number | null;
  /** The data covers only part of the month. */
  readonly partial: boolean;
}

export interface ChartTableRow {
  readonly month: string;
  /** The formatted value, or "n/a". */
  readonly value: string;
  readonly partial: boolean;
}

/**
 * The last `months` months ending at `monthId`, oldest first. The default 13 takes in
 * the same month a year earlier. A month the report does not have, or in which the
 * platform did not report the metric, has a null value.
 */
export function trendSeries(
  report: ClientReport,
  platform: string,
  metric: string,
  monthId: string,
  months = 13,
): TrendPoint[] {
  const calendar = report.client.calendar;
  const end = calendar.parseMonth(monthId);
  if (!end) throw new Error(`trendSeries: "${monthId}" is not a month (expected YYYY-MM)`);
  const byId = new Map(report.months.map((m) => [m.month.id, m]));
  const points: TrendPoint[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const month = calendar.addMonths(end, -back);
    const found = byId.get(month.id);
    const value = found?.platforms[platform]?.[metric]?.value ?? null;
    points.push({
      month: month.id,
      value: value !== null && Number.isFinite(value) ? value : null,
      partial: found?.partial ?? false,
    });
  }
  return points;
}

/** The same month a year earlier, in the calendar's own months; '' for a month id the calendar does not know. */
export function yearEarlier(calendar: Calendar, monthId: string): string {
  const month = calendar.parseMonth(monthId);
  return month ? calendar.addMonths(month, -12).id : '';
}

/** The rows of the data table under a chart, oldest first. */
export function chartTable(
  points: readonly TrendPoint[],
  monthLabel: (monthId: string) => string,
  /** Says "n/a", in the reader's language, for null. */
  valueLabel: (value: number | null) => string,
): ChartTableRow[] {
  return points.map((p) => ({ month: monthLabel(p.month), value: valueLabel(p.value), partial: p.partial }));
}

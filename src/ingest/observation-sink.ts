/**
 * Where every value a client's files give ends up, whichever kind of file gave it:
 * Recap's own files and platform exports store through these functions alone.
 *
 * - A day value goes into the observation log; a day given twice is found once every
 *   file is read, when the log is split into series (`settleRepeats`).
 * - A month total goes straight into its series; a month given twice is a problem at
 *   once, at the second value.
 * - Each value's row is in the row table, so any problem points at its cell and names
 *   the row that gave the value first.
 * - A month given both as day values and as a total is a problem, since it would
 *   count twice.
 */
import { isoDate, type Calendar, type Day } from '../model/calendar.ts';
import type { MetricCatalogue } from '../model/metrics.ts';
import type { ObservationLog } from '../model/observation-log.ts';
import type { Post } from '../model/post.ts';
import type { SiteVisits } from '../model/traffic.ts';
import { Series, seriesKey, type MonthTotal, type RowRef } from '../model/series.ts';
import type { CrossFileRepeats } from './cross-file-repeats.ts';
import type { DateWindow } from './date-window.ts';
import type { FileSummary } from './file-summary.ts';
import { quote, type ProblemList } from './problems.ts';
import type { RowTable } from './row-table.ts';

/** What reading a client's files accumulates. */
export interface ClientIngest {
  readonly catalogue: MetricCatalogue;
  readonly calendar: Calendar;
  /** By key (platform, campaign, metric); a series' id is its index in `seriesList`. */
  readonly series: Map<string, Series>;
  readonly seriesList: Series[];
  /** Every day value, split into the series once all files are read. */
  readonly log: ObservationLog;
  readonly rows: RowTable;
  readonly problems: ProblemList;
  /** Never stopping anything: rows dated after today. */
  readonly warnings: ProblemList;
  /** The span of dates data may carry. */
  readonly window: DateWindow;
  /** Values two files both give, alike or not: told once per pair of files when all are read. */
  readonly repeats: CrossFileRepeats;
  /** Each post of the post-level exports once, with the newest export's numbers. */
  readonly posts: Post[];
  /** GA4's sessions by source, medium or campaign, each once. */
  readonly traffic: SiteVisits[];
}

/** The client's series of a platform, campaign, category and metric, made the first time it is needed. */
export function seriesOf(
  ingest: ClientIngest,
  platform: string,
  campaign: string,
  category: string,
  metric: string,
): Series {
  const key = seriesKey(platform, campaign, category, metric);
  let series = ingest.series.get(key);
  if (!series) {
    series = new Series(
      ingest.seriesList.length,
      platform,
      campaign,
      category,
      metric,
      ingest.catalogue.kindOf(metric)!,
    );
    ingest.series.set(key, series);
    ingest.seriesList.push(series);
  }
  return series;
}

/** A day's value of a series, from `row`; a repeat is found by `settleRepeats`. */
export function storeDay(ingest: ClientIngest, series: Series, day: Day, value: number, row: RowRef): void {
  ingest.log.append(series.id, day, value, row);
}

/**
 * A month's total of a series. False, with a problem at `where`'s line and the total's
 * column, when the series already has a total for that month: the later one is not kept.
 */
export function storeMonthTotal(
  ingest: ClientIngest,
  series: Series,
  total: MonthTotal,
  where: { readonly file: string; readonly line: number },
): boolean {
  const earlier = series.monthTotals.get(total.month.id);
  if (earlier === undefined) {
    series.monthTotals.set(total.month.id, total);
    return true;
  }
  const other = ingest.rows.fileOfCell(earlier.row, series.metric);
  if (other !== where.file) {
    if (total.value === earlier.value) {
      ingest.repeats.alike(where.file, other);
      return true;
    }
    ingest.repeats.clash(
      { file: where.file, line: where.line, column: total.column },
      other,
      () =>
        `${series.metric} for ${total.month.id}${scopeOf(series)}: ${total.value} here, ${earlier.value} at ${ingest.rows.describe(earlier.row)}`,
    );
    return false;
  }
  const { problems } = ingest;
  if (problems.isFull(where.file)) {
    problems.count(where.file);
    return false;
  }
  problems.push({
    file: where.file,
    line: where.line,
    column: total.column,
    message: duplicateMessage(series, total.value, total.month.id, ingest.rows.describe(earlier.row)),
  });
  return false;
}

/**
 * Once every file is read: splits the day values into their series, reporting every
 * day given twice and every month given both as days and as a total. Returns the
 * summaries with the rows that held a repeated day no longer counted as accepted.
 */
export function settleRepeats(ingest: ClientIngest, files: readonly FileSummary[]): FileSummary[] {
  const { rejected: rejectedRows, notes } = placeDays(ingest);
  reportMonthsGivenTwice(ingest);
  return files.map((summary) => {
    const index = ingest.rows.files.indexOf(summary.file);
    const rejected = rejectedRows.get(index) ?? 0;
    const more = notes.get(summary.file) ?? [];
    if (rejected === 0 && more.length === 0) return summary;
    return {
      ...summary,
      rowsAccepted: summary.rowsAccepted - rejected,
      ...(more.length > 0 ? { notes: [...(summary.notes ?? []), ...more] } : {}),
    };
  });
}

/** The client's series, ready to be measured. */
export function sealedSeries(ingest: ClientIngest): Series[] {
  for (const series of ingest.seriesList) series.seal(ingest.calendar);
  return ingest.seriesList;
}

/**
 * Splits the observation log into the series and reports every day given twice.
 * Returns, per file index, how many of its records held a repeat and so were not accepted.
 */
function placeDays(ingest: ClientIngest): { rejected: Map<number, number>; notes: Map<string, string[]> } {
  const rejectedRows = new Set<RowRef>();
  const perSeries = ingest.log.bySeries(ingest.seriesList.length);
  for (const series of ingest.seriesList) {
    for (const repeat of series.setDays(perSeries[series.id]!)) {
      const file = ingest.rows.fileOfCell(repeat.row, series.metric);
      const firstFile = ingest.rows.fileOfCell(repeat.firstRow, series.metric);
      if (file !== firstFile) {
        if (repeat.value === repeat.firstValue) {
          ingest.repeats.alike(file, firstFile);
          continue;
        }
        rejectedRows.add(repeat.row);
        ingest.repeats.clash(
          ingest.rows.locateCell(repeat.row, series.metric),
          firstFile,
          () =>
            `${series.metric} on ${isoDate(repeat.day)}${scopeOf(series)}: ${repeat.value} here, ${repeat.firstValue} at ${ingest.rows.describe(repeat.firstRow)}`,
        );
        continue;
      }
      rejectedRows.add(repeat.row);
      if (ingest.problems.isFull(file)) {
        ingest.problems.count(file);
        continue;
      }
      ingest.problems.push({
        ...ingest.rows.locateCell(repeat.row, series.metric),
        message: duplicateMessage(series, repeat.value, isoDate(repeat.day), ingest.rows.describe(repeat.firstRow)),
      });
    }
  }
  ingest.problems.push(...ingest.repeats.problems());
  const perFile = new Map<number, number>();
  for (const row of rejectedRows) {
    for (const [file, records] of ingest.rows.recordsOf(row)) perFile.set(file, (perFile.get(file) ?? 0) + records);
  }
  return { rejected: perFile, notes: ingest.repeats.notes() };
}

/** ", instagram" or ", instagram, campaign "Spring"": which series a value belongs to. */
function scopeOf(series: Series): string {
  return `, ${series.platform}${series.campaign ? `, campaign ${quote(series.campaign)}` : ''}`;
}

/** A month given both as day rows and as a month total would be counted twice. */
function reportMonthsGivenTwice(ingest: ClientIngest): void {
  for (const series of ingest.series.values()) {
    if (series.monthTotals.size === 0 || series.dayCount === 0) continue;
    const firstDayRow = new Map<string, { day: Day; row: RowRef }>();
    for (const [day, row] of series.dayRows) {
      const month = ingest.calendar.monthOf(day).id;
      const seen = firstDayRow.get(month);
      if (seen === undefined || day < seen.day) firstDayRow.set(month, { day, row });
    }
    for (const total of series.monthTotals.values()) {
      const first = firstDayRow.get(total.month.id);
      if (first === undefined) continue;
      ingest.problems.push({
        ...ingest.rows.where(total.row),
        ...(total.line !== undefined ? { line: total.line } : {}),
        column: total.column,
        message: `${series.metric}: found a month total for ${total.month.id} (${series.platform}${series.campaign ? `, campaign ${quote(series.campaign)}` : ''}) and also day rows for that month, the first at ${ingest.rows.describe(first.row)} (${isoDate(first.day)}), expected one or the other: both would count the month twice`,
      });
    }
  }
}

/** The message for a value given twice for the same date (or month), platform, campaign and metric. */
export function duplicateMessage(series: Series, value: number, when: string, firstAt: string): string {
  const { metric, platform, campaign, category } = series;
  const what = `${when}, ${platform}, ${campaign ? `campaign ${quote(campaign)}` : 'no campaign'}${category ? `, category ${category}` : ''}`;
  return `${metric}: found a second value (${value}) for ${what}, expected each date, platform, campaign and metric once: the first is at ${firstAt}`;
}

/**
 * Observations grouped into series: one series per platform, campaign and metric.
 *
 * A series holds its day rows and its month-total rows apart, because the two
 * must never cover the same month (that would count it twice). Once ingest is done,
 * `setDays()` sorts the days and builds running sums so that any span of days can be
 * measured with two binary searches: monthly, quarter-to-date, year-to-date and
 * like-for-like partial-month figures all come from the same query.
 */
import type { Calendar, Day, DaySpan, Month } from './calendar.ts';
import type { MetricKind } from './metrics.ts';
import type { SeriesObservations } from './observation-log.ts';
import { RunningSums } from './running-sums.ts';

/** Where a value came from: an index into the ingest's row table. */
export type RowRef = number;

export interface MonthTotal {
  readonly month: Month;
  readonly value: number;
  readonly row: RowRef;
  /** Line and column of the cell, for pointing at it when it clashes with day rows; the line defaults to the row's. */
  readonly line?: number;
  readonly column: number;
}

/** A day value given again for the same series: the later one is rejected. */
export interface RepeatedDay {
  readonly day: Day;
  readonly value: number;
  readonly row: RowRef;
  /** The row that gave the day first, and its value. */
  readonly firstRow: RowRef;
  readonly firstValue: number;
}

export class Series {
  /** Index of the series in its client's ingest, for the observation log. */
  readonly id: number;
  readonly platform: string;
  readonly campaign: string;
  /** What a spend or cost series paid for (ads, content, staff, tools, other); '' when not given. */
  readonly category: string;
  readonly metric: string;
  readonly kind: MetricKind;

  readonly monthTotals = new Map<string, MonthTotal>();

  /** Sorted, one value per day. */
  #days: Int32Array = new Int32Array(0);
  #values: Float64Array = new Float64Array(0);
  #rows: Int32Array = new Int32Array(0);
  #sums = new RunningSums(new Int32Array(0), []);
  /** Month totals as day spans, oldest first. */
  #monthSpans: Array<DaySpan & { value: number }> = [];

  constructor(id: number, platform: string, campaign: string, category: string, metric: string, kind: MetricKind) {
    this.id = id;
    this.platform = platform;
    this.campaign = campaign;
    this.category = category;
    this.metric = metric;
    this.kind = kind;
  }

  /**
   * Takes the series' day values in reading order. A day given twice keeps its
   * first value; the repeats are returned so they can be reported.
   */
  setDays(observations: SeriesObservations): RepeatedDay[] {
    const { days, values, rows } = observations;
    if (isStrictlyAscending(days)) {
      // The usual case, an export in date order: the arrays are already what measuring needs.
      this.#days = days;
      this.#values = values;
      this.#rows = rows;
      this.#sums = new RunningSums(days, values);
      return [];
    }
    // Sorting by day then reading order puts a day's first value before its repeats.
    const count = days.length;
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => days[a]! - days[b]! || a - b);
    const repeats: RepeatedDay[] = [];
    const sortedDays = new Int32Array(count);
    const sortedValues = new Float64Array(count);
    const sortedRows = new Int32Array(count);
    let kept = 0;
    for (const k of order) {
      if (kept > 0 && sortedDays[kept - 1] === days[k]) {
        repeats.push({
          day: days[k]!,
          value: values[k]!,
          row: rows[k]!,
          firstRow: sortedRows[kept - 1]!,
          firstValue: sortedValues[kept - 1]!,
        });
        continue;
      }
      sortedDays[kept] = days[k]!;
      sortedValues[kept] = values[k]!;
      sortedRows[kept] = rows[k]!;
      kept++;
    }
    this.#days = sortedDays.subarray(0, kept);
    this.#values = sortedValues.subarray(0, kept);
    this.#rows = sortedRows.subarray(0, kept);
    this.#sums = new RunningSums(this.#days, this.#values);
    return repeats;
  }

  /** Converts the month totals to day spans, once the calendar is known. */
  seal(calendar: Calendar): void {
    this.#monthSpans = [...this.monthTotals.values()]
      .map((total) => ({ from: calendar.firstDay(total.month), to: calendar.lastDay(total.month), value: total.value }))
      .sort((a, b) => a.from - b.from);
  }

  get dayCount(): number {
    return this.#days.length;
  }

  /** Every day value, by day. */
  get dayValues(): ReadonlyMap<Day, number> {
    const out = new Map<Day, number>();
    for (let i = 0; i < this.#days.length; i++) out.set(this.#days[i]!, this.#values[i]!);
    return out;
  }

  /** The row that gave each day's value. */
  get dayRows(): ReadonlyMap<Day, RowRef> {
    const out = new Map<Day, RowRef>();
    for (let i = 0; i < this.#days.length; i++) out.set(this.#days[i]!, this.#rows[i]!);
    return out;
  }

  get sortedDays(): Int32Array {
    return this.#days;
  }

  /** The values of `sortedDays`, in the same order. */
  get sortedValues(): Float64Array {
    return this.#values;
  }

  get monthSpans(): ReadonlyArray<DaySpan & { value: number }> {
    return this.#monthSpans;
  }

  /** Sum of day values from `from` to `to` inclusive, and how many days reported. */
  sumDays(from: Day, to: Day): { sum: number; count: number } {
    return this.#sums.sumDays(from, to);
  }

  /** The last day value on or before `to` and on or after `from`. */
  lastDayValue(from: Day, to: Day): { day: Day; value: number } | null {
    const end = this.#sums.lowerBound(to + 1);
    if (end === 0 || this.#days[end - 1]! < from) return null;
    return { day: this.#days[end - 1]!, value: this.#values[end - 1]! };
  }
}

/** The days a group of series covers: by its day rows, and by its month totals, apart. */
export interface ObservedDays {
  readonly dayRows: DaySpan | null;
  readonly monthTotals: DaySpan | null;
}

export function observedDays(series: readonly Series[]): ObservedDays {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let firstMonthDay = Infinity;
  let lastMonthDay = -Infinity;
  for (const s of series) {
    const days = s.sortedDays;
    if (days.length > 0) {
      firstDay = Math.min(firstDay, days[0]!);
      lastDay = Math.max(lastDay, days[days.length - 1]!);
    }
    for (const month of s.monthSpans) {
      firstMonthDay = Math.min(firstMonthDay, month.from);
      lastMonthDay = Math.max(lastMonthDay, month.to);
    }
  }
  return {
    dayRows: Number.isFinite(firstDay) ? { from: firstDay, to: lastDay } : null,
    monthTotals: Number.isFinite(firstMonthDay) ? { from: firstMonthDay, to: lastMonthDay } : null,
  };
}

function isStrictlyAscending(days: Int32Array): boolean {
  for (let i = 1; i < days.length; i++) if (days[i]! <= days[i - 1]!) return false;
  return true;
}

export function seriesKey(platform: string, campaign: string, category: string, metric: string): string {
  return `${platform}\u0000${campaign}\u0000${category}\u0000${metric}`;
}

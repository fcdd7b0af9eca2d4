/**
 * Observations grouped into series: one series per platform, campaign and metric.
 *
 * A series holds its day rows and its month-total rows apart, because the two
 * must never cover the same month (that would count it twice). Once ingest is done,
 * `seal()` sorts the days and builds running sums so that any span of days can be
 * measured with two binary searches: monthly, quarter-to-date, year-to-date and
 * like-for-like partial-month figures all come from the same query.
 */
import type { Calendar, Day, DaySpan, Month } from './calendar.ts';
import type { MetricKind } from './metrics.ts';

/** Where a value came from: an index into the ingest's row table. */
export type RowRef = number;

export interface MonthTotal {
  readonly month: Month;
  readonly value: number;
  readonly row: RowRef;
  /** Column of the cell, for pointing at it when it clashes with day rows. */
  readonly column: number;
}

export class Series {
  readonly platform: string;
  readonly campaign: string;
  readonly metric: string;
  readonly kind: MetricKind;

  readonly dayValues = new Map<Day, number>();
  readonly dayRows = new Map<Day, RowRef>();
  readonly monthTotals = new Map<string, MonthTotal>();

  #days: Float64Array = new Float64Array(0);
  #values: Float64Array = new Float64Array(0);
  /** #runningSums[i] is the sum of the first i day values. */
  #runningSums: Float64Array = new Float64Array(1);
  /** Month totals as day spans, oldest first. */
  #monthSpans: Array<DaySpan & { value: number }> = [];

  constructor(platform: string, campaign: string, metric: string, kind: MetricKind) {
    this.platform = platform;
    this.campaign = campaign;
    this.metric = metric;
    this.kind = kind;
  }

  get sortedDays(): Float64Array {
    return this.#days;
  }

  seal(calendar: Calendar): void {
    this.#monthSpans = [...this.monthTotals.values()]
      .map((total) => ({ from: calendar.firstDay(total.month), to: calendar.lastDay(total.month), value: total.value }))
      .sort((a, b) => a.from - b.from);
    const days = Float64Array.from(this.dayValues.keys()).sort();
    const values = new Float64Array(days.length);
    const sums = new Float64Array(days.length + 1);
    for (let i = 0; i < days.length; i++) {
      values[i] = this.dayValues.get(days[i]!)!;
      sums[i + 1] = sums[i]! + values[i]!;
    }
    this.#days = days;
    this.#values = values;
    this.#runningSums = sums;
  }

  get monthSpans(): ReadonlyArray<DaySpan & { value: number }> {
    return this.#monthSpans;
  }

  /** Index of the first sealed day >= `day`. */
  #lowerBound(day: Day): number {
    let lo = 0;
    let hi = this.#days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sum of day values from `from` to `to` inclusive, and how many days reported. */
  sumDays(from: Day, to: Day): { sum: number; count: number } {
    const start = this.#lowerBound(from);
    const end = this.#lowerBound(to + 1);
    return { sum: this.#runningSums[end]! - this.#runningSums[start]!, count: end - start };
  }

  /** The last day value on or before `to` and on or after `from`. */
  lastDayValue(from: Day, to: Day): { day: Day; value: number } | null {
    const end = this.#lowerBound(to + 1);
    if (end === 0 || this.#days[end - 1]! < from) return null;
    return { day: this.#days[end - 1]!, value: this.#values[end - 1]! };
  }
}

export function seriesKey(platform: string, campaign: string, metric: string): string {
  return `${platform}\u0000${campaign}\u0000${metric}`;
}

/**
 * Measuring a group of series over a span of days: flows are summed, stocks take
 * the last observation. A month total counts only when its whole month lies in the
 * span; when a span cuts through one, the amount in the cut part is unknown and
 * the result is null rather than a guess.
 */
import type { DaySpan } from '../model/calendar.ts';
import type { MetricKind } from '../model/metrics.ts';
import { RunningSums } from '../model/running-sums.ts';
import type { Series } from '../model/series.ts';

/** What measuring needs of a series: a `Series`, or several flow series merged into one. */
export interface DaySeries {
  readonly kind: MetricKind;
  readonly monthSpans: ReadonlyArray<DaySpan & { value: number }>;
  sumDays(from: number, to: number): { sum: number; count: number };
  lastDayValue(from: number, to: number): { day: number; value: number } | null;
}
import type { Amount } from './formulas.ts';

export interface Measurement {
  readonly value: Amount;
  /** Day rows and month totals that went into the value. */
  readonly observations: number;
  /** Series that reported something in the span. */
  readonly contributors: number;
  /** False when the span cuts through a month total, so the value in the span is unknown. */
  readonly known: boolean;
}

const UNKNOWN: Measurement = { value: null, observations: 0, contributors: 0, known: false };

export function measureFlow(series: readonly DaySeries[], span: DaySpan): Measurement {
  let value: Amount = null;
  let observations = 0;
  let contributors = 0;
  for (const s of series) {
    const days = s.sumDays(span.from, span.to);
    let part: Amount = days.count > 0 ? days.sum : null;
    let count = days.count;
    for (const month of s.monthSpans) {
      if (month.to < span.from || month.from > span.to) continue;
      if (month.from < span.from || month.to > span.to) return UNKNOWN;
      part = (part ?? 0) + month.value;
      count++;
    }
    if (part === null) continue;
    value = (value ?? 0) + part;
    observations += count;
    contributors++;
  }
  return { value, observations, contributors, known: true };
}

/** The sum, over series, of each one's last observation in the span (a month total sits at its month's end). */
export function measureStock(series: readonly DaySeries[], span: DaySpan): Measurement {
  let value: Amount = null;
  let contributors = 0;
  for (const s of series) {
    let last = s.lastDayValue(span.from, span.to);
    for (const month of s.monthSpans) {
      if (month.to >= span.from && month.to <= span.to && (last === null || month.to > last.day)) {
        last = { day: month.to, value: month.value };
      }
    }
    if (last === null) continue;
    value = (value ?? 0) + last.value;
    contributors++;
  }
  return { value, observations: contributors, contributors, known: true };
}

/**
 * Flow series of one platform and metric (one per campaign) added day by day into
 * one, so a span costs two binary searches instead of two per campaign. Only for
 * series without month totals, whose spans must stay whole.
 */
export class MergedFlow implements DaySeries {
  readonly kind: MetricKind = 'flow';
  readonly monthSpans: ReadonlyArray<DaySpan & { value: number }> = [];
  readonly #sums: RunningSums;

  constructor(series: readonly Series[]) {
    // Days are whole numbers in a range a few years wide: add by day in a dense array.
    let first = Infinity;
    let last = -Infinity;
    for (const s of series) {
      const days = s.sortedDays;
      if (days.length === 0) continue;
      first = Math.min(first, days[0]!);
      last = Math.max(last, days[days.length - 1]!);
    }
    const width = Number.isFinite(first) ? last - first + 1 : 0;
    const byDay = new Float64Array(width);
    const reported = new Uint8Array(width);
    for (const s of series) {
      const days = s.sortedDays;
      const values = s.sortedValues;
      for (let i = 0; i < days.length; i++) {
        byDay[days[i]! - first]! += values[i]!;
        reported[days[i]! - first] = 1;
      }
    }
    const days: number[] = [];
    const values: number[] = [];
    for (let d = 0; d < width; d++) {
      if (!reported[d]) continue;
      days.push(first + d);
      values.push(byDay[d]!);
    }
    this.#sums = new RunningSums(Int32Array.from(days), values);
  }

  sumDays(from: number, to: number): { sum: number; count: number } {
    return this.#sums.sumDays(from, to);
  }

  lastDayValue(): null {
    return null; // never asked of a flow
  }
}

/**
 * Measuring a group of series over a span of days: flows are summed, stocks take
 * the last observation. A month total counts only when its whole month lies in the
 * span; when a span cuts through one, the amount in the cut part is unknown and
 * the result is null rather than a guess.
 */
import type { DaySpan } from '../model/calendar.ts';
import type { Series } from '../model/series.ts';
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

export function measureFlow(series: readonly Series[], span: DaySpan): Measurement {
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
export function measureStock(series: readonly Series[], span: DaySpan): Measurement {
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

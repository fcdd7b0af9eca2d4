/**
 * Sorted days with running sums of their values: the sum over any span of days is
 * two binary searches and a subtraction, however long the span.
 */
import type { Day } from './calendar.ts';

export class RunningSums {
  /** Sorted, each day once. */
  readonly days: Int32Array;
  /** sums[i] is the total of the first i days' values; one longer than `days`. */
  readonly #sums: Float64Array;

  constructor(days: Int32Array, values: ArrayLike<number>) {
    this.days = days;
    this.#sums = new Float64Array(days.length + 1);
    for (let i = 0; i < days.length; i++) this.#sums[i + 1] = this.#sums[i]! + values[i]!;
  }

  /** Index of the first day >= `day`. */
  lowerBound(day: Day): number {
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Sum of the values from `from` to `to` inclusive, and how many days had one. */
  sumDays(from: Day, to: Day): { sum: number; count: number } {
    const start = this.lowerBound(from);
    const end = this.lowerBound(to + 1);
    return { sum: this.#sums[end]! - this.#sums[start]!, count: end - start };
  }
}

/**
 * Every day value a client's files gave, in the order they were read, as columns.
 *
 * Appending to one log is sequential memory traffic; writing each value straight
 * into its own series (a wide file feeds thousands of them row by row) misses the
 * cache on nearly every cell. The log is split into series once, after reading.
 */
import type { Day } from './calendar.ts';
import type { RowRef } from './series.ts';

export class ObservationLog {
  #series = new Int32Array(1024);
  #days = new Int32Array(1024);
  #values = new Float64Array(1024);
  #rows = new Int32Array(1024);
  #fields = new Int32Array(1024);
  #count = 0;

  get count(): number {
    return this.#count;
  }

  append(seriesId: number, day: Day, value: number, row: RowRef, field: number): void {
    if (this.#count === this.#days.length) this.#grow();
    const i = this.#count++;
    this.#series[i] = seriesId;
    this.#days[i] = day;
    this.#values[i] = value;
    this.#rows[i] = row;
    this.#fields[i] = field;
  }

  #grow(): void {
    const size = this.#days.length * 2;
    const grown = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.#series = grown(this.#series, new Int32Array(size));
    this.#days = grown(this.#days, new Int32Array(size));
    this.#values = grown(this.#values, new Float64Array(size));
    this.#rows = grown(this.#rows, new Int32Array(size));
    this.#fields = grown(this.#fields, new Int32Array(size));
  }

  /** The log split by series (a counting sort, which keeps each series' values in reading order). */
  bySeries(seriesCount: number): SeriesObservations[] {
    const starts = new Int32Array(seriesCount + 1);
    for (let i = 0; i < this.#count; i++) starts[this.#series[i]! + 1]!++;
    for (let s = 0; s < seriesCount; s++) starts[s + 1]! += starts[s]!;
    const next = starts.slice(0, seriesCount);
    const days = new Int32Array(this.#count);
    const values = new Float64Array(this.#count);
    const rows = new Int32Array(this.#count);
    const fields = new Int32Array(this.#count);
    for (let i = 0; i < this.#count; i++) {
      const at = next[this.#series[i]!]!++;
      days[at] = this.#days[i]!;
      values[at] = this.#values[i]!;
      rows[at] = this.#rows[i]!;
      fields[at] = this.#fields[i]!;
    }
    return Array.from({ length: seriesCount }, (_, s) => {
      const from = starts[s]!;
      const to = starts[s + 1]!;
      return {
        days: days.subarray(from, to),
        values: values.subarray(from, to),
        rows: rows.subarray(from, to),
        fields: fields.subarray(from, to),
      };
    });
  }
}

/** One series' day values in reading order, with the row and field each came from. */
export interface SeriesObservations {
  readonly days: Int32Array;
  readonly values: Float64Array;
  readonly rows: Int32Array;
  readonly fields: Int32Array;
}

/**
 * Every day value a client's files gave, in the order they were read, as columns.
 *
 * Appending to one log is sequential memory traffic; writing each value straight
 * into its own series (a wide file feeds thousands of them row by row) misses the
 * cache on nearly every cell. The log is split into series once, after reading.
 * It grows in fixed blocks, so a large file never copies what it already holds.
 */
import type { Day } from './calendar.ts';
import type { RowRef } from './series.ts';

const BLOCK = 1 << 16;

interface Block {
  readonly series: Int32Array;
  readonly days: Int32Array;
  readonly values: Float64Array;
  readonly rows: Int32Array;
}

function newBlock(): Block {
  return {
    series: new Int32Array(BLOCK),
    days: new Int32Array(BLOCK),
    values: new Float64Array(BLOCK),
    rows: new Int32Array(BLOCK),
  };
}

export class ObservationLog {
  readonly #blocks: Block[] = [newBlock()];
  #current: Block = this.#blocks[0]!;
  /** Entries in the current (last) block. */
  #used = 0;

  get count(): number {
    return (this.#blocks.length - 1) * BLOCK + this.#used;
  }

  append(seriesId: number, day: Day, value: number, row: RowRef): void {
    if (this.#used === BLOCK) {
      this.#current = newBlock();
      this.#blocks.push(this.#current);
      this.#used = 0;
    }
    const block = this.#current;
    const i = this.#used++;
    block.series[i] = seriesId;
    block.days[i] = day;
    block.values[i] = value;
    block.rows[i] = row;
  }

  /** The log split by series (a counting sort, which keeps each series' values in reading order). */
  bySeries(seriesCount: number): SeriesObservations[] {
    const count = this.count;
    const starts = new Int32Array(seriesCount + 1);
    this.#each((block, length) => {
      for (let i = 0; i < length; i++) starts[block.series[i]! + 1]!++;
    });
    for (let s = 0; s < seriesCount; s++) starts[s + 1]! += starts[s]!;
    const next = starts.slice(0, seriesCount);
    const days = new Int32Array(count);
    const values = new Float64Array(count);
    const rows = new Int32Array(count);
    this.#each((block, length) => {
      for (let i = 0; i < length; i++) {
        const at = next[block.series[i]!]!++;
        days[at] = block.days[i]!;
        values[at] = block.values[i]!;
        rows[at] = block.rows[i]!;
      }
    });
    return Array.from({ length: seriesCount }, (_, s) => {
      const from = starts[s]!;
      const to = starts[s + 1]!;
      return {
        days: days.subarray(from, to),
        values: values.subarray(from, to),
        rows: rows.subarray(from, to),
      };
    });
  }

  /** Every entry so far, in the order appended. */
  forEach(visit: (seriesId: number, day: Day, row: RowRef) => void): void {
    this.#each((block, length) => {
      for (let i = 0; i < length; i++) visit(block.series[i]!, block.days[i]!, block.rows[i]!);
    });
  }

  #each(visit: (block: Block, length: number) => void): void {
    this.#blocks.forEach((block, b) => visit(block, b === this.#blocks.length - 1 ? this.#used : BLOCK));
  }
}

/**
 * One series' day values in reading order, with the row each came from. The cell's
 * column follows from the row's file and the series' metric, so it is not kept.
 */
export interface SeriesObservations {
  readonly days: Int32Array;
  readonly values: Float64Array;
  readonly rows: Int32Array;
}

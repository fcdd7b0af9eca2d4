/**
 * Adding up an export's rows that share a day: YouTube's and GA4's downloads give one
 * row per day per video or per channel, and Recap keeps one row a day per platform.
 */
import type { ExportCell, ExportRow } from './types.ts';

/** Sums values per key (a day) for exports with one row per day per video or per channel. */
export class Sums {
  readonly #entries = new Map<
    string,
    {
      from: string;
      to: string;
      line: number;
      records: number;
      cells: Map<string, { value: number; line: number; column: number }>;
    }
  >();

  add(from: string, to: string, line: number, cells: readonly ExportCell[]): void {
    const key = `${from}/${to}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = { from, to, line, records: 0, cells: new Map() };
      this.#entries.set(key, entry);
    }
    // A record with no values gives nothing: like a row with no values elsewhere, it is not used.
    if (cells.length > 0) entry.records++;
    for (const cell of cells) {
      const sum = entry.cells.get(cell.metric);
      if (sum === undefined) entry.cells.set(cell.metric, { value: cell.value, line: cell.line, column: cell.column });
      else sum.value += cell.value;
    }
  }

  /** One row per key, oldest first; a summed cell is located at its first contributing cell. */
  rows(platform: string): ExportRow[] {
    return [...this.#entries.values()]
      .filter((entry) => entry.cells.size > 0)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((entry) => ({
        from: entry.from,
        to: entry.to,
        line: entry.line,
        platform,
        campaign: '',
        postId: null,
        records: entry.records,
        cells: [...entry.cells].map(([metric, sum]) => ({
          metric,
          value: roundSum(sum.value),
          line: sum.line,
          column: sum.column,
        })),
      }));
  }
}

/** Sums of decimals (revenue) carry binary noise: 0.1 + 0.2. Twelve significant digits are plenty. */
export function roundSum(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Two files of one client that give the same values: downloading everything, or this
 * week's download beside last week's, is normal. The same values are counted once, with
 * a note on the later file; values that disagree are one problem per pair of files,
 * with a count and the first, instead of one per cell.
 */
import type { Problem } from './problems.ts';

interface Where {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export class CrossFileRepeats {
  readonly #alike = new Map<string, { file: string; other: string; count: number }>();
  readonly #clashing = new Map<string, { where: Where; other: string; count: number; first: string }>();

  /** A value `file` gives that `other` gave the same. */
  alike(file: string, other: string): void {
    const pair = `${file}\0${other}`;
    const seen = this.#alike.get(pair) ?? { file, other, count: 0 };
    seen.count++;
    this.#alike.set(pair, seen);
  }

  /** A value at `where` that `other` gave differently; `first` describes the first such value of the pair. */
  clash(where: Where, other: string, first: () => string): void {
    const pair = `${where.file}\0${other}`;
    const seen = this.#clashing.get(pair);
    if (seen) seen.count++;
    else this.#clashing.set(pair, { where, other, count: 1, first: first() });
  }

  /** One problem per pair of files that disagree. */
  problems(): Problem[] {
    return [...this.#clashing.values()].map(({ where, other, count, first }) => ({
      ...where,
      message: `found values that disagree with ${other} on days and metrics both files give (${count} in all; the first: ${first}), expected each day and metric from one file or the same value in both: keep one of the two files, or take the shared days out of one`,
    }));
  }

  /** Per file, a note for each file whose values it repeated. */
  notes(): Map<string, string[]> {
    const notes = new Map<string, string[]>();
    for (const { file, other, count } of this.#alike.values()) {
      const list = notes.get(file) ?? [];
      list.push(`${count} ${count === 1 ? 'value' : 'values'} also in ${other}, the same there: counted once`);
      notes.set(file, list);
    }
    return notes;
  }
}

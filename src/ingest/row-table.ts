/**
 * Where each value came from: every file a client's values were read from, and for
 * every row its file, line and offset, so that a problem found after reading (a day
 * given twice, a month given as days and as a total) can point at the cell, and a
 * repeat can name the row that gave the value first.
 */
import type { RowRef } from '../model/series.ts';
import { fieldLocation } from './csv.ts';

/** Where each accepted row came from, so a later duplicate can name the earlier one. */
export class RowTable {
  readonly files: string[] = [];
  /** Each file's text, kept while the client is read, to locate cells found wrong later. */
  readonly texts: string[] = [];
  /** Where each cell of a platform export's row is, by metric: exports are not laid out by metric column. */
  readonly #cellPlaces = new Map<RowRef, Map<string, { file: number; line: number; column: number }>>();
  readonly #records = new Map<RowRef, ReadonlyMap<number, number>>();
  /** Each file's column of each metric's values: by metric in a wide file, one value column in a long one. */
  readonly #valueColumns: Array<ReadonlyMap<string, number> | number> = [];
  // Three numbers per row in growing typed arrays: a large file has hundreds of thousands of rows.
  #rowFile = new Int32Array(1024);
  #rowLine = new Int32Array(1024);
  #rowOffset = new Int32Array(1024);
  #rowCount = 0;

  addFile(file: string, text: string): number {
    this.files.push(file);
    this.texts.push(text);
    this.#valueColumns.push(-1);
    return this.files.length - 1;
  }

  setValueColumns(fileIndex: number, columns: ReadonlyMap<string, number> | number): void {
    this.#valueColumns[fileIndex] = columns;
  }

  addRow(fileIndex: number, line: number, offset: number): RowRef {
    const row = this.#rowCount++;
    if (row === this.#rowLine.length) {
      this.#rowFile = grown(this.#rowFile);
      this.#rowLine = grown(this.#rowLine);
      this.#rowOffset = grown(this.#rowOffset);
    }
    this.#rowFile[row] = fileIndex;
    this.#rowLine[row] = line;
    this.#rowOffset[row] = offset;
    return row;
  }

  /**
   * A platform export's row can add up several records, even of several files (GA4's
   * channels of a day; posts of a day kept from two exports): how many of each file.
   */
  setRecords(row: RowRef, perFile: ReadonlyMap<number, number>): void {
    this.#records.set(row, perFile);
  }

  /** The records a row holds, by file index: one of its own file unless set. */
  recordsOf(row: RowRef): ReadonlyMap<number, number> {
    return this.#records.get(row) ?? new Map([[this.#rowFile[row]!, 1]]);
  }

  fileOf(row: RowRef): number {
    return this.#rowFile[row]!;
  }

  where(row: RowRef): { file: string; line: number } {
    return { file: this.files[this.#rowFile[row]!]!, line: this.#rowLine[row]! };
  }

  /** File, line and column of one field of a row. */
  locateField(row: RowRef, field: number): { file: string; line: number; column: number } {
    const fileIndex = this.#rowFile[row]!;
    const record = { line: this.#rowLine[row]!, offset: this.#rowOffset[row]! };
    return { file: this.files[fileIndex]!, ...fieldLocation(this.texts[fileIndex]!, record, field) };
  }

  /** Where a row's value of `metric` came from: by default in the row's own file. */
  placeCell(row: RowRef, metric: string, line: number, column: number, file?: number): void {
    let places = this.#cellPlaces.get(row);
    if (!places) {
      places = new Map();
      this.#cellPlaces.set(row, places);
    }
    places.set(metric, { file: file ?? this.#rowFile[row]!, line, column });
  }

  /** The file of the cell that gave a row's value of `metric`, as problems name it. */
  fileOfCell(row: RowRef, metric: string): string {
    return this.files[this.#cellPlaces.get(row)?.get(metric)?.file ?? this.#rowFile[row]!]!;
  }

  /** File, line and column of the cell that gave a row's value of `metric`. */
  locateCell(row: RowRef, metric: string): { file: string; line: number; column: number } {
    const placed = this.#cellPlaces.get(row)?.get(metric);
    if (placed) return { file: this.files[placed.file]!, line: placed.line, column: placed.column };
    const columns = this.#valueColumns[this.#rowFile[row]!]!;
    return this.locateField(row, typeof columns === 'number' ? columns : columns.get(metric)!);
  }

  describe(row: RowRef): string {
    const { file, line } = this.where(row);
    return `${file}:${line}`;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

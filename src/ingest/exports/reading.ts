/**
 * The shared machinery of the adapters: the parsed table of an export, and a `Reading`
 * that turns its cells into located values or located problems. Every problem says
 * what was found (quoted) and what was expected; nothing throws on bad input.
 */
import { describeFound, FieldLocator, type CsvRecord, type Delimiter } from '../csv.ts';
import { OUT_OF_RANGE, parseDecimal, RANGE_EXPECTATION } from '../numbers.ts';
import { factsOf } from '../../model/metric-registry.ts';
import { ProblemList, quote } from '../problems.ts';
import { looksLikeMetric } from './metric-columns.ts';
import { numericDate, numericDateOrder, numericDateParts, parseAnyFullDate, type NumericDateOrder } from './dates.ts';
import type { ExportCell, ExportContext, ExportFormat, ExportRow, ExportSetting, TrafficRow } from './types.ts';

/** A header name as formats list it: trimmed, lower-case, inner runs of spaces made one. */
export function normaliseName(raw: string): string {
  return raw
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

export interface ExportTable {
  readonly text: string;
  readonly delimiter: Delimiter;
  /** Every non-blank record of the file, preamble included. */
  readonly records: readonly CsvRecord[];
  readonly headerIndex: number;
  /** The header's names, normalised. */
  readonly names: readonly string[];
}

const exactName = (found: string, name: string): boolean => found === name;
const singularOrPlural = (found: string, name: string): boolean => found + 's' === name || found === name + 's';

/** How platforms write "no data here": never a value, never a problem. */
export function isNotReported(raw: string): boolean {
  const text = raw.trim().toLowerCase();
  return text === '' || text === '-' || text === 'undefined';
}

/** One source of a metric: the first of `names` present in the header. */
export interface Term {
  readonly names: readonly string[];
  /** -1 for a column that is subtracted (Unfollows). */
  readonly sign?: 1 | -1;
  /** The column itself holds a change that may be negative (YouTube's Subscribers). */
  readonly signed?: boolean;
  /** Among columns of the same name, the one to take (Facebook repeats titles, told apart by row 2). */
  readonly prefer?: (index: number) => boolean;
}

/** A metric and the columns whose values make it up. */
export interface MetricSpec {
  readonly metric: string;
  readonly terms: readonly Term[];
  /** A difference needs all its columns: New follows without Unfollows is not a net change. */
  readonly needsAll?: boolean;
}

interface ResolvedSpec {
  readonly metric: string;
  readonly terms: ReadonlyArray<{ readonly index: number; readonly sign: 1 | -1; readonly signed: boolean }>;
  readonly needsAll: boolean;
}

export class Reading {
  readonly table: ExportTable;
  readonly context: ExportContext;
  readonly format: ExportFormat;
  readonly rows: ExportRow[] = [];
  /** Capped per file: an export of a million bad rows lists 50 and counts the rest. */
  readonly problems = new ProblemList();
  readonly notes: string[];
  rowsRead = 0;
  /** Set by adapters that know it better than the data does (a report's end date). */
  exportedThrough: string | null = null;
  /** Set by a campaign-level adapter whose file gives a row per day. */
  dailyBreakdown = false;
  /** Ads Manager writes nothing for zero. */
  blankIsZero = false;
  /** GA4's sessions by source, medium or campaign, besides the rows. */
  readonly traffic: TrafficRow[] = [];
  /** The client's settings for this file that the adapter needed: any other is a mistake to report. */
  readonly settingsUsed = new Set<ExportSetting>();

  /** The platform set for this file in the client's settings, for a file that does not say. */
  platformSetting(): string | undefined {
    this.settingsUsed.add('platform');
    return this.context.platform;
  }

  /** The year set for this file in the client's settings, for dates that carry none. */
  yearSetting(): number | undefined {
    this.settingsUsed.add('year');
    return this.context.year;
  }

  constructor(table: ExportTable, context: ExportContext, format: ExportFormat) {
    this.table = table;
    this.context = context;
    this.format = format;
    this.notes = [...format.notes];
  }

  get header(): CsvRecord {
    return this.table.records[this.table.headerIndex]!;
  }

  /** The records after the header; rows of empty cells (a spreadsheet's leftovers, ",,,,") are not data. */
  get dataRecords(): readonly CsvRecord[] {
    this.#data ??= this.table.records
      .slice(this.table.headerIndex + 1)
      .filter((record) => record.fields.some((field) => field.trim() !== ''));
    return this.#data;
  }

  #data: CsvRecord[] | undefined;

  /**
   * Index of the first of `names` present in the header, or -1. A name spelt in the
   * singular or the plural is the same column: an older X export says Share for Shares.
   */
  column(...names: string[]): number {
    for (const same of [exactName, singularOrPlural]) {
      for (const name of names) {
        const index = this.table.names.findIndex((found) => same(found, name));
        if (index !== -1) return this.use(index);
      }
    }
    return -1;
  }

  /** As `column`, but among repeated names the first that `prefer` accepts, if any does. */
  columnPreferring(names: readonly string[], prefer?: (index: number) => boolean): number {
    if (prefer !== undefined) {
      for (const name of names) {
        const index = this.table.names.findIndex((found, i) => found === name && prefer(i));
        if (index !== -1) return this.use(index);
      }
    }
    return this.column(...names);
  }

  readonly #used = new Set<number>();

  /** Marks a column an adapter found by other means as read. */
  use(index: number): number {
    if (index !== -1) this.#used.add(index);
    return index;
  }

  /** Columns that hold a metric by their name but that the adapter did not ask for, as the header spells them. */
  unreadMetricColumns(): string[] {
    return this.table.names.flatMap((name, index) =>
      !this.#used.has(index) && looksLikeMetric(name) ? [this.headerText(index)] : [],
    );
  }

  /** The header's text for column `index`, as the user sees it. */
  headerText(index: number): string {
    return (this.header.fields[index] ?? '').replace(/^\ufeff/, '').trim();
  }

  /** The text of a record's first line, as written (a `#` comment line is not CSV). */
  lineText(record: CsvRecord): string {
    return firstLine(this.table.text, record);
  }

  raw(record: CsvRecord, index: number): string {
    return index < 0 ? '' : (record.fields[index] ?? '');
  }

  at(record: CsvRecord, index: number): { line: number; column: number } {
    this.#locator ??= new FieldLocator(this.table.text, this.table.delimiter);
    return this.#locator.locate(record, Math.max(0, index));
  }

  problem(record: CsvRecord, index: number, message: string): void {
    this.problems.push({ file: this.context.file, ...this.at(record, index), message });
  }

  problemAtLine(line: number, column: number, message: string): void {
    this.problems.push({ file: this.context.file, line, column, message });
  }

  /** `found "x" in column "Impressions"`, the opening of most messages. */
  found(record: CsvRecord, index: number): string {
    return `found ${describeFound(this.raw(record, index))} in column ${quote(this.headerText(index))}`;
  }

  /**
   * The number in a cell: null when the cell says "not reported" or holds something
   * unreadable (then a problem is recorded).
   */
  number(record: CsvRecord, index: number, metric: string, signed = false): number | null {
    if (index < 0 || index >= record.fields.length) return null;
    const raw = this.raw(record, index);
    if (isNotReported(raw)) return this.blankIsZero && raw.trim() === '' ? 0 : null;
    const value = parseDecimal(raw.trim());
    const money = factsOf(metric).unit === 'money';
    if (value === OUT_OF_RANGE) {
      this.problem(record, index, `${this.found(record, index)}, expected ${RANGE_EXPECTATION}`);
      return null;
    }
    if (value === null) {
      const expected = money
        ? 'an amount such as 8.27 or 1,200.50 (no currency sign)'
        : 'a number such as 1200, "1,200" or 29.0 (no % sign or units)';
      this.problem(record, index, `${this.found(record, index)}, expected ${expected}`);
      return null;
    }
    if (value < 0 && !signed) {
      this.problem(
        record,
        index,
        `${this.found(record, index)}, expected ${money ? 'an amount' : 'a count'} of 0 or more: only follower changes may be negative`,
      );
      return null;
    }
    return value;
  }

  /** A date cell read with `parse`; a problem naming `example` when it cannot be read. */
  date(record: CsvRecord, index: number, parse: (text: string) => string | null, example: string): string | null {
    const raw = this.raw(record, index);
    // Numbers alone (13-06-2025) say the day or the month first only across the file:
    // the generic reader never guesses them, an adapter's own format (Meta's US dates) may.
    const numbersOnly = numericDateParts(raw) !== null;
    const direct = parse === parseAnyFullDate && numbersOnly ? null : parse(raw);
    const numeric = direct === null && numbersOnly;
    const settled = numeric ? this.#numericOrder(index) : null;
    const order = numeric ? (settled ?? this.#dateFormatSetting()) : null;
    if (numeric && order === null) {
      // One problem a file, not one a date: the answer is one setting.
      this.#unsettled ??= { record, index, example, count: 0 };
      this.#unsettled.count++;
      return null;
    }
    const iso = numeric ? numericDate(raw, order!) : direct;
    if (iso === null) this.problem(record, index, `${this.found(record, index)}, expected a date such as ${example}`);
    else if (!this.#dateCells.has(record)) this.#dateCells.set(record, this.at(record, index));
    if (numeric && iso !== null && !this.#orderNoted) {
      this.#orderNoted = true;
      this.notes.push(
        `dates such as ${quote(raw.trim())} are read ${order === 'day-first' ? 'day first' : 'month first'}, ${settled === null ? 'as date_format in client.yaml says' : "as the file's dates settle it"}`,
      );
    }
    return iso;
  }

  readonly #numericOrders = new Map<number, NumericDateOrder | null>();
  #orderNoted = false;
  #unsettled: { record: CsvRecord; index: number; example: string; count: number } | null = null;

  #dateFormatSetting(): NumericDateOrder | null {
    this.settingsUsed.add('date_format');
    return this.context.dateFormat ?? null;
  }

  /** Once every row is read: the one problem for dates whose order nothing settled, with how many there were. */
  finishDates(): void {
    const unsettled = this.#unsettled;
    if (unsettled === null) return;
    const { record, index, example, count } = unsettled;
    this.problem(
      record,
      index,
      `${this.found(record, index)} (dates like it in this file: ${count.toLocaleString('en-US')}), a date that may put the day or the month first, and no date in this file settles which (a number over 12, or days in a row), expected date_format: day-first or month-first for this file under files: in client.yaml, or dates such as ${example}`,
    );
  }

  #numericOrder(index: number): NumericDateOrder | null {
    if (!this.#numericOrders.has(index)) {
      this.#numericOrders.set(index, numericDateOrder(this.dataRecords.map((record) => this.raw(record, index))));
    }
    return this.#numericOrders.get(index)!;
  }

  #locator: FieldLocator | undefined;

  /** The first date cell read of each record, located, for addRow. */
  readonly #dateCells = new WeakMap<CsvRecord, { line: number; column: number }>();

  cell(record: CsvRecord, index: number, metric: string, value: number): ExportCell {
    const { line, column } = this.at(record, index);
    return { metric, value, line, column };
  }

  /** The specs whose columns this header has. */
  resolve(specs: readonly MetricSpec[]): ResolvedSpec[] {
    const resolved: ResolvedSpec[] = [];
    for (const spec of specs) {
      const terms = spec.terms
        .map((term) => ({
          index: this.columnPreferring(term.names, term.prefer),
          sign: term.sign ?? 1,
          signed: term.signed ?? false,
        }))
        .filter((term) => term.index !== -1);
      const complete = terms.length === spec.terms.length;
      if (terms.length > 0 && (complete || !spec.needsAll)) {
        resolved.push({ metric: spec.metric, terms, needsAll: spec.needsAll ?? false });
      }
    }
    return resolved;
  }

  /** The cells of one record for resolved specs; every bad value becomes a problem. */
  cells(record: CsvRecord, specs: readonly ResolvedSpec[]): ExportCell[] {
    const cells: ExportCell[] = [];
    for (const spec of specs) {
      let sum = 0;
      let reported = 0;
      for (const term of spec.terms) {
        const value = this.number(record, term.index, spec.metric, term.signed);
        if (value === null) continue;
        sum += term.sign * value;
        reported++;
      }
      if (reported === 0 || (spec.needsAll && reported < spec.terms.length)) continue;
      cells.push(this.cell(record, spec.terms[0]!.index, spec.metric, sum));
    }
    return cells;
  }

  /** Keeps a row that carries at least one value. */
  addRow(row: Omit<ExportRow, 'line'>, record: CsvRecord): void {
    if (row.cells.length === 0) return;
    const dateAt = this.#dateCells.get(record);
    this.rows.push({ ...row, line: record.line, ...(dateAt ? { dateAt } : {}) });
  }

  /** A record's first field, lower-case: `total` and `grand total` rows are skipped on purpose. */
  isTotalRow(record: CsvRecord, index = 0): boolean {
    const first = normaliseName(this.raw(record, index));
    return first === 'total' || first === 'grand total' || first === 'totals';
  }
}

/** An id that Excel turned into scientific notation (1.22158E+17) no longer tells posts apart. */
export function isMangledId(raw: string): boolean {
  return /^\d+(?:\.\d+)?e\+\d+$/i.test(raw.trim());
}

export function firstLine(text: string, record: CsvRecord): string {
  const end = text.indexOf('\n', record.offset);
  return text.slice(record.offset, end === -1 ? text.length : end).replace(/\r$/, '');
}

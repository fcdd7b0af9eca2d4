/**
 * One metric CSV file: its header decides the shape (wide or long), then every row
 * is checked and its values are added to the client's series. Every problem is
 * collected; nothing stops at the first one.
 */
import { isoDate } from '../model/calendar.ts';
import { ALL_PLATFORMS, COST_CATEGORIES, COST_METRICS, isDerivedMetric } from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import { oddCharacters } from './characters.ts';
import {
  columnOf,
  describeFound,
  FieldLocator,
  fieldLocation,
  readCsvRecords,
  trimCell,
  type CsvRecord,
  type ParsedCsv,
  type PlainLineReader,
} from './csv.ts';
import { FutureDates, windowExpectation } from './date-window.ts';
import { DimensionCells, type ParsedDate, type RowGroup } from './dimension-cells.ts';
import type { FileSummary } from './file-summary.ts';
import {
  headerText,
  readHeader,
  unknownMetricMessage,
  type Header,
  type HeaderProblems,
} from './metric-file-header.ts';
import { NUMBER_EXPECTATION, OUT_OF_RANGE, parseDecimal, RANGE_EXPECTATION } from './numbers.ts';
import { seriesOf, storeDay, storeMonthTotal, type ClientIngest } from './observation-sink.ts';
import { PlainLines, type RowCells } from './plain-lines.ts';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

// The summary's home is file-summary.ts; src/present still imports it from here.

const DATE_EXPECTATION = 'a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)';

/** `parsed`: the file's records when deciding its kind parsed it already; else it is parsed here. */
export function readMetricFile(
  ingest: ClientIngest,
  file: string,
  text: string,
  parsed: ParsedCsv | null = null,
): FileSummary {
  return new MetricFileReader(ingest, file, text).read(parsed);
}

class MetricFileReader {
  readonly #ingest: ClientIngest;
  readonly #file: string;
  readonly #text: string;
  readonly #fileIndex: number;
  #header: Header | null = null;
  /** Where the record being read starts, for locating its fields. */
  #recordLine = 0;
  #recordOffset = 0;
  readonly #futureDates = new FutureDates();
  readonly #locator: FieldLocator;
  readonly #dimensions: DimensionCells;
  /** The metric of each slot: a wide file's metric columns, a long file's metrics as they first appear. */
  readonly #slotMetrics: string[] = [];
  readonly #longSlots = new Map<string, number>();
  #cells: RowCells = { slots: new Int32Array(0), values: new Float64Array(0), columns: new Int32Array(0) };

  constructor(ingest: ClientIngest, file: string, text: string) {
    this.#ingest = ingest;
    this.#file = file;
    this.#text = text;
    this.#fileIndex = ingest.rows.addFile(file, text);
    this.#locator = new FieldLocator(text);
    this.#dimensions = new DimensionCells(ingest.calendar, ingest.window);
  }

  read(parsed: ParsedCsv | null): FileSummary {
    let headerSeen = false;
    let rowsRead = 0;
    let rowsAccepted = 0;
    let plainLines: PlainLines | null = null;
    const readPlain: PlainLineReader = (start, stop, line) => {
      const count = plainLines!.read(start, stop);
      if (count === -1) return undefined;
      this.#recordLine = line;
      this.#recordOffset = start;
      const accepted = this.#store(plainLines!.date!, plainLines!.group!, count);
      rowsRead++;
      if (accepted) rowsAccepted++;
      return accepted;
    };
    const onRecord = (record: CsvRecord): void => {
      this.#recordLine = record.line;
      this.#recordOffset = record.offset;
      if (!headerSeen) {
        headerSeen = true;
        plainLines = this.#takeHeader(record);
        return;
      }
      rowsRead++;
      if (this.#header && this.#readRow(record, this.#header)) rowsAccepted++;
    };
    let structural: readonly Problem[];
    if (parsed !== null) {
      for (const record of parsed.records) onRecord(record);
      structural = parsed.problems;
    } else {
      structural = readCsvRecords(this.#file, this.#text, onRecord, () =>
        plainLines === null ? undefined : readPlain,
      );
    }
    this.#ingest.problems.push(...structural);
    const future = this.#futureDates.warning(this.#file, this.#ingest.window.today);
    if (future) this.#ingest.warnings.push(future);

    if (structural.length === 0 && !headerSeen) {
      this.#report(
        1,
        1,
        'found only blank lines, expected a header row such as date,platform,impressions and then data rows',
      );
    } else if (structural.length === 0 && rowsRead === 0) {
      this.#report(2, 1, 'found a header but no data rows, expected at least one row of values under the header');
    }
    return { file: this.#file, shape: this.#header?.shape ?? null, rowsRead, rowsAccepted };
  }

  /** Reads the header and makes ready for the rows; the fast way through a wide file's plain lines, if it is one. */
  #takeHeader(record: CsvRecord): PlainLines | null {
    const header = readHeader(record, this.#ingest.catalogue, this.#headerProblems);
    this.#header = header;
    if (header === null) return null;
    this.#slotMetrics.push(...header.metrics.map((m) => m.metric));
    this.#ingest.rows.setValueColumns(
      this.#fileIndex,
      header.shape === 'long' ? header.value : new Map(header.metrics.map(({ index, metric }) => [metric, index])),
    );
    const size = Math.max(1, header.metrics.length);
    this.#cells = { slots: new Int32Array(size), values: new Float64Array(size), columns: new Int32Array(size) };
    if (header.shape === 'long') return null;
    return new PlainLines(this.#text, header, this.#ingest.catalogue, this.#dimensions, this.#cells);
  }

  #report(line: number, column: number, message: string): void {
    this.#ingest.problems.push({ file: this.#file, line, column, message });
  }

  /** A problem at field `index` of the record being read; a message to work out is worked out only if listed. */
  #reportAt(index: number, message: string | (() => string)): false {
    const problems = this.#ingest.problems;
    if (problems.isFull(this.#file)) {
      problems.count(this.#file);
      return false;
    }
    const { line, column } = this.#locate(index);
    this.#report(line, column, typeof message === 'string' ? message : message());
    return false;
  }

  readonly #headerProblems: HeaderProblems = {
    at: (index, message) => this.#reportAt(index, message),
    line: (line, column, message) => this.#report(line, column, message),
  };

  #locate(index: number): { line: number; column: number } {
    return this.#locator.locate({ line: this.#recordLine, offset: this.#recordOffset }, index);
  }

  /** Checks a row and adds its values; false when anything in it was rejected. */
  #readRow(record: CsvRecord, header: Header): boolean {
    const { fields } = record;
    if (fields.length !== header.names.length) {
      const { line, column } =
        fields.length > header.names.length
          ? fieldLocation(this.#text, record, header.names.length)
          : endOfRecord(this.#text, record);
      this.#report(
        line,
        column,
        `found ${fields.length} fields, expected ${header.names.length} as in the header (${headerText(header.names)}); a value that contains a comma must be in double quotes`,
      );
      return false;
    }

    let ok = true;
    const parsedDate = this.#dimensions.date(fields[header.date]!);
    const date = parsedDate?.inWindow ? parsedDate : null;
    if (!parsedDate) {
      const found = describeFound(fields[header.date]!.trim());
      ok = this.#reportAt(header.date, `date: found ${found}, expected ${DATE_EXPECTATION}`);
    } else if (!date) {
      const found = quote(fields[header.date]!.trim());
      ok = this.#reportAt(header.date, `date: found ${found}, expected ${windowExpectation(this.#ingest.window)}`);
    }

    const platformSeries = this.#dimensions.platform(fields[header.platform]!);
    if (platformSeries === null) {
      const written = fields[header.platform]!.trim();
      ok = this.#reportAt(
        header.platform,
        written.toLowerCase() === ALL_PLATFORMS
          ? `platform: found ${quote(written)}, expected a single platform such as facebook: "all" is reserved for the cross-platform total that Recap computes`
          : `platform: found ${describeFound(written)}${oddCharacters(written)}, expected a platform name of letters, digits and dashes (facebook, instagram, linkedin, x, youtube, tiktok, telegram, web)`,
      );
    }
    const campaign = header.campaign === -1 ? '' : trimCell(fields[header.campaign]!);
    const category = header.category === -1 ? '' : this.#parseCategory(fields[header.category]!);
    if (category === null) ok = false;

    // Values are checked even when the date or platform is wrong, so every problem shows at once.
    // Accepted cells go into reused buffers: slot (which metric) and value.
    let count = 0;
    if (header.shape === 'long') {
      const metricText = fields[header.metric]!.trim();
      const metric = metricText.toLowerCase();
      const valueText = trimCell(fields[header.value]!);
      if (!this.#ingest.catalogue.has(metric)) {
        const message = isDerivedMetric(metric)
          ? `metric: found ${quote(metricText)}, expected a base metric: ${metric} is computed by Recap from the base metrics`
          : unknownMetricMessage(
              `metric: found ${describeFound(metricText)}${oddCharacters(metricText)}`,
              metric,
              this.#ingest.catalogue.ids,
            );
        ok = this.#reportAt(header.metric, message);
      } else if (valueText !== '') {
        const value = this.#checkValue(header.value, metric, valueText);
        if (value === null) ok = false;
        else if (category && !COST_METRICS.has(metric))
          ok = this.#reportAt(header.metric, categoryMessage(metric, category));
        else {
          this.#cells.slots[0] = this.#slotOf(metric);
          this.#cells.values[0] = value;
          this.#cells.columns[0] = header.value;
          count = 1;
        }
      }
    } else {
      const { metrics } = header;
      for (let slot = 0; slot < metrics.length; slot++) {
        const raw = fields[metrics[slot]!.index]!;
        if (raw.length === 0) continue; // not reported, which is not zero
        const cell = trimCell(raw);
        if (cell.length === 0) continue;
        const value = this.#checkValue(metrics[slot]!.index, metrics[slot]!.metric, cell);
        if (value === null) {
          ok = false;
          continue;
        }
        if (category && !COST_METRICS.has(metrics[slot]!.metric)) {
          ok = this.#reportAt(metrics[slot]!.index, categoryMessage(metrics[slot]!.metric, category));
          continue;
        }
        this.#cells.slots[count] = slot;
        this.#cells.values[count] = value;
        this.#cells.columns[count] = metrics[slot]!.index;
        count++;
      }
    }
    if (!ok || !date || platformSeries === null || category === null) return false;
    return this.#store(date, this.#dimensions.group(platformSeries, campaign, category), count);
  }

  /** Adds a checked row's `count` buffered cells to their series; false when a month total repeats. */
  #store(date: ParsedDate, group: RowGroup, count: number): boolean {
    let ok = true;
    if (date.future) {
      const header = this.#header!;
      this.#futureDates.note(date.day !== null ? isoDate(date.day) : date.month.id, () => this.#locate(header.date));
    }
    const row = this.#ingest.rows.addRow(this.#fileIndex, this.#recordLine, this.#recordOffset);
    const bySlot = group.series;
    const cells = this.#cells;
    for (let i = 0; i < count; i++) {
      const slot = cells.slots[i]!;
      const value = cells.values[i]!;
      const series = (bySlot[slot] ??= this.#seriesOf(group, this.#slotMetrics[slot]!));
      if (date.day !== null) {
        storeDay(this.#ingest, series, date.day, value, row);
        continue;
      }
      const { line, column } = this.#locate(cells.columns[i]!);
      const total = { month: date.month, value, row, column };
      if (!storeMonthTotal(this.#ingest, series, total, { file: this.#file, line })) ok = false;
    }
    return ok;
  }

  #checkValue(index: number, metric: string, cell: string): number | null {
    const value = parseDecimal(cell);
    if (value === OUT_OF_RANGE) {
      this.#reportAt(index, `${metric}: found ${quote(cell)}, expected ${RANGE_EXPECTATION}`);
      return null;
    }
    if (value === null) {
      this.#reportAt(
        index,
        `${metric}: found ${quote(cell)}, expected ${NUMBER_EXPECTATION}; leave the cell empty when there is no value`,
      );
      return null;
    }
    if (value < 0 && !this.#ingest.catalogue.mayBeNegative(metric)) {
      this.#reportAt(index, `${metric}: found ${quote(cell)}, expected zero or a positive number`);
      return null;
    }
    return value;
  }

  /** A long file's metric gets a slot the first time it appears; a wide file's slots are its metric columns. */
  #slotOf(metric: string): number {
    let slot = this.#longSlots.get(metric);
    if (slot === undefined) {
      slot = this.#slotMetrics.length;
      this.#slotMetrics.push(metric);
      this.#longSlots.set(metric, slot);
    }
    return slot;
  }

  /** A cost category as written; null (and a problem) when it is not one. */
  #parseCategory(raw: string): string | null {
    const category = this.#dimensions.category(raw);
    if (category !== null) return category;
    const written = raw.trim();
    this.#reportAt(
      this.#header!.category,
      `category: found ${quote(written)}${oddCharacters(written)}, expected one of ${COST_CATEGORIES.join(', ')}, or an empty cell${didYouMean(written.toLowerCase(), COST_CATEGORIES)}`,
    );
    return null;
  }

  #seriesOf({ platform, campaign, category }: RowGroup, metric: string): Series {
    return seriesOf(this.#ingest, platform, campaign, category, metric);
  }
}

function categoryMessage(metric: string, category: string): string {
  return `${metric}: found a value in a row with category ${quote(category)}, expected only spend and cost in rows with a category: put other metrics in rows with an empty category`;
}

function endOfRecord(text: string, record: CsvRecord): { line: number; column: number } {
  const end = text.indexOf('\n', record.offset);
  const stop = end === -1 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
  return { line: record.line, column: columnOf(text, record.offset, stop) };
}

/**
 * One metric CSV file: its header decides the shape (wide or long), then every row
 * is checked and its values are added to the client's series. Every problem is
 * collected; nothing stops at the first one.
 */
import { type Calendar, type Day, type Month, isoDate, parseIsoDate } from '../model/calendar.ts';
import {
  ALL_PLATFORMS,
  DIMENSION_COLUMNS,
  LONG_FORMAT_COLUMNS,
  isDerivedMetric,
  type MetricCatalogue,
} from '../model/metrics.ts';
import { Series, seriesKey, type RowRef } from '../model/series.ts';
import { columnOf, describeFound, fieldLocation, readCsvRecords, type CsvRecord } from './csv.ts';
import { NUMBER_EXPECTATION, parseDecimal, toAsciiDigits } from './numbers.ts';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

export type FileShape = 'wide' | 'long';

export interface FileSummary {
  readonly file: string;
  readonly shape: FileShape | null;
  readonly rowsRead: number;
  readonly rowsAccepted: number;
}

/** Where each row came from, so a later duplicate can name the earlier one. */
export class RowTable {
  readonly files: string[] = [];
  readonly #rowFile: number[] = [];
  readonly #rowLine: number[] = [];

  addFile(file: string): number {
    this.files.push(file);
    return this.files.length - 1;
  }

  addRow(fileIndex: number, line: number): RowRef {
    this.#rowFile.push(fileIndex);
    this.#rowLine.push(line);
    return this.#rowLine.length - 1;
  }

  where(row: RowRef): { file: string; line: number } {
    return { file: this.files[this.#rowFile[row]!]!, line: this.#rowLine[row]! };
  }

  describe(row: RowRef): string {
    const { file, line } = this.where(row);
    return `${file}:${line}`;
  }
}

/** What reading a client's files accumulates. */
export interface ClientIngest {
  readonly catalogue: MetricCatalogue;
  readonly calendar: Calendar;
  readonly series: Map<string, Series>;
  readonly rows: RowTable;
  readonly problems: Problem[];
}

const PLATFORM_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DATE_EXPECTATION = 'a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)';

type ParsedDate = { day: Day; month: null } | { day: null; month: Month };

interface MetricColumn {
  readonly index: number;
  readonly metric: string;
}

interface Header {
  readonly names: string[];
  readonly shape: FileShape;
  readonly date: number;
  readonly platform: number;
  readonly campaign: number; // -1 when absent
  readonly metric: number; // long shape only
  readonly value: number; // long shape only
  readonly metrics: MetricColumn[]; // wide shape only
}

export function readMetricFile(ingest: ClientIngest, file: string, text: string): FileSummary {
  return new MetricFileReader(ingest, file, text).read();
}

class MetricFileReader {
  readonly #ingest: ClientIngest;
  readonly #file: string;
  readonly #text: string;
  readonly #fileIndex: number;
  #header: Header | null = null;
  #record: CsvRecord | null = null;
  readonly #dates = new Map<string, ParsedDate | null>();
  /** Series by platform and campaign, then by metric: one string key per row, not per cell. */
  readonly #seriesByRowKey = new Map<string, Map<string, Series>>();

  constructor(ingest: ClientIngest, file: string, text: string) {
    this.#ingest = ingest;
    this.#file = file;
    this.#text = text;
    this.#fileIndex = ingest.rows.addFile(file);
  }

  read(): FileSummary {
    let headerSeen = false;
    let rowsRead = 0;
    let rowsAccepted = 0;
    const structural = readCsvRecords(this.#file, this.#text, (record) => {
      this.#record = record;
      if (!headerSeen) {
        headerSeen = true;
        this.#header = this.#readHeader(record);
        return;
      }
      rowsRead++;
      if (this.#header && this.#readRow(record, this.#header)) rowsAccepted++;
    });
    this.#ingest.problems.push(...structural);

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

  #report(line: number, column: number, message: string): void {
    this.#ingest.problems.push({ file: this.#file, line, column, message });
  }

  #reportAt(index: number, message: string): false {
    const { line, column } = fieldLocation(this.#text, this.#record!, index);
    this.#report(line, column, message);
    return false;
  }

  #readHeader(record: CsvRecord): Header | null {
    const names = record.fields.map((name) => name.trim().toLowerCase());
    const catalogue = this.#ingest.catalogue;
    let ok = true;
    const firstIndex = new Map<string, number>();
    names.forEach((name, index) => {
      if (firstIndex.has(name)) {
        ok = this.#reportAt(index, `found column ${quote(name)} twice, expected each column once`);
      } else {
        firstIndex.set(name, index);
      }
    });
    const separator = names.length === 1 ? [';', '\t', '|'].find((c) => record.fields[0]!.includes(c)) : undefined;
    if (separator) {
      this.#report(
        record.line,
        1,
        `found values separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}, expected commas: export the file as "CSV UTF-8" (comma-separated)`,
      );
      return null;
    }
    const date = firstIndex.get('date') ?? -1;
    const platform = firstIndex.get('platform') ?? -1;
    const missing = [date === -1 && 'date', platform === -1 && 'platform'].filter(Boolean);
    if (missing.length > 0) {
      this.#report(
        record.line,
        1,
        `found header ${quote(record.fields.join(','))}, expected a ${missing.join(' and a ')} column: the header must be date,platform,<metric>,... (wide) or date,platform,metric,value (long)`,
      );
      return null;
    }

    const long = firstIndex.has('metric') && firstIndex.has('value');
    const allowed = long ? [...DIMENSION_COLUMNS, ...LONG_FORMAT_COLUMNS] : [...DIMENSION_COLUMNS, ...catalogue.ids];
    const metrics: MetricColumn[] = [];
    names.forEach((name, index) => {
      if (firstIndex.get(name) !== index || (DIMENSION_COLUMNS as readonly string[]).includes(name)) return;
      if (long && (LONG_FORMAT_COLUMNS as readonly string[]).includes(name)) return;
      if (name === '') {
        ok = this.#reportAt(
          index,
          'found a column with no name, expected a metric id or one of date, platform, campaign',
        );
      } else if (!long && isDerivedMetric(name)) {
        ok = this.#reportAt(
          index,
          `found column ${quote(name)}, expected a base metric: ${name} is computed by Recap from the base metrics, so remove this column`,
        );
      } else if (!long && catalogue.has(name)) {
        metrics.push({ index, metric: name });
      } else if (long) {
        ok = this.#reportAt(
          index,
          `found column ${quote(name)}, expected only date, platform, campaign, metric and value in a long file${didYouMean(name, allowed)}`,
        );
      } else {
        ok = this.#reportAt(index, unknownMetricMessage(`found column ${quote(name)}`, name, catalogue.ids));
      }
    });
    // Cells under a bad column are skipped; the rest of the file is still checked.
    void ok;
    return {
      names,
      shape: long ? 'long' : 'wide',
      date,
      platform,
      campaign: firstIndex.get('campaign') ?? -1,
      metric: firstIndex.get('metric') ?? -1,
      value: firstIndex.get('value') ?? -1,
      metrics,
    };
  }

  #parseDate(text: string): ParsedDate | null {
    let parsed = this.#dates.get(text);
    if (parsed === undefined) {
      const ascii = toAsciiDigits(text);
      const day = parseIsoDate(ascii);
      const month = day === null ? this.#ingest.calendar.parseMonth(ascii) : null;
      parsed = day !== null ? { day, month: null } : month ? { day: null, month } : null;
      this.#dates.set(text, parsed);
    }
    return parsed;
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
        `found ${fields.length} fields, expected ${header.names.length} as in the header (${header.names.join(',')}); a value that contains a comma must be in double quotes`,
      );
      return false;
    }

    let ok = true;
    const dateText = fields[header.date]!.trim();
    const date = this.#parseDate(dateText);
    if (!date) ok = this.#reportAt(header.date, `date: found ${describeFound(dateText)}, expected ${DATE_EXPECTATION}`);

    const platformText = fields[header.platform]!.trim();
    const platform = platformText.toLowerCase();
    if (platform === ALL_PLATFORMS) {
      ok = this.#reportAt(
        header.platform,
        `platform: found ${quote(platformText)}, expected a single platform such as facebook: "all" is reserved for the cross-platform total that Recap computes`,
      );
    } else if (!PLATFORM_SLUG.test(platform)) {
      ok = this.#reportAt(
        header.platform,
        `platform: found ${describeFound(platformText)}, expected a platform name of letters, digits and dashes (facebook, instagram, linkedin, x, youtube, tiktok, telegram, web)`,
      );
    }
    const campaign = header.campaign === -1 ? '' : fields[header.campaign]!.trim();

    // Values are checked even when the date or platform is wrong, so every problem shows at once.
    const cells: Array<{ index: number; metric: string; value: number }> = [];
    if (header.shape === 'long') {
      const metricText = fields[header.metric]!.trim();
      const metric = metricText.toLowerCase();
      const valueText = fields[header.value]!.trim();
      if (!this.#ingest.catalogue.has(metric)) {
        const message = isDerivedMetric(metric)
          ? `metric: found ${quote(metricText)}, expected a base metric: ${metric} is computed by Recap from the base metrics`
          : unknownMetricMessage(`metric: found ${describeFound(metricText)}`, metric, this.#ingest.catalogue.ids);
        ok = this.#reportAt(header.metric, message);
      } else if (valueText !== '') {
        const value = this.#checkValue(header.value, metric, valueText);
        if (value === null) ok = false;
        else cells.push({ index: header.value, metric, value });
      }
    } else {
      for (const { index, metric } of header.metrics) {
        const cell = fields[index]!.trim();
        if (cell === '') continue; // not reported, which is not zero
        const value = this.#checkValue(index, metric, cell);
        if (value === null) ok = false;
        else cells.push({ index, metric, value });
      }
    }
    if (!ok || !date) return false;

    const row = this.#ingest.rows.addRow(this.#fileIndex, record.line);
    const seriesOfRow = this.#seriesGroup(platform, campaign);
    for (const { index, metric, value } of cells) {
      const series = this.#seriesOf(seriesOfRow, platform, campaign, metric);
      if (date.day !== null) {
        const earlier = series.dayRows.get(date.day);
        if (earlier !== undefined) {
          ok = this.#reportAt(
            index,
            this.#duplicateMessage(metric, value, isoDate(date.day), platform, campaign, earlier),
          );
          continue;
        }
        series.dayValues.set(date.day, value);
        series.dayRows.set(date.day, row);
      } else {
        const earlier = series.monthTotals.get(date.month.id);
        if (earlier !== undefined) {
          ok = this.#reportAt(
            index,
            this.#duplicateMessage(metric, value, date.month.id, platform, campaign, earlier.row),
          );
          continue;
        }
        const { column } = fieldLocation(this.#text, record, index);
        series.monthTotals.set(date.month.id, { month: date.month, value, row, column });
      }
    }
    return ok;
  }

  #checkValue(index: number, metric: string, cell: string): number | null {
    const value = parseDecimal(cell);
    if (value === null) {
      this.#reportAt(
        index,
        `${metric}: found ${quote(cell)}, expected ${NUMBER_EXPECTATION}; leave the cell empty when there is no value`,
      );
      return null;
    }
    if (value < 0 && !this.#ingest.catalogue.isCustom(metric)) {
      this.#reportAt(index, `${metric}: found ${quote(cell)}, expected zero or a positive number`);
      return null;
    }
    return value;
  }

  #seriesGroup(platform: string, campaign: string): Map<string, Series> {
    const key = `${platform}\u0000${campaign}`;
    let group = this.#seriesByRowKey.get(key);
    if (!group) {
      group = new Map();
      this.#seriesByRowKey.set(key, group);
    }
    return group;
  }

  #seriesOf(group: Map<string, Series>, platform: string, campaign: string, metric: string): Series {
    let series = group.get(metric);
    if (!series) {
      const key = seriesKey(platform, campaign, metric);
      series = this.#ingest.series.get(key);
      if (!series) {
        series = new Series(platform, campaign, metric, this.#ingest.catalogue.kindOf(metric)!);
        this.#ingest.series.set(key, series);
      }
      group.set(metric, series);
    }
    return series;
  }

  #duplicateMessage(
    metric: string,
    value: number,
    when: string,
    platform: string,
    campaign: string,
    earlier: RowRef,
  ): string {
    const what = `${when}, ${platform}, ${campaign ? `campaign ${quote(campaign)}` : 'no campaign'}`;
    return `${metric}: found a second value (${value}) for ${what}, expected each date, platform, campaign and metric once: the first is at ${this.#ingest.rows.describe(earlier)}`;
  }
}

function unknownMetricMessage(found: string, name: string, known: readonly string[]): string {
  return `${found}, expected a metric id${didYouMean(name, known)}; known ids: ${known.join(', ')}`;
}

function endOfRecord(text: string, record: CsvRecord): { line: number; column: number } {
  const end = text.indexOf('\n', record.offset);
  const stop = end === -1 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
  return { line: record.line, column: columnOf(text, record.offset, stop) };
}

/**
 * One metric CSV file: its header decides the shape (wide or long), then every row
 * is checked and its values are added to the client's series. Every problem is
 * collected; nothing stops at the first one.
 */
import { type Day, type Month, isoDate, parseIsoDate } from '../model/calendar.ts';
import { FutureDates, inWindow, windowExpectation } from './date-window.ts';
import {
  ALL_PLATFORMS,
  COST_CATEGORIES,
  COST_METRICS,
  DIMENSION_COLUMNS,
  LONG_FORMAT_COLUMNS,
  isDerivedMetric,
} from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import {
  columnOf,
  describeFound,
  FieldLocator,
  fieldLocation,
  readCsvRecords,
  type CsvRecord,
  type PlainLineReader,
} from './csv.ts';
import {
  NUMBER_EXPECTATION,
  OUT_OF_RANGE,
  parseDecimal,
  PlainNumber,
  RANGE_EXPECTATION,
  toAsciiDigits,
} from './numbers.ts';
import type { FileShape, FileSummary } from './file-summary.ts';
import { seriesOf, storeDay, storeMonthTotal, type ClientIngest } from './observation-sink.ts';
import { quote } from './problems.ts';
import { RangeInterner } from './range-interner.ts';
import { didYouMean } from './suggest.ts';
import { oddCharacterList, oddCharacters } from './characters.ts';

// The summary's home is file-summary.ts; src/present still imports it from here.
export type { FileSummary };

const PLATFORM_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DATE_EXPECTATION = 'a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)';

/** A date cell: a day or a month, whether it lies in the client's window, and whether it is after today. */
type ParsedDate = ({ day: Day; month: null } | { day: null; month: Month }) & {
  readonly inWindow: boolean;
  readonly future: boolean;
};

interface MetricColumn {
  readonly index: number;
  readonly metric: string;
}

interface PlatformSeries {
  readonly slug: string;
  /** The platform's row groups by campaign and category. */
  readonly byCampaign: Map<string, RowGroup>;
}

/** What a row's platform, campaign and category cells name: the series its cells go to. */
interface RowGroup {
  readonly platform: string;
  readonly campaign: string;
  readonly category: string;
  /** The group's series by slot, made when a slot first has a value. */
  readonly series: Array<Series | undefined>;
}

interface Header {
  readonly names: string[];
  readonly shape: FileShape;
  readonly date: number;
  readonly platform: number;
  readonly campaign: number; // -1 when absent
  readonly category: number; // -1 when absent
  readonly metric: number; // long shape only
  readonly value: number; // long shape only
  readonly metrics: MetricColumn[]; // wide shape only
  /** First and last column of platform, campaign and category when they stand side by side, else null. */
  readonly groupColumns: readonly [number, number] | null;
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
  /** Where the record being read starts, for locating its fields. */
  #recordLine = 0;
  #recordOffset = 0;
  /** Where each field of the current plain line starts, and one past the last. */
  #bounds = new Int32Array(0);
  readonly #plainDates = new RangeInterner<ParsedDate | null>();
  readonly #plainPlatforms = new RangeInterner<PlatformSeries | null>();
  readonly #plainCampaigns = new RangeInterner<string>();
  readonly #plainCategories = new RangeInterner<string | null>();
  readonly #plainGroups = new RangeInterner<RowGroup | null>();
  readonly #dateMeaning = (raw: string): ParsedDate | null => {
    const date = this.#parseDate(raw);
    return date?.inWindow ? date : null;
  };
  readonly #futureDates = new FutureDates();
  readonly #plainNumber = new PlainNumber();
  readonly #locator: FieldLocator;
  readonly #platformMeaning = (raw: string): PlatformSeries | null => this.#parsePlatform(raw);
  readonly #categoryMeaning = (raw: string): string | null => {
    const category = raw.trim().toLowerCase();
    return category === '' || (COST_CATEGORIES as readonly string[]).includes(category) ? category : null;
  };
  readonly #groupMeaning = (raw: string): RowGroup | null => this.#plainGroup(raw);
  readonly #dates = new Map<string, ParsedDate | null>();
  /** Each platform cell as written, with the platform's series by campaign and slot; null when not a platform. */
  readonly #platforms = new Map<string, PlatformSeries | null>();
  #lastDateText: string | null = null;
  #lastDate: ParsedDate | null = null;
  #lastPlatformText: string | null = null;
  #lastPlatform: PlatformSeries | null = null;
  /** The metric of each slot. */
  readonly #slotMetrics: string[] = [];
  readonly #longSlots = new Map<string, number>();
  #cellSlots = new Int32Array(0);
  #cellValues = new Float64Array(0);
  #cellColumns = new Int32Array(0);
  /** For a plain line: each column's slot, -1 for a column that holds no metric. */
  #columnSlots = new Int32Array(0);
  /** 1 for a slot whose metric may be negative (a custom one). */
  #slotAllowsNegative = new Uint8Array(0);

  constructor(ingest: ClientIngest, file: string, text: string) {
    this.#ingest = ingest;
    this.#file = file;
    this.#text = text;
    this.#fileIndex = ingest.rows.addFile(file, text);
    this.#locator = new FieldLocator(text);
  }

  read(): FileSummary {
    let headerSeen = false;
    let rowsRead = 0;
    let rowsAccepted = 0;
    let plainReader: PlainLineReader | undefined;
    const readPlain: PlainLineReader = (start, stop, line) => {
      const accepted = this.#readPlainLine(start, stop, line);
      if (accepted !== undefined) {
        rowsRead++;
        if (accepted) rowsAccepted++;
      }
      return accepted;
    };
    const structural = readCsvRecords(
      this.#file,
      this.#text,
      (record) => {
        this.#recordLine = record.line;
        this.#recordOffset = record.offset;
        if (!headerSeen) {
          headerSeen = true;
          this.#header = this.#readHeader(record);
          if (this.#header) {
            this.#slotMetrics.push(...this.#header.metrics.map((m) => m.metric));
            this.#ingest.rows.setValueColumns(
              this.#fileIndex,
              this.#header.shape === 'long'
                ? this.#header.value
                : new Map(this.#header.metrics.map(({ index, metric }) => [metric, index])),
            );
            const size = Math.max(1, this.#header.metrics.length);
            this.#cellSlots = new Int32Array(size);
            this.#cellValues = new Float64Array(size);
            this.#cellColumns = new Int32Array(size);
            this.#bounds = new Int32Array(this.#header.names.length + 1);
            this.#columnSlots = new Int32Array(this.#header.names.length).fill(-1);
            this.#header.metrics.forEach(({ index }, slot) => (this.#columnSlots[index] = slot));
            this.#slotAllowsNegative = Uint8Array.from(this.#header.metrics, ({ metric }) =>
              this.#ingest.catalogue.mayBeNegative(metric) ? 1 : 0,
            );
            if (this.#header.shape === 'wide') plainReader = readPlain;
          }
          return;
        }
        rowsRead++;
        if (this.#header && this.#readRow(record, this.#header)) rowsAccepted++;
      },
      () => plainReader,
    );
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

  #locate(index: number): { line: number; column: number } {
    return this.#locator.locate({ line: this.#recordLine, offset: this.#recordOffset }, index);
  }

  #readHeader(record: CsvRecord): Header | null {
    const names = record.fields.map((name) => name.trim().toLowerCase());
    const catalogue = this.#ingest.catalogue;
    const firstIndex = new Map<string, number>();
    names.forEach((name, index) => {
      if (firstIndex.has(name)) {
        this.#reportAt(index, `found column ${quote(name)} twice, expected each column once`);
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
        `found header ${quote(record.fields.join(','))}${oddColumn(names)}, expected a ${missing.join(' and a ')} column: the header must be date,platform,<metric>,... (wide) or date,platform,metric,value (long)`,
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
        this.#reportAt(index, 'found a column with no name, expected a metric id or one of date, platform, campaign');
      } else if (!long && isDerivedMetric(name)) {
        this.#reportAt(
          index,
          `found column ${quote(name)}, expected a base metric: ${name} is computed by Recap from the base metrics, so remove this column`,
        );
      } else if (!long && catalogue.has(name)) {
        metrics.push({ index, metric: name });
      } else if (long) {
        this.#reportAt(
          index,
          () =>
            `found column ${quote(name)}${oddCharacters(name)}, expected only date, platform, campaign, metric and value in a long file${didYouMean(name, allowed)}`,
        );
      } else {
        this.#reportAt(index, () =>
          unknownMetricMessage(`found column ${quote(name)}${oddCharacters(name)}`, name, catalogue.ids),
        );
      }
    });
    const campaign = firstIndex.get('campaign') ?? -1;
    const category = firstIndex.get('category') ?? -1;
    const groupColumns = [platform, campaign, category].filter((index) => index !== -1).sort((a, b) => a - b);
    const first = groupColumns[0]!;
    const last = groupColumns.at(-1)!;
    // Cells under a bad column are skipped; the rest of the file is still checked.
    return {
      names,
      groupColumns: last - first + 1 === groupColumns.length ? [first, last] : null,
      shape: long ? 'long' : 'wide',
      date,
      platform,
      campaign,
      category,
      metric: firstIndex.get('metric') ?? -1,
      value: firstIndex.get('value') ?? -1,
      metrics,
    };
  }

  #parseDate(raw: string): ParsedDate | null {
    // Consecutive rows usually share a date; comparing with the last one is cheaper than hashing.
    if (raw === this.#lastDateText) return this.#lastDate;
    let parsed = this.#dates.get(raw);
    if (parsed === undefined) {
      const ascii = toAsciiDigits(raw.trim());
      const day = parseIsoDate(ascii);
      const month = day === null ? this.#ingest.calendar.parseMonth(ascii) : null;
      parsed = day !== null ? this.#placed(day, day, { day, month: null }) : month ? this.#placedMonth(month) : null;
      this.#dates.set(raw, parsed);
    }
    this.#lastDateText = raw;
    this.#lastDate = parsed;
    return parsed;
  }

  #placed(first: Day, last: Day, date: { day: Day; month: null } | { day: null; month: Month }): ParsedDate {
    const window = this.#ingest.window;
    return { ...date, inWindow: inWindow(window, first, last), future: last > window.today };
  }

  /** A month lies in the window when any of its days does; it is in the future when it starts after today. */
  #placedMonth(month: Month): ParsedDate {
    const { calendar, window } = this.#ingest;
    // Years far out are refused before the calendar is asked for their days.
    if (month.year < 1000 || month.year > 3000) return { day: null, month, inWindow: false, future: false };
    const first = calendar.firstDay(month);
    const last = calendar.lastDay(month);
    return {
      day: null,
      month,
      inWindow: last >= window.earliest && first <= window.latest,
      future: first > window.today,
    };
  }

  /** The platform of a cell as written, remembered per file; null when it is not a platform name. */
  #parsePlatform(raw: string): PlatformSeries | null {
    if (raw === this.#lastPlatformText) return this.#lastPlatform;
    let platform = this.#platforms.get(raw);
    if (platform === undefined) {
      const slug = raw.trim().toLowerCase();
      platform = slug !== ALL_PLATFORMS && PLATFORM_SLUG.test(slug) ? this.#platformSeries(slug) : null;
      this.#platforms.set(raw, platform);
    }
    this.#lastPlatformText = raw;
    this.#lastPlatform = platform;
    return platform;
  }

  /** One object per platform slug, however its cells are written (Facebook, facebook). */
  #platformSeries(slug: string): PlatformSeries {
    for (const known of this.#platforms.values()) if (known?.slug === slug) return known;
    return { slug, byCampaign: new Map() };
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
    const parsedDate = this.#parseDate(fields[header.date]!);
    const date = parsedDate?.inWindow ? parsedDate : null;
    if (!parsedDate) {
      const found = describeFound(fields[header.date]!.trim());
      ok = this.#reportAt(header.date, `date: found ${found}, expected ${DATE_EXPECTATION}`);
    } else if (!date) {
      const found = quote(fields[header.date]!.trim());
      ok = this.#reportAt(header.date, `date: found ${found}, expected ${windowExpectation(this.#ingest.window)}`);
    }

    const platformSeries = this.#parsePlatform(fields[header.platform]!);
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
          this.#cellSlots[0] = this.#slotOf(metric);
          this.#cellValues[0] = value;
          this.#cellColumns[0] = header.value;
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
        this.#cellSlots[count] = slot;
        this.#cellValues[count] = value;
        this.#cellColumns[count] = metrics[slot]!.index;
        count++;
      }
    }
    if (!ok || !date || platformSeries === null || category === null) return false;
    return this.#store(date, this.#groupOf(platformSeries, campaign, category), count);
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
    for (let i = 0; i < count; i++) {
      const slot = this.#cellSlots[i]!;
      const value = this.#cellValues[i]!;
      const series = (bySlot[slot] ??= this.#seriesOf(group, this.#slotMetrics[slot]!));
      if (date.day !== null) {
        storeDay(this.#ingest, series, date.day, value, row);
        continue;
      }
      const { line, column } = this.#locate(this.#cellColumns[i]!);
      const total = { month: date.month, value, row, column };
      if (!storeMonthTotal(this.#ingest, series, total, { file: this.#file, line })) ok = false;
    }
    return ok;
  }

  /**
   * A line of a wide, quote-free file read straight from the text in one pass:
   * numbers are read where they stand as the line is walked, and the other fields
   * are only bounded, so no cell becomes a string. Anything irregular (a field count
   * that is off, a blank or spaced cell, a number written another way, a bad date or
   * platform) returns undefined, and the line is read the ordinary way, which says
   * what is wrong.
   */
  #readPlainLine(start: number, stop: number, line: number): boolean | undefined {
    const text = this.#text;
    const header = this.#header!;
    const bounds = this.#bounds;
    const columnSlots = this.#columnSlots;
    const plain = this.#plainNumber;
    const last = header.names.length - 1;
    let count = 0;
    let at = start;
    for (let field = 0; field <= last; field++) {
      bounds[field] = at;
      const slot = columnSlots[field]!;
      if (slot === -1) {
        while (at < stop && text.charCodeAt(at) !== 44) at++;
      } else if (at < stop && text.charCodeAt(at) !== 44) {
        const negative = text.charCodeAt(at) === 45;
        at = plain.read(text, at, stop);
        if (at === -1) return undefined;
        if (negative && !this.#slotAllowsNegative[slot]) return undefined;
        this.#cellSlots[count] = slot;
        this.#cellValues[count] = plain.value;
        this.#cellColumns[count] = field;
        count++;
      }
      // Each field must end at a comma, the last at the end of the line.
      if (field === last ? at !== stop : at === stop || text.charCodeAt(at) !== 44) return undefined;
      at++;
    }
    bounds[last + 1] = stop + 1;

    const date = this.#plainDates.get(text, bounds[header.date]!, bounds[header.date + 1]! - 1, this.#dateMeaning);
    if (!date) return undefined;
    let group: RowGroup | null;
    if (header.groupColumns) {
      // Platform, campaign and category side by side are one lookup, not three.
      const [first, end] = header.groupColumns;
      group = this.#plainGroups.get(text, bounds[first]!, bounds[end + 1]! - 1, this.#groupMeaning);
    } else {
      group = this.#plainGroupOf(bounds);
    }
    if (group === null) return undefined;
    if (group.category) {
      for (let i = 0; i < count; i++) if (!COST_METRICS.has(this.#slotMetrics[this.#cellSlots[i]!]!)) return undefined;
    }
    this.#recordLine = line;
    this.#recordOffset = start;
    return this.#store(date, group, count);
  }

  /** The row group of a plain line whose platform, campaign and category columns are apart. */
  #plainGroupOf(bounds: Int32Array): RowGroup | null {
    const text = this.#text;
    const header = this.#header!;
    const cell = <T>(interner: RangeInterner<T>, index: number, meaning: (text: string) => T): T =>
      interner.get(text, bounds[index]!, bounds[index + 1]! - 1, meaning);
    const platformSeries = cell(this.#plainPlatforms, header.platform, this.#platformMeaning);
    if (platformSeries === null) return null;
    const campaign = header.campaign === -1 ? '' : cell(this.#plainCampaigns, header.campaign, trimCell);
    const category = header.category === -1 ? '' : cell(this.#plainCategories, header.category, this.#categoryMeaning);
    if (category === null) return null;
    return this.#groupOf(platformSeries, campaign, category);
  }

  /** The row group of the side-by-side platform, campaign and category cells of a plain line, as written. */
  #plainGroup(raw: string): RowGroup | null {
    const header = this.#header!;
    const [first] = header.groupColumns!;
    const cells = raw.split(',');
    const at = (index: number): string => cells[index - first]!;
    const platformSeries = this.#parsePlatform(at(header.platform));
    if (platformSeries === null) return null;
    const campaign = header.campaign === -1 ? '' : trimCell(at(header.campaign));
    const category = header.category === -1 ? '' : this.#categoryMeaning(at(header.category));
    if (category === null) return null;
    return this.#groupOf(platformSeries, campaign, category);
  }

  #groupOf(platformSeries: PlatformSeries, campaign: string, category: string): RowGroup {
    const key = category ? `${campaign}\u0000${category}` : campaign;
    let group = platformSeries.byCampaign.get(key);
    if (!group) {
      group = { platform: platformSeries.slug, campaign, category, series: [] };
      platformSeries.byCampaign.set(key, group);
    }
    return group;
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
    const category = raw.trim().toLowerCase();
    if (category === '' || (COST_CATEGORIES as readonly string[]).includes(category)) return category;
    this.#reportAt(
      this.#header!.category,
      `category: found ${quote(raw.trim())}${oddCharacters(raw.trim())}, expected one of ${COST_CATEGORIES.join(', ')}, or an empty cell${didYouMean(category, COST_CATEGORIES)}`,
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

/** Trims only when needed: most cells have no surrounding space. */
function trimCell(cell: string): string {
  const last = cell.length - 1;
  if (last < 0) return cell;
  const first = cell.charCodeAt(0);
  const end = cell.charCodeAt(last);
  return first > 32 && first < 127 && end > 32 && end < 127 ? cell : cell.trim();
}

/** The header's names for a message: the first few of a wide one. */
function headerText(names: readonly string[]): string {
  return names.length <= 12 ? names.join(',') : `${names.slice(0, 12).join(',')},... (${names.length} columns)`;
}

/** For a header without date or platform: the first column name with a look-alike or invisible character. */
function oddColumn(names: readonly string[]): string {
  const index = names.findIndex((name) => oddCharacters(name) !== '');
  return index === -1
    ? ''
    : ` (column ${index + 1}, ${quote(names[index]!)}, contains ${oddCharacterList(names[index]!)})`;
}

function unknownMetricMessage(found: string, name: string, known: readonly string[]): string {
  return `${found}, expected a metric id${didYouMean(name, known)}; known ids: ${known.join(', ')}`;
}

function endOfRecord(text: string, record: CsvRecord): { line: number; column: number } {
  const end = text.indexOf('\n', record.offset);
  const stop = end === -1 ? text.length : text[end - 1] === '\r' ? end - 1 : end;
  return { line: record.line, column: columnOf(text, record.offset, stop) };
}

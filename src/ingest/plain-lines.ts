/**
 * The fast way through a wide file without a double quote: each line is read straight
 * from the text in one pass. Numbers are read where they stand as the line is walked
 * (with numbers.ts's plain grammar), and the other fields are only bounded, so no cell
 * becomes a string. Anything irregular (a field count that is off, a blank or spaced
 * cell, a number written another way, a bad date or platform) is left to the ordinary
 * reading of the line, which says what is wrong; both ways accept the same values.
 */
import { COST_METRICS, type MetricCatalogue } from '../model/metrics.ts';
import { trimCell } from './csv.ts';
import type { DimensionCells, ParsedDate, PlatformSeries, RowGroup } from './dimension-cells.ts';
import type { Header } from './metric-file-header.ts';
import { PlainNumber } from './numbers.ts';
import { RangeInterner } from './range-interner.ts';

/** A row's checked values, reused row after row: the slot (which metric), value and column of each. */
export interface RowCells {
  readonly slots: Int32Array;
  readonly values: Float64Array;
  readonly columns: Int32Array;
}

export class PlainLines {
  /** The date and row group of the line last read. */
  date: ParsedDate | null = null;
  group: RowGroup | null = null;
  readonly #text: string;
  readonly #header: Header;
  readonly #dimensions: DimensionCells;
  readonly #cells: RowCells;
  readonly #number = new PlainNumber();
  /** Where each field of the current line starts, and one past the last. */
  readonly #bounds: Int32Array;
  /** Each column's slot, -1 for a column that holds no metric. */
  readonly #columnSlots: Int32Array;
  /** 1 for a slot whose metric may be negative (a custom one). */
  readonly #allowsNegative: Uint8Array;
  readonly #dates = new RangeInterner<ParsedDate | null>();
  readonly #platforms = new RangeInterner<PlatformSeries | null>();
  readonly #campaigns = new RangeInterner<string>();
  readonly #categories = new RangeInterner<string | null>();
  readonly #groups = new RangeInterner<RowGroup | null>();
  readonly #dateMeaning = (raw: string): ParsedDate | null => {
    const date = this.#dimensions.date(raw);
    return date?.inWindow ? date : null;
  };
  readonly #platformMeaning = (raw: string) => this.#dimensions.platform(raw);
  readonly #groupMeaning = (raw: string): RowGroup | null => this.#sideBySideGroup(raw);

  /** For a wide header only: a long file's rows are not laid out by metric. */
  constructor(text: string, header: Header, catalogue: MetricCatalogue, dimensions: DimensionCells, cells: RowCells) {
    this.#text = text;
    this.#header = header;
    this.#dimensions = dimensions;
    this.#cells = cells;
    this.#bounds = new Int32Array(header.names.length + 1);
    this.#columnSlots = new Int32Array(header.names.length).fill(-1);
    header.metrics.forEach(({ index }, slot) => (this.#columnSlots[index] = slot));
    this.#allowsNegative = Uint8Array.from(header.metrics, ({ metric }) => (catalogue.mayBeNegative(metric) ? 1 : 0));
  }

  /**
   * Reads the line from `start` to `stop` (its end, line break excluded): how many
   * values it holds, in the row cells, with its `date` and `group`; or -1 when the line
   * must be read the ordinary way.
   */
  read(start: number, stop: number): number {
    const text = this.#text;
    const header = this.#header;
    const bounds = this.#bounds;
    const columnSlots = this.#columnSlots;
    const plain = this.#number;
    const cells = this.#cells;
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
        if (at === -1) return -1;
        if (negative && !this.#allowsNegative[slot]) return -1;
        cells.slots[count] = slot;
        cells.values[count] = plain.value;
        cells.columns[count] = field;
        count++;
      }
      // Each field must end at a comma, the last at the end of the line.
      if (field === last ? at !== stop : at === stop || text.charCodeAt(at) !== 44) return -1;
      at++;
    }
    bounds[last + 1] = stop + 1;

    const date = this.#dates.get(text, bounds[header.date]!, bounds[header.date + 1]! - 1, this.#dateMeaning);
    if (!date) return -1;
    let group: RowGroup | null;
    if (header.groupColumns) {
      // Platform, campaign and category side by side are one lookup, not three.
      const [first, end] = header.groupColumns;
      group = this.#groups.get(text, bounds[first]!, bounds[end + 1]! - 1, this.#groupMeaning);
    } else {
      group = this.#groupApart();
    }
    if (group === null) return -1;
    if (group.category) {
      for (let i = 0; i < count; i++) if (!COST_METRICS.has(header.metrics[cells.slots[i]!]!.metric)) return -1;
    }
    this.date = date;
    this.group = group;
    return count;
  }

  /** The row group of a line whose platform, campaign and category columns are apart. */
  #groupApart(): RowGroup | null {
    const text = this.#text;
    const header = this.#header;
    const bounds = this.#bounds;
    const cell = <T>(interner: RangeInterner<T>, index: number, meaning: (text: string) => T): T =>
      interner.get(text, bounds[index]!, bounds[index + 1]! - 1, meaning);
    const platformSeries = cell(this.#platforms, header.platform, this.#platformMeaning);
    if (platformSeries === null) return null;
    const campaign = header.campaign === -1 ? '' : cell(this.#campaigns, header.campaign, trimCell);
    const dimensions = this.#dimensions;
    const category = header.category === -1 ? '' : cell(this.#categories, header.category, dimensions.category);
    if (category === null) return null;
    return dimensions.group(platformSeries, campaign, category);
  }

  /** The row group of the side-by-side platform, campaign and category cells of a line, as written. */
  #sideBySideGroup(raw: string): RowGroup | null {
    const header = this.#header;
    const [first] = header.groupColumns!;
    const cells = raw.split(',');
    const at = (index: number): string => cells[index - first]!;
    const dimensions = this.#dimensions;
    const platformSeries = dimensions.platform(at(header.platform));
    if (platformSeries === null) return null;
    const campaign = header.campaign === -1 ? '' : trimCell(at(header.campaign));
    const category = header.category === -1 ? '' : dimensions.category(at(header.category));
    if (category === null) return null;
    return dimensions.group(platformSeries, campaign, category);
  }
}

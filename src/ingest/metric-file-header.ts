/**
 * The header of one of Recap's own files, which decides how its rows are read: wide
 * (a column per metric) or long (metric and value columns), and which column holds
 * the date, the platform, the campaign, the category and each metric. Every column
 * that cannot be used is reported; the file is still read with the ones that can.
 */
import { DIMENSION_COLUMNS, isDerivedMetric, LONG_FORMAT_COLUMNS, type MetricCatalogue } from '../model/metrics.ts';
import { oddCharacterList, oddCharacters } from './characters.ts';
import type { CsvRecord } from './csv.ts';
import type { FileShape } from './file-summary.ts';
import { quote } from './problems.ts';
import { didYouMean } from './suggest.ts';

export interface MetricColumn {
  readonly index: number;
  readonly metric: string;
}

export interface Header {
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

/** Where the header's problems go: at a column of it, or at a line and column. */
export interface HeaderProblems {
  /** A message to work out is worked out only if it is listed. */
  at(index: number, message: string | (() => string)): void;
  line(line: number, column: number, message: string): void;
}

export function readHeader(record: CsvRecord, catalogue: MetricCatalogue, report: HeaderProblems): Header | null {
  const names = record.fields.map((name) => name.trim().toLowerCase());
  const firstIndex = new Map<string, number>();
  names.forEach((name, index) => {
    if (firstIndex.has(name)) {
      report.at(index, `found column ${quote(name)} twice, expected each column once`);
    } else {
      firstIndex.set(name, index);
    }
  });
  const separator = names.length === 1 ? [';', '\t', '|'].find((c) => record.fields[0]!.includes(c)) : undefined;
  if (separator) {
    report.line(
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
    report.line(
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
      report.at(index, 'found a column with no name, expected a metric id or one of date, platform, campaign');
    } else if (!long && isDerivedMetric(name)) {
      report.at(
        index,
        `found column ${quote(name)}, expected a base metric: ${name} is computed by Recap from the base metrics, so remove this column`,
      );
    } else if (!long && catalogue.has(name)) {
      metrics.push({ index, metric: name });
    } else if (long) {
      report.at(
        index,
        () =>
          `found column ${quote(name)}${oddCharacters(name)}, expected only date, platform, campaign, metric and value in a long file${didYouMean(name, allowed)}`,
      );
    } else {
      report.at(index, () =>
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

/** The header's names for a message: the first few of a wide one. */
export function headerText(names: readonly string[]): string {
  return names.length <= 12 ? names.join(',') : `${names.slice(0, 12).join(',')},... (${names.length} columns)`;
}

/** For a header without date or platform: the first column name with a look-alike or invisible character. */
function oddColumn(names: readonly string[]): string {
  const index = names.findIndex((name) => oddCharacters(name) !== '');
  return index === -1
    ? ''
    : ` (column ${index + 1}, ${quote(names[index]!)}, contains ${oddCharacterList(names[index]!)})`;
}

export function unknownMetricMessage(found: string, name: string, known: readonly string[]): string {
  return `${found}, expected a metric id${didYouMean(name, known)}; known ids: ${known.join(', ')}`;
}

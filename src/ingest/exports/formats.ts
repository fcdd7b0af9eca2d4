/**
 * Which export a file is, and reading it. A format is recognised by a required subset
 * of its columns, because vendors add and drop columns from month to month; the header
 * is found below any preamble (a `sep=,` line, a title, `#` comments, a date range).
 */
import path from 'node:path';
import { detectDelimiter, readCsvRecords, type CsvRecord, type Delimiter } from '../csv.ts';
import { byLocation, quote, type Problem } from '../problems.ts';
import { nearest as nearestName } from '../suggest.ts';
import { oddCharacterList, oddCharacters } from '../characters.ts';
import type { ExportAdapter } from './adapter.ts';
import { breakdownNote, breakdownOf } from './breakdowns.ts';
import { latestDateInFileName } from './dates.ts';
import { ga4Report } from './ga4.ts';
import { linkedinContent, linkedinFollowers, linkedinVisitors } from './linkedin.ts';
import { metaAdsManager } from './meta-ads.ts';
import { facebookInsightsPosts, facebookPosts, instagramPosts, metaDailyMetric } from './meta.ts';
import { firstLine, normaliseName, Reading, type ExportTable } from './reading.ts';
import { recapPosts } from './recap-posts.ts';
import { tiktokContent, tiktokFollowers, tiktokOverview } from './tiktok.ts';
import type { ExportContext, ExportFormat, ExportRead, UnrecognisedExport } from './types.ts';
import { xAccountOverview, xLegacyTweetActivity, xPostContent } from './x.ts';
import {
  youtubeChartData,
  youtubeTableData,
  youtubeTotals,
  youtubeTotalsEngaged,
  youtubeTotalsImpressions,
  youtubeTotalsSubscribers,
  youtubeTotalsWatchTime,
} from './youtube.ts';

const ADAPTERS: readonly ExportAdapter[] = [
  xAccountOverview,
  xPostContent,
  xLegacyTweetActivity,
  facebookInsightsPosts,
  facebookPosts,
  instagramPosts,
  metaDailyMetric,
  metaAdsManager,
  linkedinFollowers,
  linkedinContent,
  linkedinVisitors,
  youtubeTableData,
  youtubeChartData,
  youtubeTotals,
  youtubeTotalsEngaged,
  youtubeTotalsWatchTime,
  youtubeTotalsSubscribers,
  youtubeTotalsImpressions,
  tiktokOverview,
  tiktokFollowers,
  tiktokContent,
  ga4Report,
  recapPosts,
];

export const EXPORT_FORMATS: readonly ExportFormat[] = ADAPTERS.map((adapter) => adapter.format);

/** How far down a header may sit: GA4's comment block is the longest preamble seen, about a dozen lines. */
const HEADER_SEARCH_LINES = 60;

/** Recap's own files have both a date and a platform column; they are read elsewhere. */
export function isRecapHeader(names: readonly string[]): boolean {
  const normalised = names.map(normaliseName);
  return normalised.includes('date') && normalised.includes('platform');
}

export interface NearFormat {
  readonly format: ExportFormat;
  readonly missing: string[];
}

export type Detection =
  | { readonly format: ExportFormat; readonly headerLine: number }
  | {
      readonly format: null;
      readonly nearest: NearFormat[];
      /** The line taken as the header (null for a file with no candidate), and its names as written. */
      readonly headerLine: number | null;
      readonly headerNames: string[];
      /** The header is Recap's own date,platform,... header. */
      readonly recap: boolean;
    };

/** Where the header is, and whose it is: a known export's, Recap's own, or neither. */
export type Found = FoundFormat | NotFound;
export type FoundFormat = { readonly kind: 'format'; readonly adapter: ExportAdapter; readonly index: number };
export type NotFound =
  | { readonly kind: 'recap'; readonly index: number }
  | { readonly kind: 'none'; readonly index: number | null; readonly nearest: NearFormat[] };

/**
 * A file parsed once, and what its header turned out to be: a known export's, Recap's
 * own (below a preamble), or neither. Whoever reads the file next reads these records.
 */
export interface HeaderSearch<F extends Found = Found> {
  readonly records: CsvRecord[];
  /** What separates the values: a `sep=` line's, or the header's own. */
  readonly delimiter: Delimiter;
  /** What kept parts of the file from being parsed (an unclosed quote), located. */
  readonly problems: Problem[];
  readonly found: F;
}

/** Parses the file once and looks for the header of a known export below any preamble. */
export function searchHeader(file: string, text: string): HeaderSearch {
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const problems = readCsvRecords(file, text, (record) => records.push(record), undefined, delimiter);
  return { records, problems, delimiter, found: findHeader(records, text, path.basename(file)) };
}

export function detectExport(text: string, fileName = ''): Detection {
  const { records, found } = searchHeader(fileName, text);
  return describe(records, found);
}

type Unrecognised = Extract<Detection, { format: null }>;

function describe(records: readonly CsvRecord[], found: Found): Detection {
  if (found.kind === 'format') return { format: found.adapter.format, headerLine: records[found.index]!.line };
  return describeUnrecognised(records, found);
}

function describeUnrecognised(records: readonly CsvRecord[], found: NotFound): Unrecognised {
  const header = found.index === null ? undefined : records[found.index];
  return {
    format: null,
    nearest: found.kind === 'none' ? found.nearest : [],
    headerLine: header?.line ?? null,
    headerNames: header ? header.fields.map((field) => field.replace(/^\ufeff/, '').trim()) : [],
    recap: found.kind === 'recap',
  };
}

/** A `sep=,` line, a `#` comment, or a row with at most one filled cell (a title, a date range). */
function isPreamble(text: string, record: CsvRecord): boolean {
  const line = firstLine(text, record)
    .replace(/^\ufeff/, '')
    .trim();
  if (line.startsWith('#') || /^sep=/i.test(line)) return true;
  return record.fields.filter((field) => field.trim() !== '').length <= 1;
}

function matches(format: ExportFormat, names: ReadonlySet<string>): boolean {
  return format.required.every((name) => names.has(name)) && !format.excluded.some((name) => names.has(name));
}

/** Of the formats a header satisfies, the one that asks most of it. */
function bestMatch(names: ReadonlySet<string>, fileName: string): ExportAdapter | null {
  let best: ExportAdapter | null = null;
  for (const adapter of ADAPTERS) {
    if (!matches(adapter.format, names)) continue;
    if (adapter.fileName !== undefined && !adapter.fileName.test(fileName)) continue;
    if (best === null || adapter.format.required.length > best.format.required.length) best = adapter;
  }
  return best;
}

function nearestFormats(names: ReadonlySet<string>): NearFormat[] {
  const scored = EXPORT_FORMATS.map((format) => {
    const missing = format.required.filter((name) => !names.has(name));
    return { format, missing, share: 1 - missing.length / format.required.length };
  }).filter((entry) => entry.share > 0);
  scored.sort((a, b) => b.share - a.share || a.missing.length - b.missing.length);
  const top = scored[0]?.share ?? 0;
  return scored
    .filter((entry) => entry.share >= top / 2)
    .slice(0, 3)
    .map(({ format, missing }) => ({ format, missing }));
}

/** The adapter whose preamble this line is (GA4's `# Start date:`), if any. */
function preambleOwner(text: string, record: CsvRecord): ExportAdapter | null {
  const line = firstLine(text, record).replace(/^\ufeff/, '');
  return ADAPTERS.find((adapter) => adapter.preamble?.test(line)) ?? null;
}

function findHeader(records: readonly CsvRecord[], text: string, fileName: string): Found {
  let candidate: { index: number; nearest: NearFormat[]; share: number } | null = null;
  let announced: ExportAdapter | null = null;
  for (let i = 0; i < records.length && records[i]!.line <= HEADER_SEARCH_LINES; i++) {
    const record = records[i]!;
    if (isPreamble(text, record)) {
      announced ??= preambleOwner(text, record);
      continue;
    }
    const names = record.fields.map(normaliseName);
    if (isRecapHeader(names)) return { kind: 'recap', index: i };
    const set = new Set(names);
    const adapter = bestMatch(set, fileName) ?? announced;
    if (adapter !== null) return { kind: 'format', adapter, index: i };
    const nearest = nearestFormats(set);
    const first = nearest[0];
    const share = first ? 1 - first.missing.length / first.format.required.length : 0;
    if (candidate === null || share > candidate.share) candidate = { index: i, nearest, share };
  }
  return { kind: 'none', index: candidate?.index ?? null, nearest: candidate?.nearest ?? [] };
}

/** Names the header as found and the nearest formats with the columns each lacked. */
export function unrecognisedExportMessage(nearest: readonly NearFormat[], headerNames: readonly string[]): string {
  const shown = headerNames.slice(0, 6).join(', ') + (headerNames.length > 6 ? ', ...' : '');
  // A look-alike letter (Cyrillic "е" in "Imprеssions") keeps a column from matching: name it.
  const odd = headerNames.find((name) => oddCharacters(name) !== '');
  const oddNote = odd === undefined ? '' : ` (column ${quote(odd)} contains ${oddCharacterList(odd)})`;
  const found = `found columns "${shown}"${oddNote}, expected Recap's own date,platform,... header or a known platform export`;
  if (nearest.length === 0) return `${found}; no known export has any of these columns`;
  const normalised = headerNames.map(normaliseName);
  const described = nearest.map(({ format, missing }) => {
    const lacks = missing.map((name) => {
      const close = nearestName(
        name,
        normalised.filter((have) => !format.required.includes(have)),
      );
      const original = close === undefined ? undefined : headerNames[normalised.indexOf(close)];
      return original === undefined ? `"${name}"` : `"${name}" (closest column: "${original}")`;
    });
    return `${format.label}, missing ${lacks.join(', ')}`;
  });
  return `${found}; nearest: ${described.join('; ')}`;
}

/** Detects the export and reads it; a file that is no known export gives one located problem. */
export function readExport(text: string, context: ExportContext): ExportRead | UnrecognisedExport {
  const search = searchHeader(context.file, text);
  const { found } = search;
  return found.kind === 'format'
    ? readFoundExport(text, { ...search, found }, context)
    : unrecognisedExport(context.file, { ...search, found });
}

/** What a file that is no known export reads as: its parse problems, then one at its header. */
export function unrecognisedExport(file: string, search: HeaderSearch<NotFound>): UnrecognisedExport {
  const { records, found } = search;
  const detection = describeUnrecognised(records, found);
  const message = detection.recap
    ? `found Recap's own header (${detection.headerNames.join(', ')}), expected a platform export: read this file as a Recap metric file`
    : detection.headerLine === null
      ? "found no header row, expected the header of a platform export or Recap's own date,platform,... header"
      : unrecognisedExportMessage(detection.nearest, detection.headerNames);
  const problems = [...search.problems, { file, line: detection.headerLine ?? 1, column: 1, message }];
  return { format: null, rows: [], problems, rowsRead: 0, exportedThrough: null, notes: [], settingsUsed: new Set() };
}

/**
 * A file that is no known export but a breakdown of a download (the audience by gender,
 * activity by hour): what it holds and how many rows it has, to skip it with a note.
 */
export function skippedBreakdown(
  search: HeaderSearch<NotFound>,
  fileName: string,
): { readonly note: string; readonly rows: number } | null {
  const { records, found } = search;
  if (found.kind !== 'none') return null;
  const headerIndex = found.index ?? records.findIndex((record) => record.fields.length > 1);
  const header = records[headerIndex];
  if (header === undefined) return null;
  const what = breakdownOf(header.fields, fileName);
  return what === null ? null : { note: breakdownNote(what), rows: records.length - headerIndex - 1 };
}

/** Reads the rows of a file whose header search found a known export, from the records already parsed. */
export function readFoundExport(text: string, search: HeaderSearch<FoundFormat>, context: ExportContext): ExportRead {
  const { records, found } = search;
  const table: ExportTable = {
    text,
    delimiter: search.delimiter,
    records,
    headerIndex: found.index,
    names: records[found.index]!.fields.map(normaliseName),
  };
  const reading = new Reading(table, context, found.adapter.format);
  found.adapter.read(reading);
  reading.finishDates();
  // A metric column nobody reads is a count the report would miss without a word.
  const unread = reading.unreadMetricColumns();
  if (unread.length > 0) reading.notes.push(`not read: ${unread.map(quote).join(', ')}`);
  // Rows read and no value taken, with nothing said: a file that gives nothing never passes as clean.
  if (reading.rowsRead > 0 && reading.rows.length === 0 && reading.problems.length === 0) {
    reading.problemAtLine(
      reading.header.line,
      1,
      `found a ${found.adapter.format.label} with no value Recap reads in any of its rows (${reading.rowsRead.toLocaleString('en-US')} read)${unread.length > 0 ? ` (its metric columns: ${unread.map(quote).join(', ')})` : ''}, expected at least one column of a metric Recap reads: download the metrics the report shows, or leave this file out`,
    );
  }
  // As with Recap's own files: a header alone is more likely a wrong download than news.
  if (reading.rowsRead === 0 && reading.problems.length === 0) {
    reading.problemAtLine(
      reading.header.line + 1,
      1,
      `found the header of a ${found.adapter.format.label} but no data rows, expected at least one row of values under the header: export a date range with data`,
    );
  }
  const newestRow = reading.rows.reduce<string | null>(
    (max, row) => (max === null || row.to > max ? row.to : max),
    null,
  );
  return {
    format: found.adapter.format,
    rows: reading.rows,
    // In the order a person fixing the file meets them.
    problems: [...search.problems, ...reading.problems.finish()].sort(byLocation),
    rowsRead: reading.rowsRead,
    exportedThrough: reading.exportedThrough ?? latestDateInFileName(context.fileName) ?? newestRow,
    notes: reading.notes,
    dailyBreakdown: reading.dailyBreakdown,
    settingsUsed: reading.settingsUsed,
    traffic: reading.traffic,
  };
}

/**
 * One client folder: its client.yaml, each of its CSV files read as Recap's own format
 * or as a platform export into the client's observations, and its notes. Returns the
 * client's series and a summary of every file, whatever was wrong.
 */
import { clientPeriods, PERIOD_KINDS, reportKinds } from '../model/periods.ts';
import type { Post } from '../model/post.ts';
import type { SiteVisits } from '../model/traffic.ts';
import { CrossFileRepeats } from './cross-file-repeats.ts';
import path from 'node:path';
import { GregorianCalendar, type Calendar } from '../model/calendar.ts';
import { MetricCatalogue } from '../model/metrics.ts';
import { ObservationLog } from '../model/observation-log.ts';
import { PersianCalendar } from '../model/persian-calendar.ts';
import { DEFAULT_TIME_ZONE } from '../model/time-zone.ts';
import type { Series } from '../model/series.ts';
import type { ClientConfig, ExportFileSettings } from './client-config-schema.ts';
import { readClientSettings } from './client-settings.ts';
import type { DecodeResult } from './csv.ts';
import { listFiles, MAX_TEXT_BYTES, readLimited } from './data-paths.ts';
import { dateWindow } from './date-window.ts';
import { storeExports, type ReadExportFile } from './export-files.ts';
import {
  decodeExport,
  readFoundExport,
  skippedBreakdown,
  spreadsheetRefusal,
  unrecognisedExport,
} from './exports/index.ts';
import { fileKind } from './file-kind.ts';
import { FileSettings, type FileOutcome } from './file-settings.ts';
import type { FileSystem } from './file-system.ts';
import type { FileSummary } from './file-summary.ts';
import type { LoadContext } from './load-context.ts';
import { readMetricFile } from './metric-file.ts';
import { checkNotes } from './notes.ts';
import { competitorFiles, loadCompetitors, type CompetitorData } from './load-competitors.ts';
import { sealedSeries, settleRepeats, type ClientIngest } from './observation-sink.ts';
import { RowTable } from './row-table.ts';

export interface ClientData {
  readonly slug: string;
  readonly config: ClientConfig;
  readonly calendar: Calendar;
  readonly series: Series[];
  readonly files: FileSummary[];
  /** Absolute path of the logo that client.yaml's brand.logo names, if any. */
  readonly logo: string | null;
  /** The posts of its post-level exports, each once, oldest first. */
  readonly posts: readonly Post[];
  /** What GA4 says each traffic source and campaign brought to the website. */
  readonly traffic: readonly SiteVisits[];
  /** The competitors client.yaml names, each with its own series and posts. */
  readonly competitors: readonly CompetitorData[];
}

/**
 * One folder's CSV files (the client's, or a competitor's) read into `ingest`: Recap's
 * files and exports alike, posts stored once across exports, and a day given twice
 * found. Returns each file's summary.
 */
function readAccountFiles(
  ingest: ClientIngest,
  csv: readonly string[],
  fileSettings: FileSettings,
  config: ClientConfig | null,
  context: LoadContext,
): FileSummary[] {
  const files: FileSummary[] = [];
  const exports: ReadExportFile[] = [];
  for (const file of csv) {
    const settingsOf = fileSettings.of(file);
    const read = readClientFile(
      ingest,
      file,
      {
        ...settingsOf.given,
        currency: config?.currency ?? 'USD',
        timeZone: config?.timezone ?? DEFAULT_TIME_ZONE,
      },
      context,
    );
    settingsOf.done(read.outcome);
    if (read.export) exports.push(read.export);
    files.push(read.summary);
  }
  // Exports are stored together: the same post in two of them counts once, from the newer.
  for (const summary of storeExports(ingest, exports)) {
    files[files.findIndex((f) => f.file === summary.file)] = summary;
  }
  return settleRepeats(ingest, files);
}

const SPREADSHEET = /\.(xlsx|xls|ods|numbers)$/i;

/** The client (null when its client.yaml cannot be used) and a summary of each of its CSV files. */
export function loadClient(
  slug: string,
  folder: string,
  context: LoadContext,
): { client: ClientData | null; files: FileSummary[] } {
  const present = listFiles(folder, context.bounds.data, context.shown, context.problems, context.fs);
  const settings = readClientSettings(folder, present, context);
  const config = settings?.config ?? null;
  const ingest = clientIngest(config, context);
  const fileSettings = new FileSettings(folder, config);
  const { own, byCompetitor } = competitorFiles(folder, present);
  const checked = readAccountFiles(ingest, csvFiles(folder, own, context), fileSettings, config, context);
  const competitors =
    settings === null
      ? []
      : loadCompetitors({ folder, files: byCompetitor, settings, context }, (files) => {
          const rival = clientIngest(config, context);
          const summaries = readAccountFiles(rival, files, fileSettings, config, context);
          return { series: sealedSeries(rival), posts: rival.posts, files: summaries };
        });
  if (settings !== null) context.problems.push(...fileSettings.needlesslyGiven(settings.file, settings.locate));
  checkNotes(folder, {
    periods: clientPeriods(ingest.calendar, config?.locale ?? 'en'),
    // Unread settings cannot tell which reports the client has: a note is not faulted for it.
    kinds: config ? reportKinds(config.cadence) : PERIOD_KINDS,
    window: ingest.window,
    bound: context.bounds.data,
    shown: context.shown,
    problems: context.problems,
    fs: context.fs,
  });
  const allFiles = [...checked, ...competitors.flatMap((competitor) => competitor.files)];
  if (settings === null) return { client: null, files: allFiles };
  const client: ClientData = {
    slug,
    config: settings.config,
    calendar: ingest.calendar,
    series: sealedSeries(ingest),
    files: checked,
    logo: settings.logo,
    posts: ingest.posts,
    traffic: ingest.traffic,
    competitors,
  };
  return { client, files: allFiles };
}

/** What reading the client's files starts from: its metrics, calendar and dates, and empty stores. */
function clientIngest(config: ClientConfig | null, context: LoadContext): ClientIngest {
  return {
    catalogue: new MetricCatalogue(config?.metrics ?? []),
    // Month rows (YYYY-MM) and report periods are months of the client's calendar.
    calendar: config?.calendar === 'persian' ? new PersianCalendar() : new GregorianCalendar(),
    series: new Map(),
    seriesList: [],
    log: new ObservationLog(),
    repeats: new CrossFileRepeats(),
    posts: [],
    traffic: [],
    rows: new RowTable(),
    problems: context.problems,
    warnings: context.warnings,
    window: dateWindow(context.today, config?.dates),
  };
}

/** The folder's CSV files; a spreadsheet is refused with how to save it as CSV, and a folder without CSV said so. */
function csvFiles(folder: string, present: readonly string[], context: LoadContext): string[] {
  const { problems } = context;
  const csv: string[] = [];
  for (const file of present) {
    if (file.toLowerCase().endsWith('.csv')) csv.push(file);
    else if (SPREADSHEET.test(file)) problems.push(spreadsheetRefusal(context.shown(file)));
  }
  if (csv.length === 0) {
    problems.push({
      file: context.shown(folder),
      line: 1,
      column: 1,
      message:
        'found no .csv files, expected at least one metric file (date,platform,<metric>,...) in the client folder',
    });
  }
  return csv;
}

interface FileRead {
  /** An export's summary is a placeholder until the client's exports are stored together. */
  readonly summary: FileSummary;
  readonly outcome: FileOutcome;
  readonly export?: ReadExportFile;
}

/**
 * One CSV file: Recap's own is read into the client's observations at once; an export
 * is read by its adapter and handed back, to be stored with the client's other exports.
 * `given`: the file's `files:` settings and the client's currency and time zone, for an export.
 */
function readClientFile(
  ingest: ClientIngest,
  file: string,
  given: ExportFileSettings & { readonly currency: string; readonly timeZone: string },
  context: LoadContext,
): FileRead {
  const shown = context.shown(file);
  const unread: FileRead = {
    summary: { file: shown, shape: null, rowsRead: 0, rowsAccepted: 0 },
    outcome: { kind: 'unread' },
  };
  const decoded = readCsvText(file, shown, context.fs);
  if (!decoded.ok) {
    context.problems.push(decoded.problem);
    return unread;
  }
  const { text } = decoded;
  const kind = fileKind(shown, text, ingest.catalogue);
  if (kind.kind === 'recap') {
    return { summary: readMetricFile(ingest, shown, text, kind.parsed), outcome: { kind: 'recap' } };
  }
  if (kind.kind === 'unknown') {
    const breakdown = skippedBreakdown(kind.search, path.basename(file));
    if (breakdown !== null && kind.search.problems.length === 0) {
      return {
        summary: { ...unread.summary, rowsRead: breakdown.rows, format: 'skipped', notes: [breakdown.note] },
        outcome: { kind: 'unread' },
      };
    }
    context.problems.push(...unrecognisedExport(shown, kind.search).problems);
    return unread;
  }
  const read = readFoundExport(text, kind.search, {
    file: shown,
    fileName: path.basename(file),
    currency: given.currency,
    ...(given.platform !== undefined ? { platform: given.platform } : {}),
    ...(given.year !== undefined ? { year: given.year } : {}),
    ...(given.date_format !== undefined ? { dateFormat: given.date_format } : {}),
    timeZone: given.timeZone,
    ...(given.timezone !== undefined ? { fileTimeZone: given.timezone } : {}),
  });
  // An adapter that stopped early (a missing title, no dates it could read) may not
  // have got as far as asking for a setting it would need.
  const clean = read.problems.length === 0 && read.rows.length > 0;
  return {
    summary: unread.summary,
    outcome: clean ? { kind: 'export', needed: read.settingsUsed } : { kind: 'unread' },
    export: { file: shown, text, read },
  };
}

/**
 * A CSV file's text, or why it has none. The bytes stay local to this function, so
 * they can be collected once decoded: a 350 MB file is not held twice while it is read.
 */
function readCsvText(file: string, shown: string, fs: FileSystem): DecodeResult {
  const loaded = readLimited(
    file,
    shown,
    MAX_TEXT_BYTES,
    'the longest text JavaScript can hold; split the file into smaller ones (by year or by platform), which are all read for the client',
    fs,
  );
  return 'problem' in loaded ? { ok: false, problem: loaded.problem } : decodeExport(shown, loaded.bytes);
}

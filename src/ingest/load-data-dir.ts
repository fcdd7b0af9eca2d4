/**
 * The whole of data/: one folder per client, each with client.yaml and any number
 * of metric CSV files. Returns every client's series, ready for aggregation, and
 * every problem found in any file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { GregorianCalendar, type Calendar } from '../model/calendar.ts';
import { MetricCatalogue } from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import type { ClientConfig, ExportFileSettings } from './client-config.ts';
import {
  inFolder,
  readClientSettings,
  settingsApply,
  settingsNeedlesslyGiven,
  type FileSetting,
  type LoadContext,
  type SettingUse,
} from './client-settings.ts';
import { boundary, listFiles, MAX_TEXT_BYTES, readLimited, resolveEntry } from './data-paths.ts';
import { checkNotes } from './notes.ts';
import { storeExports, type ReadExportFile } from './export-files.ts';
import { decodeExport, readFoundExport, spreadsheetRefusal, unrecognisedExport } from './exports/index.ts';
import { fileKind } from './file-kind.ts';
import type { DecodeResult } from './csv.ts';
import type { FileSummary } from './file-summary.ts';
import { readMetricFile } from './metric-file.ts';
import { sealedSeries, settleRepeats, type ClientIngest } from './observation-sink.ts';
import { RowTable } from './row-table.ts';
import { ObservationLog } from '../model/observation-log.ts';
import { PersianCalendar } from '../model/persian-calendar.ts';
import { byLocation, ProblemList, quote, type Problem } from './problems.ts';
import { dateWindow, resolveToday } from './date-window.ts';
import { templateNames } from './templates.ts';

export interface ClientData {
  readonly slug: string;
  readonly config: ClientConfig;
  readonly calendar: Calendar;
  readonly series: Series[];
  readonly files: FileSummary[];
  /** Absolute path of the logo that client.yaml's brand.logo names, if any. */
  readonly logo: string | null;
}

export interface DataLoad {
  readonly dataDir: string;
  /** The clients whose settings and files are all readable. */
  readonly clients: ClientData[];
  /** How many client folders were checked, readable or not. */
  readonly clientFolders: number;
  /** Every metric file checked, in every client folder. */
  readonly files: FileSummary[];
  /** Errors: any one of them stops a build. */
  readonly problems: Problem[];
  /** Worth a look, never stopping anything (data dated after today). */
  readonly warnings: Problem[];
}

const CLIENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SPREADSHEET = /\.(xlsx|xls|ods|numbers)$/i;

/** Paths in messages are relative to where the command runs: the project root. */
export function displayPath(absolute: string, root = process.cwd()): string {
  return path.relative(root, absolute).split(path.sep).join('/') || '.';
}

export interface LoadOptions {
  /** Only these client folders. */
  readonly clients?: readonly string[];
  /** Where the shared report templates are (default: templates). */
  readonly templatesDir?: string;
  /** Where shared static files such as logos are (default: public). */
  readonly publicDir?: string;
  /** Today as YYYY-MM-DD, for the span of dates data may carry; default RECAP_TODAY, else the clock. */
  readonly today?: string;
}

export function loadDataDir(dataDir: string, options: LoadOptions = {}): DataLoad {
  const absolute = path.resolve(dataDir);
  const shown = displayPath(absolute);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
    return {
      dataDir: shown,
      clients: [],
      clientFolders: 0,
      files: [],
      problems: [
        {
          file: shown,
          line: 1,
          column: 1,
          message: 'found no such folder, expected a data folder with one subfolder per client',
        },
      ],
      warnings: [],
    };
  }

  const problems = new ProblemList();
  const warnings = new ProblemList();
  const today = resolveToday(options.today);
  if (today.problem) problems.push(today.problem);
  const publicDir = options.publicDir ?? 'public';
  const templatesDir = options.templatesDir ?? 'templates';
  const context: LoadContext = {
    problems,
    warnings,
    today: today.today,
    templates: { dir: templatesDir, names: templateNames(templatesDir) },
    publicDir,
    bounds: { data: boundary(absolute, displayPath), public: boundary(publicDir, displayPath) },
    shown: (file) => displayPath(file),
  };
  const clients: ClientData[] = [];
  const files: FileSummary[] = [];
  const folders = clientFolders(absolute, context).filter((name) => !options.clients || options.clients.includes(name));

  for (const slug of folders) {
    const folder = path.join(absolute, slug);
    if (!CLIENT_SLUG.test(slug)) {
      problems.push({
        file: displayPath(folder),
        line: 1,
        column: 1,
        message: `found client folder ${quote(slug)}, expected a name of lower-case letters, digits and dashes (acme-coffee); it becomes the client's address in the site`,
      });
      continue;
    }
    const client = loadClient(slug, folder, files, context);
    if (client) clients.push(client);
  }
  if (folders.length === 0) {
    problems.push({
      file: shown,
      line: 1,
      column: 1,
      message: 'found no client folders, expected one folder per client, each with a client.yaml',
    });
  }
  problems.finish().sort(byLocation);
  warnings.finish().sort(byLocation);
  return { dataDir: shown, clients, clientFolders: folders.length, files, problems, warnings };
}

/** The client folders, by name: folders, and links to folders inside the data folder. */
function clientFolders(dataDir: string, context: LoadContext): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      names.push(entry.name);
    } else if (entry.isSymbolicLink()) {
      const resolved = resolveEntry(path.join(dataDir, entry.name), [context.bounds.data], context.shown);
      if ('problem' in resolved) context.problems.push(resolved.problem);
      else if (resolved.kind === 'folder') names.push(entry.name);
    }
  }
  return names.sort();
}

function loadClient(slug: string, folder: string, allFiles: FileSummary[], context: LoadContext): ClientData | null {
  const { problems } = context;
  const present = listFiles(folder, context.bounds.data, displayPath, problems);
  const settings = readClientSettings(folder, present, context);
  const config = settings?.config ?? null;

  const ingest: ClientIngest = {
    catalogue: new MetricCatalogue(config?.metrics ?? []),
    // Month rows (YYYY-MM) and report periods are months of the client's calendar.
    calendar: config?.calendar === 'persian' ? new PersianCalendar() : new GregorianCalendar(),
    series: new Map(),
    seriesList: [],
    log: new ObservationLog(),
    rows: new RowTable(),
    problems,
    warnings: context.warnings,
    window: dateWindow(context.today, config?.dates),
  };
  const files: FileSummary[] = [];
  const csvFiles: string[] = [];
  for (const file of present) {
    if (file.toLowerCase().endsWith('.csv')) csvFiles.push(file);
    else if (SPREADSHEET.test(file)) problems.push(spreadsheetRefusal(displayPath(file)));
  }
  if (csvFiles.length === 0) {
    problems.push({
      file: displayPath(folder),
      line: 1,
      column: 1,
      message:
        'found no .csv files, expected at least one metric file (date,platform,<metric>,...) in the client folder',
    });
  }
  const exports: ReadExportFile[] = [];
  const settingUses = new Map<string, SettingUse>();
  for (const file of csvFiles) {
    const shown = displayPath(file);
    const unread: FileSummary = { file: shown, shape: null, rowsRead: 0, rowsAccepted: 0 };
    // A path in the client folder says more than a bare name, so its settings come last and win.
    const settingsKeys = Object.keys(config?.files ?? {})
      .filter((key) => settingsApply(key, inFolder(folder, file)))
      .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')));
    const uses = settingsKeys.map((key) => {
      const use = settingUses.get(key) ?? { recapFiles: 0, exports: 0, unread: 0, needed: new Set<FileSetting>() };
      settingUses.set(key, use);
      return use;
    });
    const fileSettings: ExportFileSettings = Object.assign({}, ...settingsKeys.map((key) => config!.files[key]));
    const decoded = readCsvText(file, shown);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      files.push(unread);
      for (const use of uses) use.unread++;
      continue;
    }
    const { text } = decoded;
    const kind = fileKind(shown, text, ingest.catalogue);
    if (kind.kind === 'recap') {
      files.push(readMetricFile(ingest, shown, text, kind.parsed));
      for (const use of uses) use.recapFiles++;
      continue;
    }
    if (kind.kind === 'unknown') {
      problems.push(...unrecognisedExport(shown, kind.search).problems);
      files.push(unread);
      for (const use of uses) use.unread++;
      continue;
    }
    const read = readFoundExport(text, kind.search, {
      file: shown,
      fileName: path.basename(file),
      currency: config?.currency ?? 'USD',
      ...(fileSettings.platform !== undefined ? { platform: fileSettings.platform } : {}),
      ...(fileSettings.year !== undefined ? { year: fileSettings.year } : {}),
    });
    for (const use of uses) {
      // An adapter that stopped early (a missing title, no dates it could read) may not
      // have got as far as asking for a setting it would need.
      if (read.problems.length > 0 || read.rows.length === 0) use.unread++;
      else use.exports++;
      for (const setting of read.settingsUsed) use.needed.add(setting);
    }
    exports.push({ file: shown, text, read });
    files.push(unread); // replaced below, once every export of the client is read
  }
  if (settings !== null) {
    problems.push(...settingsNeedlesslyGiven(settings.config, settingUses, settings.file, settings.locate));
  }
  for (const summary of storeExports(ingest, exports)) {
    files[files.findIndex((f) => f.file === summary.file)] = summary;
  }
  const checked = settleRepeats(ingest, files);
  checkNotes(folder, {
    calendar: ingest.calendar,
    window: ingest.window,
    bound: context.bounds.data,
    shown: context.shown,
    problems,
  });
  allFiles.push(...checked);
  if (settings === null) return null;

  const series = sealedSeries(ingest);
  return { slug, config: settings.config, calendar: ingest.calendar, series, files: checked, logo: settings.logo };
}

/**
 * A CSV file's text, or why it has none. The bytes stay local to this function, so
 * they can be collected once decoded: a 350 MB file is not held twice while it is read.
 */
function readCsvText(file: string, shown: string): DecodeResult {
  const loaded = readLimited(
    file,
    shown,
    MAX_TEXT_BYTES,
    'the longest text JavaScript can hold; split the file into smaller ones (by year or by platform), which are all read for the client',
  );
  return 'problem' in loaded ? { ok: false, problem: loaded.problem } : decodeExport(shown, loaded.bytes);
}

/**
 * The whole of data/: one folder per client, each with client.yaml and any number
 * of metric CSV files. Returns every client's series, ready for aggregation, and
 * every problem found in any file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { GregorianCalendar, isoDate, type Calendar, type Day } from '../model/calendar.ts';
import { DIMENSION_COLUMNS, isDerivedMetric, LONG_FORMAT_COLUMNS, MetricCatalogue } from '../model/metrics.ts';
import type { RowRef, Series } from '../model/series.ts';
import { parseClientConfig, type ClientConfig, type ExportFileSettings, type LocateSetting } from './client-config.ts';
import { storeExports, type ReadExportFile } from './export-files.ts';
import { decodeExport, detectExport, readExport, spreadsheetRefusal } from './exports/index.ts';
import { duplicateMessage, readMetricFile, RowTable, type ClientIngest, type FileSummary } from './metric-file.ts';
import { ObservationLog } from '../model/observation-log.ts';
import { PersianCalendar } from '../model/persian-calendar.ts';
import { byLocation, quote, type Problem } from './problems.ts';
import { dateWindow, resolveToday } from './date-window.ts';
import { didYouMean } from './suggest.ts';
import { CLIENT_TEMPLATE_FILE, templateNames } from '../site/templates-plugin.ts';

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
const CONFIG_FILE = 'client.yaml';
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

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const today = resolveToday(options.today);
  if (today.problem) problems.push(today.problem);
  const context: LoadContext = { problems, warnings, today: today.today, options };
  const clients: ClientData[] = [];
  const files: FileSummary[] = [];
  const folders = readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .filter((name) => !options.clients || options.clients.includes(name))
    .sort();

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
  problems.sort(byLocation);
  warnings.sort(byLocation);
  return { dataDir: shown, clients, clientFolders: folders.length, files, problems, warnings };
}

/** What every client's loading shares. */
interface LoadContext {
  readonly problems: Problem[];
  readonly warnings: Problem[];
  readonly today: Day;
  readonly options: LoadOptions;
}

function loadClient(slug: string, folder: string, allFiles: FileSummary[], context: LoadContext): ClientData | null {
  const { problems, options } = context;
  const configPath = path.join(folder, CONFIG_FILE);
  let config: ClientConfig | null = null;
  let logo: string | null = null;
  let locateSetting: LocateSetting | null = null;
  let configFile = '';
  if (!existsSync(configPath)) {
    problems.push({
      file: displayPath(configPath),
      line: 1,
      column: 1,
      message: 'found no client.yaml, expected one in every client folder with at least "name: <client name>"',
    });
  } else {
    const shown = displayPath(configPath);
    const result = parseClientConfig(shown, readFileSync(configPath, 'utf8'), { today: context.today });
    problems.push(...result.problems);
    if (result.config) {
      const templatesDir = options.templatesDir ?? 'templates';
      const ownTemplate = existsSync(path.join(folder, CLIENT_TEMPLATE_FILE));
      const known = templateNames(templatesDir);
      if (!ownTemplate && !known.includes(result.config.template)) {
        problems.push({
          file: shown,
          ...result.locate(['template']),
          message: `template: found ${quote(result.config.template)}, expected a template in ${templatesDir}/ (${known.join(', ') || 'none there'}) or a ${CLIENT_TEMPLATE_FILE} in the client folder${didYouMean(result.config.template, known)}`,
        });
      }
      const logoSetting = result.config.brand.logo;
      if (logoSetting !== undefined) {
        logo = findLogo(logoSetting, folder, options.publicDir ?? 'public');
        if (!logo) {
          problems.push({
            file: shown,
            ...result.locate(['brand', 'logo']),
            message: `brand.logo: found ${quote(logoSetting)}, expected an image file (.svg, .png, .jpg, .webp) in the client folder or in ${options.publicDir ?? 'public'}/`,
          });
        }
      }
      const present = listFiles(folder).map((file) => inFolder(folder, file));
      const candidates = [...new Set([...present, ...present.map((file) => path.posix.basename(file))])];
      for (const name of Object.keys(result.config.files)) {
        if (!present.some((file) => settingsApply(name, file))) {
          problems.push({
            file: shown,
            ...result.locate(['files', name], 'key'),
            message: `files: found ${quote(name)}, expected the name of a file in this client's folder, or its path there${didYouMean(name, candidates)}`,
          });
        }
      }
      locateSetting = result.locate;
      configFile = shown;
      config = result.config;
    }
  }

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
  for (const file of listFiles(folder)) {
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
    const settings: ExportFileSettings = Object.assign({}, ...settingsKeys.map((key) => config!.files[key]));
    const decoded = decodeExport(shown, readFileSync(file));
    if (!decoded.ok) {
      problems.push(decoded.problem);
      files.push(unread);
      for (const use of uses) use.unread++;
      continue;
    }
    const { text } = decoded;
    const recap = recapHeader(text, ingest.catalogue);
    // A date and a platform column make Recap's own layout; only other files are compared
    // with the exports, which reads them whole.
    if (recap === 'certain' || (recap === 'likely' && detectExport(text).format === null)) {
      files.push(readMetricFile(ingest, shown, text));
      for (const use of uses) use.recapFiles++;
      continue;
    }
    const fileName = path.basename(file);
    const read = readExport(text, {
      file: shown,
      fileName,
      currency: config?.currency ?? 'USD',
      ...(settings.platform !== undefined ? { platform: settings.platform } : {}),
      ...(settings.year !== undefined ? { year: settings.year } : {}),
    });
    if (read.format === null) {
      problems.push(...read.problems);
      files.push(unread);
      for (const use of uses) use.unread++;
      continue;
    }
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
  if (config !== null && locateSetting !== null) {
    problems.push(...settingsNeedlesslyGiven(config, settingUses, configFile, locateSetting));
  }
  for (const summary of storeExports(ingest, exports)) {
    files[files.findIndex((f) => f.file === summary.file)] = summary;
  }
  const rejectedRows = placeDays(ingest);
  reportMonthsGivenTwice(ingest);
  const checked = files.map((summary) => {
    const index = ingest.rows.files.indexOf(summary.file);
    const rejected = rejectedRows.get(index) ?? 0;
    return rejected === 0 ? summary : { ...summary, rowsAccepted: summary.rowsAccepted - rejected };
  });
  allFiles.push(...checked);
  if (!config) return null;

  const series = ingest.seriesList;
  for (const s of series) s.seal(ingest.calendar);
  return { slug, config, calendar: ingest.calendar, series, files: checked, logo };
}

/**
 * Whether the file's first non-blank line is Recap's own header: 'certain' with a date
 * and a platform column; 'likely' with a platform column alone, or a date column beside
 * nothing but metric ids (a platform column forgotten), where Recap's reader says best
 * what is wrong unless the file is a known export after all; otherwise 'no'.
 */
function recapHeader(text: string, catalogue: MetricCatalogue): 'certain' | 'likely' | 'no' {
  const names = firstNonBlankLine(text)
    .split(/[,;\t|]/)
    .map((name) =>
      name
        .replace(/^\ufeff/, '')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase(),
    );
  if (names.includes('date') && names.includes('platform')) return 'certain';
  if (names.length <= 1 || names.includes('platform')) return 'likely';
  const recapColumns = new Set<string>([...DIMENSION_COLUMNS, ...LONG_FORMAT_COLUMNS, ...catalogue.ids]);
  return names.includes('date') && names.every((name) => recapColumns.has(name) || isDerivedMetric(name))
    ? 'likely'
    : 'no';
}

/** Without splitting the whole text: a file can hold hundreds of thousands of lines. */
function firstNonBlankLine(text: string): string {
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return '';
}

const LOGO_FILE = /\.(svg|png|jpe?g|webp|gif)$/i;

/** The logo's absolute path: in the client folder first, then in the shared public folder. */
function findLogo(setting: string, folder: string, publicDir: string): string | null {
  if (!LOGO_FILE.test(setting)) return null;
  for (const base of [folder, path.resolve(publicDir)]) {
    const file = path.resolve(base, setting.replace(/^\/+/, ''));
    if (file.startsWith(base + path.sep) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * Splits the observation log into the series and reports every day given twice.
 * Returns, per file index, how many of its records held a repeat and so were not accepted.
 */
function placeDays(ingest: ClientIngest): Map<number, number> {
  const rejectedRows = new Set<RowRef>();
  const perSeries = ingest.log.bySeries(ingest.seriesList.length);
  for (const series of ingest.seriesList) {
    for (const repeat of series.setDays(perSeries[series.id]!)) {
      rejectedRows.add(repeat.row);
      ingest.problems.push({
        ...ingest.rows.locateCell(repeat.row, series.metric),
        message: duplicateMessage(series, repeat.value, isoDate(repeat.day), ingest.rows.describe(repeat.firstRow)),
      });
    }
  }
  const perFile = new Map<number, number>();
  for (const row of rejectedRows) {
    for (const [file, records] of ingest.rows.recordsOf(row)) perFile.set(file, (perFile.get(file) ?? 0) + records);
  }
  return perFile;
}

/** A month given both as day rows and as a month total would be counted twice. */
function reportMonthsGivenTwice(ingest: ClientIngest): void {
  for (const series of ingest.series.values()) {
    if (series.monthTotals.size === 0 || series.dayCount === 0) continue;
    const firstDayRow = new Map<string, { day: Day; row: RowRef }>();
    for (const [day, row] of series.dayRows) {
      const month = ingest.calendar.monthOf(day).id;
      const seen = firstDayRow.get(month);
      if (seen === undefined || day < seen.day) firstDayRow.set(month, { day, row });
    }
    for (const total of series.monthTotals.values()) {
      const first = firstDayRow.get(total.month.id);
      if (first === undefined) continue;
      ingest.problems.push({
        ...ingest.rows.where(total.row),
        ...(total.line !== undefined ? { line: total.line } : {}),
        column: total.column,
        message: `${series.metric}: found a month total for ${total.month.id} (${series.platform}${series.campaign ? `, campaign ${quote(series.campaign)}` : ''}) and also day rows for that month, the first at ${ingest.rows.describe(first.row)} (${isoDate(first.day)}), expected one or the other: both would count the month twice`,
      });
    }
  }
}

type FileSetting = keyof ExportFileSettings;

/** What became of the files a `files:` entry applies to. */
interface SettingUse {
  recapFiles: number;
  /** Exports read without a problem. */
  exports: number;
  /** Files not read, or read with problems: whether they needed a setting is not known. */
  unread: number;
  /** The settings some export asked for. */
  readonly needed: Set<FileSetting>;
}

/**
 * A `files:` setting no file asked for would change nothing, yet its writer believes
 * it did something (relabelled an X export as Instagram, say): each is a problem at
 * its line. Entries whose files were not all read cleanly are left alone.
 */
function settingsNeedlesslyGiven(
  config: ClientConfig,
  uses: ReadonlyMap<string, SettingUse>,
  configFile: string,
  locateSetting: LocateSetting,
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, use] of uses) {
    if (use.unread > 0) continue;
    const given = config.files[key]!;
    for (const setting of Object.keys(given) as FileSetting[]) {
      if (given[setting] === undefined || use.needed.has(setting)) continue;
      const why =
        use.recapFiles > 0 && use.exports === 0
          ? "it is Recap's own file, whose rows name their platform and whose dates carry their year"
          : whyNotNeeded(setting);
      problems.push({
        file: configFile,
        ...locateSetting(['files', key, setting]),
        message: `files: ${quote(key)}: found ${setting} ${quote(String(given[setting]))}, expected no ${setting} for this file: ${why}, so the setting would change nothing`,
      });
    }
  }
  return problems;
}

function whyNotNeeded(setting: FileSetting): string {
  switch (setting) {
    case 'platform':
      return 'it names its platform itself';
    case 'year':
      return 'its dates carry their year';
  }
}

/** A file's path in its client folder, with / on every system: how `files:` in client.yaml names it. */
function inFolder(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** A `files:` key names a file by its path in the client folder, or by its bare name wherever it is. */
function settingsApply(key: string, file: string): boolean {
  return key === file || (!key.includes('/') && path.posix.basename(file) === key);
}

function listFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

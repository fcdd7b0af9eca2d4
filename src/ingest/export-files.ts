/**
 * Platform exports, once read by their adapters (exports/), become observations like
 * any row of Recap's own files, stored through the same sink (observation-sink.ts):
 * day values, month totals, where each came from, and the repeats among them.
 *
 * Post-level exports need care: each row is one post's lifetime totals, counted on
 * its publish day. The same post in two exports must count once, from the newer
 * export; two posts published the same day add up.
 *
 * Campaign-level exports (Ads Manager) give each campaign's totals over the days it
 * ran. Campaigns of the same name add up; a campaign that ran across the end of a
 * month counts in the month that had most of its days, and the file's notes say how
 * many did (a daily breakdown avoids it).
 */
import { isoDate, parseIsoDate, type Day, type Month } from '../model/calendar.ts';
import { quote } from './problems.ts';
import { FutureDates, inWindow, windowExpectation } from './date-window.ts';
import { roundSum } from './exports/sums.ts';
import type { FileSummary } from './file-summary.ts';
import { seriesOf, storeDay, storeMonthTotal, type ClientIngest } from './observation-sink.ts';
import { accountKey, addAccountTotals, withoutAccountDays } from './export-overlap.ts';
import { newestPosts, onePerPost, postsOf } from './export-posts.ts';
import type { ExportCell, ExportRead, ExportRow } from './exports/types.ts';
import type { SiteVisits } from '../model/traffic.ts';

export interface ReadExportFile {
  /** As shown in problems. */
  readonly file: string;
  readonly text: string;
  readonly read: ExportRead;
}

/** Adds every export's rows to the client's series; one summary per file, in the order given. */
export function storeExports(ingest: ClientIngest, exports: readonly ReadExportFile[]): FileSummary[] {
  const used = new Map<ReadExportFile, number>();
  const notes = new Map<ReadExportFile, string[]>(exports.map((e) => [e, [...e.read.notes]]));
  const fileIndex = new Map(exports.map((e) => [e, ingest.rows.addFile(e.file, e.text)]));
  const posts: SourcedRow[] = [];
  const partDays: SourcedRow[] = [];
  // What the account's daily files gave, by platform, day and metric: they are the account's totals.
  const accountDays = new Map<string, { readonly file: string }>();

  const store = (groups: readonly RowGroup[], counted = true) => {
    for (const group of groups) {
      if (!storeRow(ingest, fileIndex, group) || !counted) continue;
      for (const [entry, records] of group.contributors) used.set(entry, (used.get(entry) ?? 0) + records);
    }
  };
  for (const entry of exports) {
    ingest.problems.push(...entry.read.problems);
    storeVisits(ingest, entry, notes.get(entry)!);
    const level = entry.read.format.level;
    const rows = datedInWindow(ingest, entry).map((row) => ({ from: entry, row }));
    if (level === 'post') {
      posts.push(...onePerPost(ingest.problems, rows));
    } else if (entry.read.format.partsOfAccount) {
      partDays.push(...rows);
    } else if (level === 'campaign') {
      const { groups, acrossMonths } = combined(ingest, entry.read.dailyBreakdown ? rows : asTotals(rows));
      if (acrossMonths > 0) {
        notes
          .get(entry)!
          .push(
            `${acrossMonths} campaign row${acrossMonths === 1 ? '' : 's'} ran across the end of a month and count in the month with most of their days; a daily breakdown (Breakdown > By time > Day) splits them exactly`,
          );
      }
      store(groups);
    } else {
      if (level === 'daily') {
        for (const { row } of rows) {
          if (row.from !== row.to || row.campaign !== '') continue;
          for (const cell of row.cells) accountDays.set(accountKey(row.platform, row.from, cell.metric), entry);
        }
      }
      store(rows.map(alone));
    }
  }
  // Days the account's own daily file gives are its totals; the parts' sums fill the others,
  // and then stand for the account's day against its posts.
  const partsKept = withoutAccountDays(partDays, accountDays, notes, ['day', 'days']);
  for (const { from, row } of partsKept) {
    for (const cell of row.cells) accountDays.set(accountKey(row.platform, row.from, cell.metric), from);
  }
  store(partsKept.map(alone));
  const newest = newestPosts(posts, notes);
  if (newest.length > 0) addAccountTotals(ingest, accountDays);
  ingest.posts.push(...postsOf(newest));
  // A post is used once it is one of the client's posts, whether or not a daily file gives its day's totals.
  for (const { from } of newest) used.set(from, (used.get(from) ?? 0) + 1);
  // Posts published the same day on the same platform add up to one day value, whichever
  // exports they were kept from.
  store(combined(ingest, withoutAccountDays(newest, accountDays, notes)).groups, false);

  return exports.map((entry) => ({
    file: entry.file,
    shape: null,
    rowsRead: entry.read.rowsRead,
    rowsAccepted: used.get(entry) ?? 0,
    format: entry.read.format.label,
    formatId: entry.read.format.id,
    level: entry.read.format.level,
    notes: notes.get(entry) ?? [],
  }));
}

/**
 * The export's rows whose dates lie in the client's window: each other row is a
 * problem at its date cell. Rows dated after today are kept, with one warning a file.
 */
function datedInWindow(ingest: ClientIngest, entry: ReadExportFile): ExportRow[] {
  const { window } = ingest;
  const future = new FutureDates();
  const kept: ExportRow[] = [];
  for (const row of entry.read.rows) {
    const from = parseIsoDate(row.from);
    const to = parseIsoDate(row.to);
    const where = row.dateAt ?? { line: row.line, column: 1 };
    if (from !== null && to !== null && !inWindow(window, from, to)) {
      const found = row.from === row.to ? quote(row.from) : `${quote(row.from)} to ${quote(row.to)}`;
      ingest.problems.push({
        file: entry.file,
        ...where,
        message: `date: found ${found}, expected ${windowExpectation(window)}`,
      });
      continue;
    }
    if (to !== null && to > window.today) future.note(row.to, () => where);
    kept.push(row);
  }
  const warning = future.warning(entry.file, window.today);
  if (warning) ingest.warnings.push(warning);
  return kept;
}

interface SourcedRow {
  readonly from: ReadExportFile;
  readonly row: ExportRow;
  /** A total over the days it covers, even a single day: it counts as its month's total. */
  readonly total?: boolean;
}

/**
 * One row to store, maybe several rows added up: placed in its first row's file, each
 * cell located in the file it came from, its records counted for every file that gave
 * to it (and taken off each of them should it be rejected later).
 */
interface RowGroup {
  readonly from: ReadExportFile;
  readonly row: ExportRow;
  /** How many records of each file it holds. */
  readonly contributors: ReadonlyMap<ReadExportFile, number>;
  /** By metric, the file of the cell a problem should point at, where it is not `from`. */
  readonly cellFiles: ReadonlyMap<string, ReadExportFile>;
}

/** How many of its file's records a row stands for: adapters add up some (GA4's channels). */
function records(row: ExportRow): number {
  return row.records ?? 1;
}

/**
 * A campaign-level file without a day breakdown gives each campaign's totals over the
 * days it ran, so a campaign that ran one day is a total like any other: it counts in
 * its month, or a one-day run and a longer one of the same name would clash as a day
 * value beside a month total.
 */
function asTotals(rows: readonly SourcedRow[]): SourcedRow[] {
  return rows.map((row) => ({ ...row, total: true }));
}

/**
 * Rows that add up: posts of the same day, campaigns of the same name and period (a
 * day, or the month a span is counted in). Each group keeps its first row's place.
 * `acrossMonths`: how many spans ran into another month than the one they count in.
 */
function combined(ingest: ClientIngest, rows: readonly SourcedRow[]): { groups: RowGroup[]; acrossMonths: number } {
  const groups = new Map<
    string,
    {
      from: ReadExportFile;
      row: ExportRow;
      contributors: Map<ReadExportFile, number>;
      sums: Map<string, { cell: ExportCell; file: ReadExportFile }>;
    }
  >();
  let acrossMonths = 0;
  for (const { from: source, row, total } of rows) {
    let { from, to } = row;
    const month = from === to && !total ? null : monthWithMostDays(ingest, from, to);
    if (month !== null) {
      if (month.crossed) acrossMonths++;
      // Spans inside the same month add up to that month's total, whatever their days.
      ({ from, to } = month);
    }
    const key = `${row.platform}\u0000${row.campaign}\u0000${from}\u0000${to}`;
    let group = groups.get(key);
    if (!group) {
      group = { from: source, row: { ...row, from, to }, contributors: new Map(), sums: new Map() };
      groups.set(key, group);
    }
    group.contributors.set(source, (group.contributors.get(source) ?? 0) + records(row));
    for (const cell of row.cells) {
      const sum = group.sums.get(cell.metric);
      if (sum) sum.cell = { ...sum.cell, value: roundSum(sum.cell.value + cell.value) };
      else group.sums.set(cell.metric, { cell, file: source });
    }
  }
  return {
    groups: [...groups.values()].map(({ from, row, contributors, sums }) => ({
      from,
      row: { ...row, cells: [...sums.values()].map(({ cell }) => cell) },
      contributors,
      cellFiles: new Map(
        [...sums].filter(([, { file }]) => file !== from).map(([metric, { file }]) => [metric, file] as const),
      ),
    })),
    acrossMonths,
  };
}

/**
 * The whole month of the client's calendar a span of days counts in: the month with
 * most of its days, the later on a tie. `crossed` when the span ran into another
 * month. Null for a span that is not in order (storeRow reports it).
 */
function monthWithMostDays(
  ingest: ClientIngest,
  from: string,
  to: string,
): { from: string; to: string; crossed: boolean } | null {
  const first = parseIsoDate(from);
  const last = parseIsoDate(to);
  if (first === null || last === null || last < first) return null;
  const { calendar } = ingest;
  let best: { month: Month; days: number } | null = null;
  let months = 0;
  for (let month = calendar.monthOf(first); ; month = calendar.addMonths(month, 1)) {
    months++;
    const days = Math.min(last, calendar.lastDay(month)) - Math.max(first, calendar.firstDay(month));
    if (best === null || days >= best.days) best = { month, days };
    if (calendar.lastDay(month) >= last) break;
  }
  const month = best!.month;
  return { from: isoDate(calendar.firstDay(month)), to: isoDate(calendar.lastDay(month)), crossed: months > 1 };
}

/** A row stored as it is, the one file it came from its only contributor. */
function alone({ from, row }: SourcedRow): RowGroup {
  return { from, row, contributors: new Map([[from, records(row)]]), cellFiles: new Map() };
}

/**
 * One row's cells into their series: a day row into the log, a span into a month
 * total. False when the row could not be used (a span across months).
 */
function storeRow(ingest: ClientIngest, fileIndex: ReadonlyMap<ReadExportFile, number>, group: RowGroup): boolean {
  const { from: entry, row } = group;
  const from = parseIsoDate(row.from);
  const to = parseIsoDate(row.to);
  if (from === null || to === null || to < from) {
    ingest.problems.push({
      file: entry.file,
      line: row.line,
      column: 1,
      message: `found the dates ${quote(row.from)} to ${quote(row.to)}, expected a day or a span of days in order`,
    });
    return false;
  }
  const ref = ingest.rows.addRow(fileIndex.get(entry)!, row.line, 0);
  const records = new Map([...group.contributors].map(([file, count]) => [fileIndex.get(file)!, count]));
  if (records.size !== 1 || records.get(fileIndex.get(entry)!) !== 1) ingest.rows.setRecords(ref, records);
  for (const cell of row.cells) {
    const cellFile = group.cellFiles.get(cell.metric);
    ingest.rows.placeCell(ref, cell.metric, cell.line, cell.column, cellFile && fileIndex.get(cellFile));
  }
  if (from === to) {
    for (const cell of row.cells) {
      storeDay(ingest, seriesOf(ingest, row.platform, row.campaign, '', cell.metric), from, cell.value, ref);
    }
    return true;
  }
  return storeSpan(ingest, entry, row, from, to, ref);
}

/**
 * A row that covers several days: a whole month of the client's calendar becomes that
 * month's total. So does a campaign's span inside one month (Ads Manager reports a
 * campaign's whole run), since a report never splits a month. Anything across months
 * cannot be split without guessing.
 */
function storeSpan(
  ingest: ClientIngest,
  entry: ReadExportFile,
  row: ExportRow,
  from: Day,
  to: Day,
  ref: number,
): boolean {
  const { calendar } = ingest;
  const month = calendar.monthOf(from);
  const wholeMonth = calendar.firstDay(month) === from && calendar.lastDay(month) === to;
  const inOneMonth = calendar.monthOf(to).id === month.id;
  const fail = (expected: string): false => {
    ingest.problems.push({
      file: entry.file,
      line: row.cells[0]?.line ?? row.line,
      column: row.cells[0]?.column ?? 1,
      message: `found numbers for ${row.from} to ${row.to} in one row, expected ${expected}`,
    });
    return false;
  };
  // The client's months, in the Gregorian dates platforms export: a Solar Hijri month
  // runs from the 20th or so of one Gregorian month to the 20th or so of the next.
  const runs = (m: Month) => `${m.id} runs ${isoDate(calendar.firstDay(m))} to ${isoDate(calendar.lastDay(m))}`;
  const calendarMonths =
    calendar.id === 'gregorian' ? 'whole months' : `whole months of the client's ${calendar.id} calendar`;
  if (!inOneMonth) {
    return fail(
      `a row per day or per month: a total across months cannot be split between them (${runs(month)}); export the report with a row per day (a date breakdown) or for ${calendarMonths}`,
    );
  }
  if (!wholeMonth && entry.read.format.level !== 'campaign') {
    return fail(
      `a row per day or a whole month (${runs(month)}): export the report with a row per day (a date breakdown) or for ${calendarMonths}`,
    );
  }
  let ok = true;
  for (const cell of row.cells) {
    const series = seriesOf(ingest, row.platform, row.campaign, '', cell.metric);
    const total = { month, value: cell.value, row: ref, line: cell.line, column: cell.column };
    if (!storeMonthTotal(ingest, series, total, { file: entry.file, line: cell.line })) ok = false;
  }
  return ok;
}

/** A client's stored GA4 rows by their days and breakdown, for storeVisits. */
const visitsByKey = new WeakMap<readonly SiteVisits[], Map<string, SiteVisits>>();

/**
 * GA4's sessions by source, medium or campaign, each once: the same breakdown of the
 * same days in two downloads counts once when they agree, and is a problem when not.
 */
function storeVisits(ingest: ClientIngest, entry: ReadExportFile, notes: string[]): void {
  let repeated = 0;
  // A year of daily rows by source is tens of thousands: each is looked up by its key, not searched for.
  let stored = visitsByKey.get(ingest.traffic);
  if (stored === undefined) visitsByKey.set(ingest.traffic, (stored = new Map()));
  for (const row of entry.read.traffic ?? []) {
    const key = `${row.from}\u0000${row.to}\u0000${row.source}\u0000${row.medium}\u0000${row.campaign}\u0000${row.byCampaign}`;
    const earlier = stored.get(key);
    if (earlier === undefined) {
      const visits = { ...row, from: parseIsoDate(row.from)!, to: parseIsoDate(row.to)!, file: entry.file };
      ingest.traffic.push(visits);
      stored.set(key, visits);
      continue;
    }
    const same = (['sessions', 'engagedSessions', 'conversions', 'revenue'] as const).every(
      (m) => earlier[m] === row[m],
    );
    if (same) {
      repeated++;
      continue;
    }
    ingest.problems.push({
      file: entry.file,
      line: row.line,
      column: 1,
      message: `found sessions of ${[row.source, row.medium, row.campaign].filter((part) => part !== null).join(' / ')} from ${row.from} to ${row.to} (${row.sessions ?? 'none'}) that ${earlier.file} line ${earlier.line} gives otherwise (${earlier.sessions ?? 'none'}), expected each source's sessions once: keep one of the two downloads`,
    });
  }
  if (repeated > 0) notes.push(`traffic rows another GA4 download gives alike, counted once: ${repeated}`);
}

/**
 * Platform exports, once read by their adapters (exports/), become observations like
 * any row of Recap's own files: day values go into the observation log (where a day
 * given twice is caught), month totals into their series.
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
import { duplicateMessage, seriesOf, type ClientIngest, type FileSummary } from './metric-file.ts';
import type { ExportCell, ExportRead, ExportRow } from './exports/types.ts';

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
  const posts: Array<{ from: ReadExportFile; row: ExportRow }> = [];

  const store = (entry: ReadExportFile, rows: readonly ExportRow[]) => {
    for (const group of combined(rows, ingest, notes.get(entry)!)) {
      if (storeRow(ingest, fileIndex.get(entry)!, entry, group.row)) {
        used.set(entry, (used.get(entry) ?? 0) + group.count);
      }
    }
  };
  for (const entry of exports) {
    ingest.problems.push(...entry.read.problems);
    const level = entry.read.format.level;
    if (level === 'post') {
      for (const row of entry.read.rows) posts.push({ from: entry, row });
    } else if (level === 'campaign') {
      store(entry, entry.read.rows);
    } else {
      for (const row of entry.read.rows) {
        if (storeRow(ingest, fileIndex.get(entry)!, entry, row)) used.set(entry, (used.get(entry) ?? 0) + 1);
      }
    }
  }
  // Posts published the same day on the same platform add up to one day value.
  for (const { from, rows } of newestPosts(ingest, posts, notes)) store(from, rows);

  return exports.map((entry) => ({
    file: entry.file,
    shape: null,
    rowsRead: entry.read.rowsRead,
    rowsAccepted: used.get(entry) ?? 0,
    format: entry.read.format.label,
    level: entry.read.format.level,
    notes: notes.get(entry) ?? [],
  }));
}

/**
 * Rows that add up: posts of the same day, campaigns of the same name and period
 * (a day, or the month a span is counted in). Each group keeps its first row's place.
 */
function combined(
  rows: readonly ExportRow[],
  ingest: ClientIngest,
  notes: string[],
): Array<{ row: ExportRow; count: number }> {
  const groups = new Map<string, { row: ExportRow; count: number; sums: Map<string, ExportCell> }>();
  let moved = 0;
  for (const row of rows) {
    let { from, to } = row;
    const month = from === to ? null : monthWithMostDays(ingest, from, to);
    if (month !== null) {
      if (month.crossed) moved++;
      // Spans inside the same month add up to that month's total, whatever their days.
      ({ from, to } = month);
    }
    const key = `${row.platform}\u0000${row.campaign}\u0000${from}\u0000${to}`;
    let group = groups.get(key);
    if (!group) {
      group = { row: { ...row, from, to }, count: 0, sums: new Map() };
      groups.set(key, group);
    }
    group.count++;
    for (const cell of row.cells) {
      const sum = group.sums.get(cell.metric);
      group.sums.set(cell.metric, sum ? { ...sum, value: sum.value + cell.value } : cell);
    }
  }
  if (moved > 0) {
    notes.push(
      `${moved} campaign row${moved === 1 ? '' : 's'} ran across the end of a month and count in the month with most of their days; a daily breakdown (Breakdown > By time > Day) splits them exactly`,
    );
  }
  return [...groups.values()].map(({ row, count, sums }) => ({ row: { ...row, cells: [...sums.values()] }, count }));
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

/**
 * Each post once, from the export that covers the latest day (the later file when
 * two cover the same); the posts each export kept, by export. The same post twice in
 * one export is a problem: one of the two would be counted for nothing.
 */
function newestPosts(
  ingest: ClientIngest,
  posts: ReadonlyArray<{ from: ReadExportFile; row: ExportRow }>,
  notes: Map<ReadExportFile, string[]>,
): Array<{ from: ReadExportFile; rows: ExportRow[] }> {
  const kept = new Map<string, { from: ReadExportFile; row: ExportRow }>();
  const replaced = new Map<ReadExportFile, { count: number; by: Set<string> }>();
  const newer = (a: ReadExportFile, b: ReadExportFile) =>
    (a.read.exportedThrough ?? '') > (b.read.exportedThrough ?? '') ||
    ((a.read.exportedThrough ?? '') === (b.read.exportedThrough ?? '') && a.file > b.file);
  for (const post of posts) {
    const key = `${post.row.platform}\u0000${post.row.postId}`;
    const earlier = kept.get(key);
    if (!earlier) {
      kept.set(key, post);
      continue;
    }
    if (earlier.from === post.from) {
      ingest.problems.push({
        file: post.from.file,
        line: post.row.line,
        column: 1,
        message: `found post ${quote(post.row.postId!)} a second time (first at line ${earlier.row.line}), expected each post once in an export: its numbers would count twice`,
      });
      continue;
    }
    const [keep, drop] = newer(post.from, earlier.from) ? [post, earlier] : [earlier, post];
    kept.set(key, keep);
    const tally = replaced.get(drop.from) ?? { count: 0, by: new Set<string>() };
    tally.count++;
    tally.by.add(keep.from.file);
    replaced.set(drop.from, tally);
  }
  for (const [file, { count, by }] of replaced) {
    notes.get(file)!.push(`${count} post${count === 1 ? '' : 's'} replaced by the newer export ${[...by].join(', ')}`);
  }
  const byFile = new Map<ReadExportFile, ExportRow[]>();
  for (const { from, row } of kept.values()) byFile.set(from, [...(byFile.get(from) ?? []), row]);
  return [...byFile].map(([from, rows]) => ({ from, rows }));
}

/**
 * One row's cells into their series: a day row into the log, a span into a month
 * total. False when the row could not be used (a span across months).
 */
function storeRow(ingest: ClientIngest, fileIndex: number, entry: ReadExportFile, row: ExportRow): boolean {
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
  const ref = ingest.rows.addRow(fileIndex, row.line, 0);
  for (const cell of row.cells) ingest.rows.placeCell(ref, cell.metric, cell.line, cell.column);
  if (from === to) {
    for (const cell of row.cells) {
      const series = seriesOf(ingest, row.platform, row.campaign, '', cell.metric);
      ingest.log.append(series.id, from as Day, cell.value, ref);
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
      line: row.line,
      column: row.cells[0]?.column ?? 1,
      message: `found numbers for ${row.from} to ${row.to} in one row, expected ${expected}`,
    });
    return false;
  };
  if (!inOneMonth) {
    return fail(
      `a row per day or per month: a total across months cannot be split between them; export the report with a daily breakdown (Ads Manager: Breakdown > By time > Day) or one month at a time`,
    );
  }
  if (!wholeMonth && entry.read.format.level !== 'campaign') {
    return fail(
      `a row per day or a whole month (${calendar.firstDay(month) === from ? '' : 'from its first day '}to its last day): export the report with a date breakdown or for whole months`,
    );
  }
  let ok = true;
  for (const cell of row.cells) {
    const series = seriesOf(ingest, row.platform, row.campaign, '', cell.metric);
    const earlier = series.monthTotals.get(month.id);
    if (earlier !== undefined) {
      ingest.problems.push({
        file: entry.file,
        line: cell.line,
        column: cell.column,
        message: duplicateMessage(series, cell.value, month.id, ingest.rows.describe(earlier.row)),
      });
      ok = false;
      continue;
    }
    series.monthTotals.set(month.id, { month, value: cell.value, row: ref, column: cell.column });
  }
  return ok;
}

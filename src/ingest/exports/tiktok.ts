/**
 * TikTok Studio's overview and follower history. Their dates carry no year ("August
 * 31"), so the year comes from the client's settings or the file name and is taken as
 * the year of the file's newest day; a step from December to January rolls the year.
 * Content.csv lists videos with their lifetime totals, read as posts.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import type { ExportAdapter } from './adapter.ts';
import { isoOf, parseAnyFullDate, parseMonthNameDate, yearInFileName, type MonthDay } from './dates.ts';
import { MONTH_NAME_LANGUAGES, parseLocalMonthDate } from './month-names.ts';
import { POST_LEVEL_NOTE, readPosts } from './posts.ts';
import type { MetricSpec, Reading } from './reading.ts';
import type { ExportCell } from './types.ts';

interface DatedRecord {
  readonly record: CsvRecord;
  readonly date: MonthDay;
  readonly cells: ExportCell[];
}

const HALF_YEAR = 6 * 32;

/** Month and day as one comparable number within a year. */
function ordinal(date: MonthDay): number {
  return date.month * 32 + date.day;
}

/**
 * True when the rows run newest first. Each step between neighbours votes: a small step
 * back (or a jump forward of more than half a year, January back to December) says
 * newest first.
 */
function newestFirst(dates: readonly MonthDay[]): boolean {
  let forward = 0;
  let backward = 0;
  for (let i = 1; i < dates.length; i++) {
    const step = ordinal(dates[i]!) - ordinal(dates[i - 1]!);
    if (step === 0) continue;
    if ((step > 0 && step <= HALF_YEAR) || step < -HALF_YEAR) forward++;
    else backward++;
  }
  return backward > forward;
}

function readTikTok(reading: Reading, specs: readonly MetricSpec[]): void {
  const dateColumn = reading.column('date');
  const resolved = reading.resolve(specs);
  const dated: DatedRecord[] = [];
  let localNoted = false;
  for (const record of reading.dataRecords) {
    reading.rowsRead++;
    if (reading.isTotalRow(record, dateColumn)) continue;
    const cells = reading.cells(record, resolved);
    const raw = reading.raw(record, dateColumn);
    const english = parseMonthNameDate(raw);
    // TikTok Studio writes dates in the account's language: "8 de marzo", "8. März", "۸ مارس".
    const date = english ?? parseLocalMonthDate(raw);
    if (date === null) {
      reading.problem(
        record,
        dateColumn,
        `${reading.found(record, dateColumn)}, expected a date such as "August 31" with a month name (English, or ${MONTH_NAME_LANGUAGES.join(', ')}): download the file from TikTok Studio again, or switch it to English`,
      );
      continue;
    }
    if (english === null && !localNoted) {
      localNoted = true;
      reading.notes.push(`dates such as ${quote(raw.trim())} are read by their month name`);
    }
    dated.push({ record, date, cells });
  }
  if (dated.length === 0) return;
  const year = reading.yearSetting() ?? yearInFileName(reading.context.fileName);
  const undated = dated.find((entry) => entry.date.year === null);
  if (year === null && undated !== undefined) {
    reading.problem(
      undated.record,
      dateColumn,
      `found ${quote(reading.raw(undated.record, dateColumn).trim())} with no year, expected a year for this file: TikTok leaves it out, so set the year in the client's settings or put it in the file name (for example tiktok-overview-2025.csv); the year is taken as that of the newest day in the file`,
    );
    return;
  }
  const chronological = newestFirst(dated.map((entry) => entry.date)) ? [...dated].reverse() : dated;
  const days = new Map<DatedRecord, string>();
  let current = year ?? 0;
  for (let i = chronological.length - 1; i >= 0; i--) {
    const entry = chronological[i]!;
    const newer = chronological[i + 1];
    // Walking back in time, a later month-day than the newer row's means the previous year.
    if (newer !== undefined && ordinal(entry.date) > ordinal(newer.date)) current--;
    const entryYear = entry.date.year ?? current;
    const iso = isoOf(entryYear, entry.date.month, entry.date.day);
    if (iso === null) {
      reading.problem(
        entry.record,
        dateColumn,
        `${reading.found(entry.record, dateColumn)}, expected a date that exists in ${entryYear}`,
      );
    } else days.set(entry, iso);
  }
  // A fall in followers is news, not a correction: only undone likes, comments and shares are.
  const corrections = dated.filter(
    (entry) => days.has(entry) && entry.cells.some((cell) => cell.value < 0 && cell.metric !== 'net_follows'),
  ).length;
  if (corrections > 0) {
    reading.notes.push(
      `${corrections} ${corrections === 1 ? 'day has' : 'days have'} a negative count, TikTok's correction when comments, likes or shares were undone: summed as given, so the month total is TikTok's`,
    );
  }
  for (const entry of dated) {
    const day = days.get(entry);
    if (day === undefined) continue;
    reading.addRow(
      { from: day, to: day, platform: 'tiktok', campaign: '', postId: null, cells: entry.cells },
      entry.record,
    );
  }
}

export const tiktokOverview: ExportAdapter = {
  format: {
    id: 'tiktok-overview',
    label: 'TikTok Studio overview (daily)',
    platform: 'tiktok',
    level: 'daily',
    required: ['date', 'video views', 'profile views'],
    excluded: [],
    notes: [],
  },
  read(reading: Reading) {
    // TikTok Studio reports undone actions as negative days (-1 comments when one was
    // deleted): net corrections, not errors. Views cannot be undone, so they stay 0 or more.
    readTikTok(reading, [
      { metric: 'video_views', terms: [{ names: ['video views'] }] },
      { metric: 'profile_visits', terms: [{ names: ['profile views'] }] },
      { metric: 'likes', terms: [{ names: ['likes'], signed: true }] },
      { metric: 'comments', terms: [{ names: ['comments'], signed: true }] },
      { metric: 'shares', terms: [{ names: ['shares'], signed: true }] },
    ]);
  },
};

export const tiktokFollowers: ExportAdapter = {
  format: {
    id: 'tiktok-followers',
    label: 'TikTok Studio follower history (daily)',
    platform: 'tiktok',
    level: 'daily',
    required: ['date', 'difference in followers from previous day'],
    excluded: [],
    notes: [],
  },
  read(reading: Reading) {
    readTikTok(reading, [
      { metric: 'followers', terms: [{ names: ['followers'] }] },
      { metric: 'net_follows', terms: [{ names: ['difference in followers from previous day'], signed: true }] },
    ]);
  },
};

/** A TikTok Studio date: "August 31", or in the account's language ("8 de marzo"). */
function monthDay(raw: string): MonthDay | null {
  return parseMonthNameDate(raw) ?? parseLocalMonthDate(raw);
}

/**
 * The newest of dates that carry no year, within less than a year: the one just before
 * the longest gap between them, where the year turns.
 */
function newestOf(dates: readonly MonthDay[]): MonthDay | null {
  const sorted = [...dates].sort((a, b) => ordinal(a) - ordinal(b));
  if (sorted.length === 0) return null;
  let newest = sorted.length - 1;
  // From the last date round to the first across the turn of the year: twelve months on.
  let widest = ordinal(sorted[0]!) + 12 * 32 - ordinal(sorted[newest]!);
  for (let i = 1; i < sorted.length; i++) {
    const gap = ordinal(sorted[i]!) - ordinal(sorted[i - 1]!);
    if (gap > widest) {
      widest = gap;
      newest = i - 1;
    }
  }
  return sorted[newest]!;
}

/** The video's id from its link (`https://www.tiktok.com/@account/video/7593820674163100946`). */
const VIDEO_ID = /\/video\/(\d+)/;

export const tiktokContent: ExportAdapter = {
  format: {
    id: 'tiktok-content',
    label: 'TikTok Studio "Content.csv" (per video)',
    platform: 'tiktok',
    level: 'post',
    required: ['video link', 'post time'],
    excluded: [],
    notes: [POST_LEVEL_NOTE],
  },
  read(reading: Reading) {
    const postColumn = reading.column('post time');
    // "Time" is the day TikTok took the numbers: the newest day the file can hold.
    const asOfColumn = reading.column('time');
    const records = reading.dataRecords;
    const posted = records.map((record) => monthDay(reading.raw(record, postColumn)));
    const first = records[0];
    const asOf = asOfColumn === -1 || first === undefined ? null : monthDay(reading.raw(first, asOfColumn));
    const newest = asOf ?? newestOf(posted.filter((date): date is MonthDay => date !== null));
    const year = reading.yearSetting() ?? yearInFileName(reading.context.fileName);
    const undated = records.find((_, i) => posted[i]?.year === null);
    if (year === null && undated !== undefined) {
      reading.rowsRead = records.length;
      reading.problem(
        undated,
        postColumn,
        `found ${quote(reading.raw(undated, postColumn).trim())} with no year, expected a year for this file: TikTok leaves it out, so set the year in the client's settings or put it in the file name (for example tiktok-content-2025.csv); the year is taken as that of the newest day in the file`,
      );
      return;
    }
    const dayOf = (raw: string): string | null => {
      const full = parseAnyFullDate(raw);
      if (full !== null) return full;
      const date = monthDay(raw);
      if (date === null) return null;
      if (date.year !== null || newest === null) return isoOf(date.year ?? year!, date.month, date.day);
      // A month-day after the newest one is from the year before.
      return isoOf(ordinal(date) > ordinal(newest) ? year! - 1 : year!, date.month, date.day);
    };
    readPosts(reading, {
      platform: 'tiktok',
      id: ['video link'],
      idOf: (link) => VIDEO_ID.exec(link)?.[1] ?? link,
      published: ['post time'],
      identity: { link: ['video link'], caption: ['video title'], allOfType: 'video' },
      parseDate: dayOf,
      dateExample: `"August 31" with a month name (English, or ${MONTH_NAME_LANGUAGES.join(', ')})`,
      specs: [
        { metric: 'video_views', terms: [{ names: ['total views'] }] },
        { metric: 'likes', terms: [{ names: ['total likes'] }] },
        { metric: 'comments', terms: [{ names: ['total comments'] }] },
        { metric: 'shares', terms: [{ names: ['total shares'] }] },
        { metric: 'saves', terms: [{ names: ['total saves', 'total favorites'] }] },
      ],
    });
  },
};

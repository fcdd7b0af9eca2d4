/**
 * TikTok Studio's overview and follower history. Their dates carry no year ("August
 * 31"), so the year comes from the client's settings or the file name and is taken as
 * the year of the file's newest day; a step from December to January rolls the year.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import type { ExportAdapter } from './adapter.ts';
import { isoOf, parseMonthNameDate, yearInFileName, type MonthDay } from './dates.ts';
import { MONTH_NAME_LANGUAGES, parseLocalMonthDate } from './month-names.ts';
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
  const corrections = dated.filter((entry) => days.has(entry) && entry.cells.some((cell) => cell.value < 0)).length;
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

/**
 * The date shapes platforms write, each read strictly: a date that does not exist
 * (Feb 30) or a shape the format does not use is refused rather than guessed.
 */
import { gregorianDay, isoDate } from '../../model/calendar.ts';

export interface MonthDay {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-12 for an English month name or its abbreviation ("Sep", "Sept", "September"), else null. */
export function monthNumber(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
  return index === -1 ? null : index + 1;
}

/** `YYYY-MM-DD` for a date that exists, else null. */
export function isoOf(year: number, month: number, day: number): string | null {
  const found = gregorianDay(year, month, day);
  return found === null ? null : isoDate(found);
}

const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const MONTH_NAME_DATE = new RegExp(`^${WEEKDAY}([a-z]+\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, 'i');

/** "Sat, Sep 6, 2025", "Sep 6, 2025", "September 6" (year null). */
export function parseMonthNameDate(text: string): MonthDay | null {
  const match = MONTH_NAME_DATE.exec(text.trim());
  if (!match) return null;
  const month = monthNumber(match[1]!);
  if (month === null) return null;
  return { year: match[3] === undefined ? null : Number(match[3]), month, day: Number(match[2]) };
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;

/** "01/19/2017", "01/19/2017 09:03:47 AM", "11/10/2025 21:00": month first, as US exports write it. */
export function parseUsDate(text: string): string | null {
  const match = US_DATE.exec(text.trim());
  return match ? isoOf(Number(match[3]), Number(match[1]), Number(match[2])) : null;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:z|[+-]\d{2}:?\d{2}))?)?$/i;

/**
 * "2025-08-01", "2025-08-01T00:00:00", "2017-04-04 00:00 +0000": the calendar date as
 * written. X's legacy times are UTC, so a post is placed on its UTC day.
 */
export function parseIsoDateTime(text: string): string | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A time of day as an export writes it after a date, and the offset from UTC if it states one. */
export interface TimeOfDay {
  /** Minutes after midnight, 0-1439. */
  readonly minute: number;
  /** Minutes ahead of UTC the text states ("+0000", "Z", "+03:30"); null when it states none. */
  readonly offset: number | null;
}

const TIME_AFTER_DATE = /[ T](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?(?:\s*(z|[+-]\d{2}:?\d{2}))?$/i;

/** "… 09:03:47 AM" -> 543 minutes, "… 00:00 +0000" -> 0 at offset 0; null for a date alone or a time that cannot be. */
export function timeAfterDate(text: string): TimeOfDay | null {
  const match = TIME_AFTER_DATE.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return { minute: hour * 60 + minute, offset: offsetOf(match[4]) };
}

function offsetOf(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (zone.toLowerCase() === 'z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

/** "20260501", as Google Analytics writes dates. */
export function parseCompactDate(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  return match ? isoOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** A date written in any of the full shapes above (a year included). */
export function parseAnyFullDate(text: string): string | null {
  const named = parseMonthNameDate(text);
  if (named !== null) return named.year === null ? null : isoOf(named.year, named.month, named.day);
  return parseIsoDateTime(text) ?? parseUsDate(text) ?? parseCompactDate(text);
}

const FILE_NAME_DATES = [
  // 2025-09-30 or 2025_09_30
  /(?<!\d)(20\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/g,
  // 20170408
  /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/g,
];
const FILE_NAME_NAMED_DATE = /(?<![a-z])([a-z]{3,9})-(\d{1,2})-(20\d{2})(?!\d)/gi;

/** The latest date written in a file name ("Aug-01-2025_Aug-31-2025_123.csv" gives 2025-08-31), or null. */
export function latestDateInFileName(fileName: string): string | null {
  const found: string[] = [];
  for (const pattern of FILE_NAME_DATES) {
    for (const match of fileName.matchAll(pattern)) {
      const iso = isoOf(Number(match[1]), Number(match[2]), Number(match[3]));
      if (iso !== null) found.push(iso);
    }
  }
  for (const match of fileName.matchAll(FILE_NAME_NAMED_DATE)) {
    const month = monthNumber(match[1]!);
    const iso = month === null ? null : isoOf(Number(match[3]), month, Number(match[2]));
    if (iso !== null) found.push(iso);
  }
  return found.length === 0 ? null : found.sort().at(-1)!;
}

/** The latest year 2000-2099 in a file name, standing alone or starting a compact date (20250901), or null. */
export function yearInFileName(fileName: string): number | null {
  const years = [...fileName.matchAll(/(?<!\d)(20\d{2})(?:\d{4})?(?!\d)/g)].map((match) => Number(match[1]));
  return years.length === 0 ? null : Math.max(...years);
}

/** "13-06-2025", "06/13/2025", "13.06.2025 21:00": a date of numbers whose order the file must settle. */
const NUMERIC_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i;

export type NumericDateOrder = 'day-first' | 'month-first';

export function numericDateParts(text: string): readonly [number, number, number] | null {
  const match = NUMERIC_DATE.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * Whether a file's numeric dates put the day or the month first, when its dates settle
 * it: a first number over 12 is a day, a second number over 12 is a day; otherwise rows
 * one day apart, read one way and not the other (1, 2, 3 June read as 1 February, 1 March).
 * Null when nothing settles it, or the dates disagree.
 */
export function numericDateOrder(texts: readonly string[]): NumericDateOrder | null {
  const parts = texts.map(numericDateParts).filter((p): p is readonly [number, number, number] => p !== null);
  const dayFirst = parts.some(([a]) => a > 12);
  const monthFirst = parts.some(([, b]) => b > 12);
  if (dayFirst !== monthFirst) return dayFirst ? 'day-first' : 'month-first';
  if (dayFirst && monthFirst) return null;
  const steps = (order: NumericDateOrder): number => {
    const days = parts.map(([a, b, y]) => (order === 'day-first' ? isoOf(y, b, a) : isoOf(y, a, b)));
    let consecutive = 0;
    for (let i = 1; i < days.length; i++) {
      if (days[i] === null || days[i - 1] === null) continue;
      const gap = Math.abs(Date.parse(days[i]!) - Date.parse(days[i - 1]!)) / 86_400_000;
      if (gap === 1) consecutive++;
    }
    return consecutive;
  };
  const dayRun = steps('day-first');
  const monthRun = steps('month-first');
  return dayRun === monthRun ? null : dayRun > monthRun ? 'day-first' : 'month-first';
}

export function numericDate(text: string, order: NumericDateOrder): string | null {
  const parts = numericDateParts(text);
  if (parts === null) return null;
  const [a, b, year] = parts;
  return order === 'day-first' ? isoOf(year, b, a) : isoOf(year, a, b);
}

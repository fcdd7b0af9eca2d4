/**
 * Days and reporting periods.
 *
 * A `Day` is a whole number of days since 1970-01-01, so that spans, offsets and
 * sorting are plain arithmetic whatever calendar the report uses. Data files always
 * carry Gregorian ISO dates (that is what platforms export); a `Calendar` decides
 * which month a day belongs to. The Gregorian calendar is the first implementation;
 * the Solar Hijri calendar is another implementation of the same interface.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

/** A calendar month, identified as `YYYY-MM` in its own calendar. */
export interface Month {
  readonly year: number;
  readonly month: number; // 1-12
  readonly id: string;
}

/** An inclusive range of days. */
export interface DaySpan {
  readonly from: Day;
  readonly to: Day;
}

export interface Calendar {
  readonly id: string;
  month(year: number, month: number): Month;
  /** Parses a `YYYY-MM` month id, or returns null when it is not a month of this calendar. */
  parseMonth(text: string): Month | null;
  monthOf(day: Day): Month;
  firstDay(month: Month): Day;
  lastDay(month: Month): Day;
  /** The month `count` months after `month` (negative counts go back). */
  addMonths(month: Month, count: number): Month;
  /** The first month of the quarter and of the year that `month` is in. */
  quarterStart(month: Month): Month;
  yearStart(month: Month): Month;
}

export function daysInSpan(span: DaySpan): number {
  return span.to - span.from + 1;
}

export function monthSpan(calendar: Calendar, month: Month): DaySpan {
  return { from: calendar.firstDay(month), to: calendar.lastDay(month) };
}

export function compareMonths(a: Month, b: Month): number {
  return a.year - b.year || a.month - b.month;
}

export function monthsBetween(calendar: Calendar, first: Month, last: Month): Month[] {
  const months: Month[] = [];
  for (let m = first; compareMonths(m, last) <= 0; m = calendar.addMonths(m, 1)) months.push(m);
  return months;
}

export function isLeapGregorianYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInGregorianMonth(year: number, month: number): number {
  if (month === 2) return isLeapGregorianYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day for a Gregorian date, or null when the date does not exist (2025-02-29). */
export function gregorianDay(year: number, month: number, dayOfMonth: number): Day | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInGregorianMonth(year, month)) return null;
  return daysFromCivil(year, month, dayOfMonth);
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's
 * days_from_civil). Not Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
 */
function daysFromCivil(year: number, month: number, dayOfMonth: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; null when malformed or not a real date. */
export function parseIsoDate(text: string): Day | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  return gregorianDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoDate(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  // toISOString writes years before 0 and after 9999 with six digits and a sign.
  const year = date.getUTCFullYear();
  if (year >= 0 && year <= 9999) return date.toISOString().slice(0, 10);
  return `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function monthId(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

const MONTH_ID = /^(\d{4})-(\d{2})$/;

/**
 * What every calendar of twelve months a year shares: month objects made once each,
 * `YYYY-MM` ids, month arithmetic, quarters of three months, and the month of each
 * observed day remembered (bucketing asks for it once per cell, and days repeat).
 * A calendar says only which month a day is in and where its months start and end.
 */
export abstract class TwelveMonthCalendar implements Calendar {
  abstract readonly id: string;
  readonly #monthOfDay = new Map<Day, Month>();
  readonly #months = new Map<number, Month>();

  /** The month `day` falls in, worked out (monthOf remembers it). */
  protected abstract locate(day: Day): Month;
  abstract firstDay(month: Month): Day;
  abstract lastDay(month: Month): Day;

  month(year: number, month: number): Month {
    const key = year * 12 + (month - 1);
    let found = this.#months.get(key);
    if (!found) {
      found = Object.freeze({ year, month, id: monthId(year, month) });
      this.#months.set(key, found);
    }
    return found;
  }

  parseMonth(text: string): Month | null {
    const match = MONTH_ID.exec(text);
    if (!match) return null;
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? this.month(Number(match[1]), month) : null;
  }

  monthOf(day: Day): Month {
    let found = this.#monthOfDay.get(day);
    if (!found) {
      found = this.locate(day);
      this.#monthOfDay.set(day, found);
    }
    return found;
  }

  addMonths(month: Month, count: number): Month {
    const index = month.year * 12 + (month.month - 1) + count;
    return this.month(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1);
  }

  quarterStart(month: Month): Month {
    return this.month(month.year, month.month - ((month.month - 1) % 3));
  }

  yearStart(month: Month): Month {
    return this.month(month.year, 1);
  }
}

export class GregorianCalendar extends TwelveMonthCalendar {
  readonly id = 'gregorian';

  protected locate(day: Day): Month {
    const date = new Date(day * MS_PER_DAY);
    return this.month(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }

  firstDay(month: Month): Day {
    return daysFromCivil(month.year, month.month, 1);
  }

  lastDay(month: Month): Day {
    return this.firstDay(month) + daysInGregorianMonth(month.year, month.month) - 1;
  }
}

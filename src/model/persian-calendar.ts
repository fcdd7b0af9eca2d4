/**
 * The Solar Hijri (Jalali) calendar used in Iran, as a `Calendar`.
 *
 * Months 1-6 have 31 days, 7-11 have 30, and month 12 (Esfand) has 29 days, or 30 in a
 * leap year. The year starts at Nowruz. Month ids are Jalali `YYYY-MM` ('1404-01' is
 * Farvardin 1404); quarters are months 1-3, 4-6, 7-9 and 10-12 of the Jalali year.
 *
 * Conversion from a Gregorian day uses ICU's `persian` calendar through `Intl`, so leap
 * years are whatever ICU says (Node ships full ICU). The first day of a Jalali month is
 * found by converting an approximate Gregorian day and walking to the month's first day,
 * so no leap rule is hard-coded here. Both directions are cached.
 */
import { TwelveMonthCalendar, type Day, type Month } from './calendar.ts';

const MS_PER_DAY = 86_400_000;

/** A date in the Jalali calendar. */
export interface JalaliDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

let formatter: Intl.DateTimeFormat | undefined;

function persianFormatter(): Intl.DateTimeFormat {
  if (!formatter) {
    const created = new Intl.DateTimeFormat('en-US-u-ca-persian', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    // Without full ICU the locale falls back to the Gregorian calendar: fail loudly.
    if (created.resolvedOptions().calendar !== 'persian') {
      throw new Error('The Persian calendar needs Intl with full ICU data (ca-persian is not available)');
    }
    formatter = created;
  }
  return formatter;
}

function digits(value: string | undefined, part: string, day: Day): number {
  // ICU may append an era ("1403 AP"); keep the digits only.
  const match = value === undefined ? null : /\d+/.exec(value);
  if (!match) throw new Error(`Cannot read the Jalali ${part} of day ${day} from "${value ?? ''}"`);
  return Number(match[0]);
}

/** The Jalali year, month and day of a day. */
export function jalaliDate(day: Day): JalaliDate {
  const parts = persianFormatter().formatToParts(new Date(day * MS_PER_DAY));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return {
    year: digits(part('year'), 'year', day),
    month: digits(part('month'), 'month', day),
    day: digits(part('day'), 'day', day),
  };
}

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** Days from 1 Farvardin to the first of `month`, with the fixed lengths of months 1-11. */
function offsetInYear(month: number): number {
  return month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
}

export class PersianCalendar extends TwelveMonthCalendar {
  readonly id = 'persian';
  readonly #firstDays = new Map<number, Day>();

  protected locate(day: Day): Month {
    const date = jalaliDate(day);
    // The first day of the month comes for free.
    this.#firstDays.set(monthIndex(date.year, date.month), day - date.day + 1);
    return this.month(date.year, date.month);
  }

  firstDay(month: Month): Day {
    const target = monthIndex(month.year, month.month);
    const cached = this.#firstDays.get(target);
    if (cached !== undefined) return cached;
    // Nowruz falls on 20 or 21 March (Gregorian year = Jalali year + 621); start there and walk.
    let day = Date.UTC(month.year + 621, 2, 21) / MS_PER_DAY + offsetInYear(month.month);
    for (let step = 0; step < 1000; step++) {
      const date = jalaliDate(day);
      const first = day - date.day + 1; // first day of the month that `day` is in
      const delta = target - monthIndex(date.year, date.month);
      if (delta === 0) {
        this.#firstDays.set(target, first);
        return first;
      }
      // Forwards: 31 days per month from a month's first day lands in or after the target
      // month (months have 29-31 days). Backwards: the last day of the previous month.
      day = delta > 0 ? first + 31 * delta : first - 1;
    }
    throw new Error(`Cannot find the first day of Jalali month ${month.id}`);
  }

  lastDay(month: Month): Day {
    return this.firstDay(this.addMonths(month, 1)) - 1;
  }
}

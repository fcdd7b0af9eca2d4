/**
 * A period's name as the report shows it, in the client's language and calendar:
 * "Week 48, 2026 (23 Nov 2026 – 29 Nov 2026)", "November 2026", "Nov – Dec 2026",
 * "Q4 2026", "2026"; in Persian with Persian digits and Solar Hijri months.
 */
import type { Calendar } from '../model/calendar.ts';
import { monthsOf, type Period } from '../model/periods.ts';
import { formatDay, formatMonth } from './format.ts';
import type { Messages } from './messages/index.ts';

const wholeNumbers = new Map<string, Intl.NumberFormat>();

/** A year or a week's number in the locale's digits, without grouping (2026, not 2,026). */
function plain(value: number, locale: string): string {
  let format = wholeNumbers.get(locale);
  if (!format) wholeNumbers.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false })));
  return format.format(value);
}

export function formatPeriod(
  calendar: Calendar,
  period: Period,
  locale: string,
  t: Messages,
  length: 'long' | 'short' = 'long',
): string {
  const words = t.periods;
  const year = plain(period.year, locale);
  switch (period.kind) {
    case 'month':
      return formatMonth(calendar, calendar.monthOf(period.span.from), locale, length);
    case 'week':
      return length === 'short'
        ? words.weekShort(plain(period.number, locale), year)
        : words.week(
            plain(period.number, locale),
            year,
            t.report.daySpan(formatDay(period.span.from, locale), formatDay(period.span.to, locale)),
          );
    case 'bimonth': {
      const [first, last] = monthsOf(calendar, period);
      return words.bimonth(
        formatMonth(calendar, first!, locale, 'short'),
        formatMonth(calendar, last!, locale, 'short'),
      );
    }
    case 'quarter':
      return words.quarter(plain(period.number, locale), year);
    case 'year':
      return words.year(year);
  }
}

/** A period as a link names it: a week by its number alone (its days make a long link), others in full. */
export function periodLinkLabel(calendar: Calendar, period: Period, locale: string, t: Messages): string {
  return formatPeriod(calendar, period, locale, t, period.kind === 'week' ? 'short' : 'long');
}

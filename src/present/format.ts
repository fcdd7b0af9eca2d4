/**
 * Numbers as a reader sees them, through Intl in the client's locale and currency.
 * A missing value is "n/a" in the reader's language, never 0, NaN or Infinity.
 */
import type { Calendar, Month } from '../model/calendar.ts';
import { unitOf } from './metric-presentation.ts';
import { messagesFor, type Messages } from './messages/index.ts';

export interface NumberStyle {
  readonly locale: string;
  readonly currency: string;
  /** Show Iranian rials as tomans (1 toman = 10 rials), as Iranians usually count. */
  readonly tomans?: boolean;
  /** The words numbers come with ("n/a", "pts", "toman"); by default the locale's catalogue. */
  readonly words?: Pick<Messages, 'notAvailable' | 'points' | 'toman'>;
}

/** How a client's numbers are shown, from its client.yaml. */
export function numberStyle(config: {
  locale: string;
  currency: string;
  money_unit?: string | undefined;
}): NumberStyle {
  return {
    locale: config.locale,
    currency: config.currency,
    tomans: config.money_unit === 'toman',
    words: messagesFor(config.locale),
  };
}

function wordsOf(style: NumberStyle): NonNullable<NumberStyle['words']> {
  return style.words ?? messagesFor(style.locale);
}

/** "n/a" in the style's language. */
export function notAvailable(style: NumberStyle): string {
  return wordsOf(style).notAvailable;
}

/**
 * An amount of money: whole units from 100 up, cents below. `exact` keeps two
 * decimals always ("each $1.00 spent returned $1.66").
 */
export function formatMoney(value: number, style: NumberStyle, exact = false, fractionDigits?: number): string {
  const digits = fractionDigits ?? (exact ? 2 : Math.abs(value) < 100 ? 2 : 0);
  if (style.tomans) {
    const tomans = value / 10;
    const number = formatter(style.locale, { maximumFractionDigits: Math.abs(tomans) < 100 || exact ? 2 : 0 });
    // Intl knows rials but not tomans, so the unit's name comes from the catalogue.
    return `${number.format(tomans)} ${wordsOf(style).toman}`;
  }
  return formatter(style.locale, {
    style: 'currency',
    currency: style.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

export function formatMetric(metric: string, value: number | null, style: NumberStyle): string {
  if (value === null || !Number.isFinite(value)) return notAvailable(style);
  switch (unitOf(metric)) {
    case 'money':
      return formatMoney(value, style);
    case 'percent':
      // 0.94% and 12.5%: small rates need the second decimal to be told apart.
      return formatter(style.locale, { style: 'percent', maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 }).format(
        value / 100,
      );
    case 'multiple':
      return `${formatter(style.locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value)}x`;
    default:
      return formatter(style.locale, { maximumFractionDigits: Number.isInteger(value) ? 0 : 1 }).format(value);
  }
}

/** A value on a chart's axis: money in whole units when the tick is whole ($5,000 and $0, not $0.00). */
export function formatAxisValue(metric: string, value: number, style: NumberStyle): string {
  if (unitOf(metric) === 'money' && Number.isInteger(style.tomans ? value / 10 : value)) {
    return formatMoney(value, style, false, 0);
  }
  return formatMetric(metric, value, style);
}

/** A plain number with up to two decimals in the style's locale: points of a percentage, a difference of means. */
export function formatDecimal(value: number, style: NumberStyle): string {
  return formatter(style.locale, { maximumFractionDigits: 2 }).format(value);
}

/** A plain whole number in the style's locale: a rank, a count of months, a share of the way. */
export function formatWhole(value: number, style: NumberStyle): string {
  return formatter(style.locale, { maximumFractionDigits: 0 }).format(value);
}

/** A percent change with its sign: "+12.5%", "-3%", or "n/a" when there is nothing to compare. */
export function formatChangePct(pct: number | null, style: NumberStyle): string {
  if (pct === null || !Number.isFinite(pct)) return notAvailable(style);
  return formatter(style.locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(
    pct / 100,
  );
}

/** The size of a percent change, without its sign: "20%", "۴۶٫۶٪" (the words say which way). */
export function formatPctSize(pct: number, style: NumberStyle): string {
  return formatter(style.locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(pct) / 100);
}

/**
 * A change as a reader should see it: rates in percentage points ("+0.4 pts": a click-through
 * rate going from 0.9% to 1.3% did not rise by 0.4%), everything else as a percent change.
 */
export function formatChange(
  metric: string,
  change: { change: number | null; pct: number | null },
  style: NumberStyle,
): string {
  if (unitOf(metric) !== 'percent') return formatChangePct(change.pct, style);
  if (change.change === null || !Number.isFinite(change.change)) return notAvailable(style);
  const points = formatter(style.locale, {
    maximumFractionDigits: Math.abs(change.change) < 10 ? 2 : 1,
    signDisplay: 'exceptZero',
  }).format(change.change);
  return wordsOf(style).points(points);
}

/** Intl's name for each of the report calendars. */
const INTL_CALENDARS: Readonly<Record<string, string>> = { gregorian: 'gregory', persian: 'persian' };

/** A month of the client's calendar, named in its locale: "October 2026", "Oct 2026", "مهر ۱۴۰۵". */
export function formatMonth(
  calendar: Calendar,
  month: Month,
  locale: string,
  length: 'long' | 'short' = 'long',
): string {
  // Any day inside the month names it; the middle keeps clear of time-zone edges.
  const middle = calendar.firstDay(month) + 14;
  return dateFormatter(locale, {
    calendar: INTL_CALENDARS[calendar.id] ?? 'gregory',
    year: 'numeric',
    month: length,
    timeZone: 'UTC',
  }).format(middle * 86_400_000);
}

export function formatDay(day: number, locale: string): string {
  return dateFormatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day * 86_400_000);
}

/** "Monday" in the client's language, for an ISO weekday (0 is Monday). */
export function formatWeekday(isoWeekday: number, locale: string): string {
  // 5 January 1970 was a Monday.
  return dateFormatter(locale, { weekday: 'long', timeZone: 'UTC' }).format((4 + isoWeekday) * 86_400_000);
}

/** The start of an hour of the day in the client's language: "9:00 AM", "۹:۰۰". */
export function formatHour(hour: number, locale: string): string {
  return dateFormatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(hour * 3_600_000);
}

/** A time zone as the client's language names it: "Eastern Time", "وقت ایران"; the IANA name where it has none. */
export function formatTimeZone(zone: string, locale: string): string {
  // ICU names UTC "GMT+00:00"; UTC is what everyone writes.
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const parts = dateFormatter(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(0);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/**
 * The ISO weekday (0 is Monday) a week starts on in the client's locale: Saturday in
 * Iran, Sunday in the US. Monday, the ISO week's, where the runtime has no week info.
 */
export function firstWeekday(locale: string): number {
  const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay?: number } }).getWeekInfo?.();
  return info?.firstDay === undefined ? 0 : info.firstDay - 1;
}

// A DateTimeFormat takes far longer to make than to use, and a site formats months and days thousands of times.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = dateFormatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    dateFormatters.set(key, found);
  }
  return found;
}

/** Which way the client's language is written: Persian and Arabic right to left. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const info = (
    new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string } }
  ).getTextInfo?.();
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** The page's language tag: the locale's language ("fa" for fa-IR). */
export function languageOf(locale: string): string {
  return new Intl.Locale(locale).language;
}

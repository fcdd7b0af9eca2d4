/**
 * Reporting periods of every length a client reports by: weeks, months, two-month
 * periods, quarters and years, each in the client's calendar.
 *
 * A period is a span of days with an id that is also its URL: `2026-W53`, `2026-11`,
 * `2026-B6`, `2026-Q4`, `2026`. A `PeriodScheme` says, for one kind of period, which
 * period a day is in and which periods come before and a year before it, so that the
 * report's arithmetic is the same whatever the period's length.
 *
 * Weeks start on the client's first day of the week and are numbered within the
 * calendar's year: week 1 is the first week with at least `minimalDays` of its days in
 * the new year, and the days before it belong to the last week of the year before.
 * Gregorian clients use ISO weeks (Monday, 4 days: 2026-12-31 is in 2026-W53, and
 * 2027-W01 starts on 2027-01-04); Solar Hijri clients start the week on the day their
 * locale names (Saturday in Iran) and count from the week that holds 1 Farvardin.
 */
import type { Calendar, Day, DaySpan, Month } from './calendar.ts';

/** Longest first is how a client's page lists them: reviews before the regular reports. */
export const PERIOD_KINDS = ['year', 'quarter', 'bimonth', 'month', 'week'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The regular report a client chooses in client.yaml (`cadence:`); quarters and years are reviews. */
export const CADENCES = ['weekly', 'monthly', 'bimonthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_PERIOD: Readonly<Record<Cadence, PeriodKind>> = {
  weekly: 'week',
  monthly: 'month',
  bimonthly: 'bimonth',
};

/** The reviews every client gets, whatever its cadence. */
export const REVIEW_KINDS: readonly PeriodKind[] = ['quarter', 'year'];

/** The kinds of report a client's site has: its regular report first, then the reviews. */
export function reportKinds(cadence: Cadence): PeriodKind[] {
  const regular = CADENCE_PERIOD[cadence];
  return [regular, ...REVIEW_KINDS.filter((kind) => kind !== regular)];
}

export interface Period {
  readonly kind: PeriodKind;
  /** `2026-W53`, `2026-11`, `2026-B6`, `2026-Q4` or `2026`. */
  readonly id: string;
  /** The calendar year (for a week, the year its number counts in). */
  readonly year: number;
  /** The week, month, two-month period or quarter within the year; 1 for a year. */
  readonly number: number;
  readonly span: DaySpan;
}

export interface PeriodScheme {
  readonly kind: PeriodKind;
  periodOf(day: Day): Period;
  /** The period `count` periods after `period` (negative counts go back). */
  add(period: Period, count: number): Period;
  /** The same period a year earlier; null for a 53rd week when that year had 52. */
  yearAgo(period: Period): Period | null;
  /** Parses an id of this kind, or returns null. */
  parse(id: string): Period | null;
}

/** How a calendar's weeks run: the first day (ISO weekday, 1 = Monday, 7 = Sunday) and days of week 1 in the year. */
export interface WeekRule {
  readonly firstDay: number;
  readonly minimalDays: number;
}

export const ISO_WEEKS: WeekRule = { firstDay: 1, minimalDays: 4 };
/** When the runtime gives no week information for a Solar Hijri client's locale: Iran's week. */
export const SOLAR_HIJRI_FALLBACK_WEEKS: WeekRule = { firstDay: 6, minimalDays: 1 };

/**
 * The weeks of a client: ISO weeks for the Gregorian calendar; for the Solar Hijri
 * calendar, weeks from the locale's first day of the week (Intl.Locale week info,
 * or Saturday when the runtime has none), week 1 holding the year's first day.
 */
export function weekRuleFor(calendar: Calendar, locale: string): WeekRule {
  if (calendar.id === 'gregorian') return ISO_WEEKS;
  const info = (new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay?: number } }).getWeekInfo?.();
  const firstDay = info?.firstDay;
  return firstDay === undefined ? SOLAR_HIJRI_FALLBACK_WEEKS : { firstDay, minimalDays: 1 };
}

/** ISO weekday of a day: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

export function weekScheme(calendar: Calendar, rule: WeekRule): PeriodScheme {
  const firstWeek = new Map<number, Day>();
  /** The first day of week 1 of a calendar year. */
  const weekOneStart = (year: number): Day => {
    let found = firstWeek.get(year);
    if (found === undefined) {
      const newYear = calendar.firstDay(calendar.month(year, 1));
      const back = (isoWeekday(newYear) - rule.firstDay + 7) % 7;
      const start = newYear - back;
      found = 7 - back >= rule.minimalDays ? start : start + 7;
      firstWeek.set(year, found);
    }
    return found;
  };
  const weeksIn = (year: number) => (weekOneStart(year + 1) - weekOneStart(year)) / 7;
  const make = (year: number, number: number): Period => {
    const from = weekOneStart(year) + (number - 1) * 7;
    return { kind: 'week', id: `${pad(year, 4)}-W${pad(number, 2)}`, year, number, span: { from, to: from + 6 } };
  };
  const scheme: PeriodScheme = {
    kind: 'week',
    periodOf(day) {
      let year = calendar.monthOf(day).year;
      if (day < weekOneStart(year)) year--;
      else if (day >= weekOneStart(year + 1)) year++;
      return make(year, Math.floor((day - weekOneStart(year)) / 7) + 1);
    },
    add: (period, count) => scheme.periodOf(period.span.from + count * 7),
    yearAgo: (period) => (period.number <= weeksIn(period.year - 1) ? make(period.year - 1, period.number) : null),
    parse(id) {
      const match = WEEK_ID.exec(id);
      if (!match) return null;
      const year = Number(match[1]);
      const number = Number(match[2]);
      return number >= 1 && number <= weeksIn(year) ? make(year, number) : null;
    },
  };
  return scheme;
}

/** Periods made of whole months: months, two-month periods, quarters, years. */
const MONTHS_IN: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = { month: 1, bimonth: 2, quarter: 3, year: 12 };

const ID_PATTERN: Readonly<Record<Exclude<PeriodKind, 'week'>, RegExp>> = {
  month: /^(\d{4})-(\d{2})$/,
  bimonth: /^(\d{4})-B(\d)$/,
  quarter: /^(\d{4})-Q(\d)$/,
  year: /^(\d{4})()$/,
};

export function monthsScheme(calendar: Calendar, kind: Exclude<PeriodKind, 'week'>): PeriodScheme {
  const size = MONTHS_IN[kind];
  const perYear = 12 / size;
  const make = (year: number, number: number): Period => {
    const first = calendar.month(year, (number - 1) * size + 1);
    const last = calendar.addMonths(first, size - 1);
    const id =
      kind === 'month'
        ? first.id
        : kind === 'year'
          ? pad(year, 4)
          : `${pad(year, 4)}-${kind === 'quarter' ? 'Q' : 'B'}${number}`;
    return { kind, id, year, number, span: { from: calendar.firstDay(first), to: calendar.lastDay(last) } };
  };
  const ofMonth = (month: Month) => make(month.year, Math.floor((month.month - 1) / size) + 1);
  return {
    kind,
    periodOf: (day) => ofMonth(calendar.monthOf(day)),
    add(period, count) {
      const index = period.year * perYear + (period.number - 1) + count;
      return make(Math.floor(index / perYear), (((index % perYear) + perYear) % perYear) + 1);
    },
    yearAgo: (period) => make(period.year - 1, period.number),
    parse(id) {
      const match = ID_PATTERN[kind].exec(id);
      if (!match) return null;
      const number = kind === 'year' ? 1 : Number(match[2]);
      return number >= 1 && number <= perYear ? make(Number(match[1]), number) : null;
    },
  };
}

/** The months a period of whole months is made of; for a week, the months it touches. */
export function monthsOf(calendar: Calendar, period: Period): Month[] {
  const months: Month[] = [];
  for (let m = calendar.monthOf(period.span.from); ; m = calendar.addMonths(m, 1)) {
    months.push(m);
    if (calendar.lastDay(m) >= period.span.to) return months;
  }
}

/** Each kind's scheme for one client, made once. */
export interface ClientPeriods {
  readonly calendarId: string;
  readonly weekRule: WeekRule;
  scheme(kind: PeriodKind): PeriodScheme;
  /** The period an id names, of whichever kind it has; null when it names none. */
  parse(id: string): Period | null;
}

export function clientPeriods(calendar: Calendar, locale: string): ClientPeriods {
  const weekRule = weekRuleFor(calendar, locale);
  const schemes = new Map<PeriodKind, PeriodScheme>();
  const scheme = (kind: PeriodKind): PeriodScheme => {
    let found = schemes.get(kind);
    if (!found) {
      found = kind === 'week' ? weekScheme(calendar, weekRule) : monthsScheme(calendar, kind);
      schemes.set(kind, found);
    }
    return found;
  };
  return {
    calendarId: calendar.id,
    weekRule,
    scheme,
    parse: (id) => {
      for (const kind of PERIOD_KINDS) {
        const period = scheme(kind).parse(id);
        if (period) return period;
      }
      return null;
    },
  };
}

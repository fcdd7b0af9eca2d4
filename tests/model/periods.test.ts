import { describe, expect, it } from 'vitest';
import { GregorianCalendar, isoDate, parseIsoDate, type Day } from '../../src/model/calendar.ts';
import { PersianCalendar } from '../../src/model/persian-calendar.ts';
import {
  clientPeriods,
  ISO_WEEKS,
  isoWeekday,
  monthsOf,
  monthsScheme,
  weekRuleFor,
  weekScheme,
  type Period,
} from '../../src/model/periods.ts';

const day = (iso: string): Day => parseIsoDate(iso)!;
const span = (period: Period | null) => period && `${isoDate(period.span.from)}..${isoDate(period.span.to)}`;

const gregorian = new GregorianCalendar();
const persian = new PersianCalendar();

describe('ISO weeks (Gregorian clients)', () => {
  const weeks = weekScheme(gregorian, ISO_WEEKS);

  it('knows the weekday: 1970-01-01 was a Thursday, 2027-01-04 a Monday', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(day('2027-01-04'))).toBe(1);
    expect(isoWeekday(day('2026-03-21'))).toBe(6);
  });

  it('puts 2026-12-31 in 2026-W53, a week that runs into 2027', () => {
    const week = weeks.periodOf(day('2026-12-31'));
    expect(week.id).toBe('2026-W53');
    expect(span(week)).toBe('2026-12-28..2027-01-03');
    expect(weeks.periodOf(day('2027-01-03')).id).toBe('2026-W53');
  });

  it('starts 2027-W01 on Monday 2027-01-04', () => {
    const week = weeks.periodOf(day('2027-01-04'));
    expect(week.id).toBe('2027-W01');
    expect(span(week)).toBe('2027-01-04..2027-01-10');
    expect(weeks.add(weeks.periodOf(day('2026-12-31')), 1).id).toBe('2027-W01');
    expect(weeks.add(week, -1).id).toBe('2026-W53');
  });

  it('starts 2026-W01 in 2025 (1 January 2026 is a Thursday)', () => {
    expect(span(weeks.parse('2026-W01'))).toBe('2025-12-29..2026-01-04');
    expect(weeks.periodOf(day('2025-12-29')).id).toBe('2026-W01');
  });

  it('compares with the same week number a year earlier, and a 53rd week with none when that year had 52', () => {
    expect(weeks.yearAgo(weeks.parse('2027-W01')!)?.id).toBe('2026-W01');
    expect(weeks.yearAgo(weeks.parse('2026-W53')!)).toBeNull();
  });

  it('parses only weeks that exist', () => {
    expect(weeks.parse('2026-W53')?.id).toBe('2026-W53');
    expect(weeks.parse('2025-W53')).toBeNull();
    expect(weeks.parse('2026-W00')).toBeNull();
    expect(weeks.parse('2026-11')).toBeNull();
  });
});

describe('Persian weeks (Solar Hijri clients)', () => {
  const rule = weekRuleFor(persian, 'fa-IR');
  const weeks = weekScheme(persian, rule);

  it("takes Saturday as the first day from the locale's week info", () => {
    expect(rule.firstDay).toBe(6);
    expect(weekRuleFor(gregorian, 'fa-IR')).toBe(ISO_WEEKS);
  });

  it('runs a week from Saturday to Friday, week 1 holding 1 Farvardin', () => {
    // 1 Farvardin 1405 = Saturday 2026-03-21.
    const week = weeks.periodOf(day('2026-03-21'));
    expect(week.id).toBe('1405-W01');
    expect(span(week)).toBe('2026-03-21..2026-03-27');
    expect(isoWeekday(week.span.from)).toBe(6);
    // 1 Farvardin 1404 = Friday 2025-03-21: its week started on Saturday 2025-03-15.
    expect(span(weeks.parse('1404-W01'))).toBe('2025-03-15..2025-03-21');
    expect(weeks.periodOf(day('2026-03-20')).id).toBe('1404-W53');
    expect(weeks.add(weeks.parse('1405-W01')!, -1).id).toBe('1404-W53');
  });
});

describe('periods of whole months', () => {
  it('makes Solar Hijri quarters: 1404-Q1 is Farvardin to Khordad', () => {
    const quarters = monthsScheme(persian, 'quarter');
    const q1 = quarters.parse('1404-Q1')!;
    expect(span(q1)).toBe('2025-03-21..2025-06-21');
    expect(monthsOf(persian, q1).map((m) => m.id)).toEqual(['1404-01', '1404-02', '1404-03']);
    expect(quarters.periodOf(day('2025-06-22')).id).toBe('1404-Q2');
    expect(quarters.add(q1, -1).id).toBe('1403-Q4');
  });

  it('makes Gregorian quarters, two-month periods and years', () => {
    const quarters = monthsScheme(gregorian, 'quarter');
    expect(quarters.periodOf(day('2026-11-30')).id).toBe('2026-Q4');
    expect(span(quarters.parse('2026-Q4'))).toBe('2026-10-01..2026-12-31');
    expect(quarters.add(quarters.parse('2026-Q1')!, -1).id).toBe('2025-Q4');
    expect(quarters.yearAgo(quarters.parse('2026-Q4')!)?.id).toBe('2025-Q4');
    const pairs = monthsScheme(gregorian, 'bimonth');
    expect(pairs.periodOf(day('2026-11-30')).id).toBe('2026-B6');
    expect(span(pairs.parse('2026-B1'))).toBe('2026-01-01..2026-02-28');
    expect(pairs.add(pairs.parse('2026-B1')!, -1).id).toBe('2025-B6');
    expect(pairs.parse('2026-B7')).toBeNull();
    const years = monthsScheme(gregorian, 'year');
    expect(span(years.parse('2024'))).toBe('2024-01-01..2024-12-31');
    expect(years.add(years.parse('2024')!, 2).id).toBe('2026');
    expect(monthsScheme(gregorian, 'month').periodOf(day('2026-02-28')).id).toBe('2026-02');
  });

  it('tells an id of any kind apart', () => {
    const periods = clientPeriods(gregorian, 'en-US');
    expect(
      ['2026', '2026-Q4', '2026-B6', '2026-11', '2026-W53', '2026-13', 'x'].map(
        (id) => periods.parse(id)?.kind ?? null,
      ),
    ).toEqual(['year', 'quarter', 'bimonth', 'month', 'week', null, null]);
  });
});

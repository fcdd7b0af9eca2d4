import { describe, expect, it } from 'vitest';
import { daysInSpan, isoDate, monthSpan, monthsBetween, parseIsoDate, type Day } from '../../src/model/calendar.ts';
import { jalaliDate, PersianCalendar } from '../../src/model/persian-calendar.ts';

/*
 * Day numbers, by hand (days since 1970-01-01), from the Gregorian anchors used in
 * tests/aggregate/calendar.test.ts: 2024-01-01 = 19,723 and 2025-01-01 = 20,089.
 * - 2023-03-21: 2023-01-01 = 19,723 - 365 = 19,358; + 31 + 28 + 20 = 19,437
 * - 2024-02-20: 19,723 + 31 + 19 = 19,773
 * - 2024-03-19: 19,723 + 31 + 29 (2024 is leap) + 18 = 19,801; 2024-03-20 = 19,802
 * - 2024-08-22: 19,723 + 31 + 29 + 31 + 30 + 31 + 30 + 31 (Jan..Jul = 213) + 21 = 19,957
 * - 2024-09-21: 19,723 + 244 (Jan..Aug) + 20 = 19,987; 2024-09-22 = 19,988
 * - 2024-10-21: 19,988 + 9 (rest of Sep) + 21 = 20,018 - 1 = 20,017
 * - 2025-02-19: 20,089 + 31 + 18 = 20,138
 * - 2025-03-20: 20,089 + 31 + 28 + 19 = 20,167; 2025-03-21 = 20,168
 * - 2025-04-20: 20,168 + 11 (21..31 Mar) + 19 = 20,198
 * - 2026-03-20: 2026-01-01 = 20,089 + 365 = 20,454; + 31 + 28 + 19 = 20,532; 2026-03-21 = 20,533
 */
const D = {
  '2023-03-21': 19_437,
  '2024-02-20': 19_773,
  '2024-03-19': 19_801,
  '2024-03-20': 19_802,
  '2024-08-22': 19_957,
  '2024-09-21': 19_987,
  '2024-09-22': 19_988,
  '2024-10-21': 20_017,
  '2025-02-19': 20_138,
  '2025-03-20': 20_167,
  '2025-03-21': 20_168,
  '2025-04-20': 20_198,
  '2026-03-20': 20_532,
  '2026-03-21': 20_533,
} as const;

const cal = new PersianCalendar();
const m = (year: number, month: number) => cal.month(year, month);

describe('hand-computed day numbers', () => {
  it('match the ISO dates they stand for', () => {
    for (const [iso, day] of Object.entries(D)) {
      expect(isoDate(day), iso).toBe(iso);
      expect(parseIsoDate(iso)).toBe(day);
    }
  });
});

/*
 * Where the Jalali dates come from. Nowruz (1 Farvardin) is the day of the March equinox
 * if the equinox falls before noon Tehran time (UTC+3:30), otherwise the next day:
 * - 1402: equinox 2023-03-20 21:24 UTC (Tehran 21 Mar 00:54) -> Nowruz 2023-03-21
 * - 1403: equinox 2024-03-20 03:06 UTC (Tehran 06:36, before noon) -> Nowruz 2024-03-20
 * - 1404: equinox 2025-03-20 09:01 UTC (Tehran 12:31, after noon) -> Nowruz 2025-03-21
 * - 1405: equinox 2026-03-20 14:46 UTC (Tehran 18:16, after noon) -> Nowruz 2026-03-21
 * So 1402 has 365 days (2023-03-21 .. 2024-03-19, Esfand 29 days), 1403 has 366
 * (2024-03-20 .. 2025-03-20, Esfand 30 days) and 1404 has 365 (.. 2026-03-20).
 * The 33-year arithmetic rule (leap when (25y + 11) mod 33 < 8) agrees:
 * 1402 -> 35,061 mod 33 = 15; 1403 -> 35,086 mod 33 = 7 (leap); 1404 -> 35,111 mod 33 = 32.
 * Month starts within a year: months 1-6 have 31 days, 7-11 have 30, so month 7 (Mehr)
 * starts 186 days after Nowruz and month 12 (Esfand) 186 + 150 = 336 days after.
 * ICU (Node 24.21, ICU 78.3) gives the same for every date below, including
 * 2026-03-20 = 29 Esfand 1404 and 2026-03-21 = 1 Farvardin 1405.
 */
describe('jalaliDate', () => {
  it('converts the Nowruz boundary days', () => {
    // Nowruz 1403 was 2024-03-20; the day before is the last day of common year 1402.
    expect(jalaliDate(D['2024-03-20'])).toEqual({ year: 1403, month: 1, day: 1 });
    expect(jalaliDate(D['2024-03-19'])).toEqual({ year: 1402, month: 12, day: 29 });
    // 1403 is leap: 2025-03-20 is 30 Esfand; Nowruz 1404 was 2025-03-21.
    expect(jalaliDate(D['2025-03-20'])).toEqual({ year: 1403, month: 12, day: 30 });
    expect(jalaliDate(D['2025-03-21'])).toEqual({ year: 1404, month: 1, day: 1 });
    // 1404 is common: 2026-03-20 is 29 Esfand; Nowruz 1405 is 2026-03-21.
    expect(jalaliDate(D['2026-03-20'])).toEqual({ year: 1404, month: 12, day: 29 });
    expect(jalaliDate(D['2026-03-21'])).toEqual({ year: 1405, month: 1, day: 1 });
  });

  it('converts the Shahrivar / Mehr boundary', () => {
    // Nowruz 1403 (19,802) + 186 = 19,988 = 2024-09-22 = 1 Mehr; the day before is 31 Shahrivar.
    expect(jalaliDate(D['2024-09-22'])).toEqual({ year: 1403, month: 7, day: 1 });
    expect(jalaliDate(D['2024-09-21'])).toEqual({ year: 1403, month: 6, day: 31 });
  });
});

describe('PersianCalendar', () => {
  it('has id persian and builds Jalali month ids as YYYY-MM', () => {
    expect(cal.id).toBe('persian');
    expect(m(1404, 1).id).toBe('1404-01');
    expect(m(1403, 12).id).toBe('1403-12');
    expect(m(1403, 7)).toBe(m(1403, 7)); // month objects are shared
  });

  it('monthOf puts the boundary days in the right months', () => {
    // Same boundary days as the jalaliDate tests above.
    expect(cal.monthOf(D['2024-03-19']).id).toBe('1402-12');
    expect(cal.monthOf(D['2024-03-20']).id).toBe('1403-01');
    expect(cal.monthOf(D['2025-03-20']).id).toBe('1403-12');
    expect(cal.monthOf(D['2025-03-21']).id).toBe('1404-01');
    expect(cal.monthOf(D['2026-03-20']).id).toBe('1404-12');
    expect(cal.monthOf(D['2026-03-21']).id).toBe('1405-01');
    expect(cal.monthOf(D['2024-09-21']).id).toBe('1403-06');
    expect(cal.monthOf(D['2024-09-22']).id).toBe('1403-07');
    // Cached: the same object comes back.
    expect(cal.monthOf(D['2024-09-22'])).toBe(m(1403, 7));
  });

  it('Esfand 1402 has 29 days and Esfand 1403 has 30', () => {
    // 1402 starts 2023-03-21 (19,437); Esfand starts 336 days later = 19,773 = 2024-02-20
    // and ends the day before Nowruz 1403 = 2024-03-19: 29 days.
    expect(D['2023-03-21'] + 336).toBe(D['2024-02-20']);
    expect(cal.firstDay(m(1402, 12))).toBe(D['2024-02-20']);
    expect(cal.lastDay(m(1402, 12))).toBe(D['2024-03-19']);
    expect(daysInSpan(monthSpan(cal, m(1402, 12)))).toBe(29);
    // 1403 starts 2024-03-20 (19,802); Esfand starts 19,802 + 336 = 20,138 = 2025-02-19
    // and ends the day before Nowruz 1404 = 2025-03-20: 30 days.
    expect(D['2024-03-20'] + 336).toBe(D['2025-02-19']);
    expect(cal.firstDay(m(1403, 12))).toBe(D['2025-02-19']);
    expect(cal.lastDay(m(1403, 12))).toBe(D['2025-03-20']);
    expect(daysInSpan(monthSpan(cal, m(1403, 12)))).toBe(30);
    // 1404 is common: Esfand ends 2026-03-20, the day before Nowruz 1405.
    expect(cal.lastDay(m(1404, 12))).toBe(D['2026-03-20']);
    expect(daysInSpan(monthSpan(cal, m(1404, 12)))).toBe(29);
  });

  it("Farvardin 1404's span is 2025-03-21 .. 2025-04-20 (31 days)", () => {
    // Nowruz 1404 = 2025-03-21; 31 days: 21..31 March (11) + 1..20 April (20).
    expect(monthSpan(cal, m(1404, 1))).toEqual({ from: D['2025-03-21'], to: D['2025-04-20'] });
    expect(daysInSpan(monthSpan(cal, m(1404, 1)))).toBe(31);
  });

  it('Shahrivar 1403 has 31 days and Mehr 1403 starts 2024-09-22 with 30 days', () => {
    // Shahrivar (6) starts 5 x 31 = 155 days after Nowruz 1403: 19,802 + 155 = 19,957 = 2024-08-22.
    expect(monthSpan(cal, m(1403, 6))).toEqual({ from: D['2024-08-22'], to: D['2024-09-21'] });
    expect(daysInSpan(monthSpan(cal, m(1403, 6)))).toBe(31);
    // Mehr (7) starts 186 days after Nowruz: 19,988 = 2024-09-22; 30 days to 2024-10-21.
    expect(monthSpan(cal, m(1403, 7))).toEqual({ from: D['2024-09-22'], to: D['2024-10-21'] });
    expect(daysInSpan(monthSpan(cal, m(1403, 7)))).toBe(30);
  });

  it('addMonths moves across Jalali year boundaries, forwards and backwards', () => {
    expect(cal.addMonths(m(1403, 12), 1).id).toBe('1404-01');
    expect(cal.addMonths(m(1404, 1), -1).id).toBe('1403-12');
    // Ordibehesht 1404 - 12 = Ordibehesht 1403 (year over year)
    expect(cal.addMonths(m(1404, 2), -12).id).toBe('1403-02');
    // Dey 1403 (10) + 5 = Bahman, Esfand, Farvardin, Ordibehesht, Khordad -> 1404-03
    expect(cal.addMonths(m(1403, 10), 5).id).toBe('1404-03');
    // Farvardin 1404 - 13 = Esfand 1402
    expect(cal.addMonths(m(1404, 1), -13).id).toBe('1402-12');
    expect(cal.addMonths(m(1404, 6), 0)).toBe(m(1404, 6));
  });

  it('quarterStart is the first of months 1, 4, 7, 10 of the Jalali year', () => {
    expect(cal.quarterStart(m(1404, 5)).id).toBe('1404-04');
    expect(cal.quarterStart(m(1403, 12)).id).toBe('1403-10');
    const starts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => cal.quarterStart(m(1404, month)).month);
    expect(starts).toEqual([1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10]);
  });

  it('yearStart is Farvardin of the same Jalali year', () => {
    expect(cal.yearStart(m(1404, 1)).id).toBe('1404-01');
    expect(cal.yearStart(m(1403, 12)).id).toBe('1403-01');
    expect(cal.firstDay(cal.yearStart(m(1403, 9)))).toBe(D['2024-03-20']); // Nowruz 1403
  });

  it('parseMonth accepts Jalali YYYY-MM and rejects months outside 1..12 and other shapes', () => {
    expect(cal.parseMonth('1404-01')).toBe(m(1404, 1));
    expect(cal.parseMonth('1403-12')?.id).toBe('1403-12');
    expect(cal.parseMonth('1404-13')).toBeNull();
    expect(cal.parseMonth('1404-00')).toBeNull();
    expect(cal.parseMonth('abcd-01')).toBeNull();
    expect(cal.parseMonth('1404-1')).toBeNull();
    expect(cal.parseMonth('1404-01-01')).toBeNull();
  });

  it('monthsBetween works with the Jalali calendar across Nowruz', () => {
    expect(monthsBetween(cal, m(1403, 11), m(1404, 2)).map((x) => x.id)).toEqual([
      '1403-11',
      '1403-12',
      '1404-01',
      '1404-02',
    ]);
  });

  it('firstDay agrees between a fresh calendar (search) and one filled by monthOf', () => {
    const fresh = new PersianCalendar();
    for (const month of monthsBetween(fresh, fresh.month(1398, 1), fresh.month(1410, 12))) {
      expect(fresh.firstDay(month), month.id).toBe(cal.firstDay(cal.month(month.year, month.month)));
    }
  });
});

describe('consistency sweep 2020-01-01 .. 2030-12-31', () => {
  const first = parseIsoDate('2020-01-01') as Day;
  const last = parseIsoDate('2030-12-31') as Day;
  const sweep = new PersianCalendar();

  it('monthOf(day) is the month whose [firstDay, lastDay] contains the day', () => {
    for (let day = first; day <= last; day++) {
      const month = sweep.monthOf(day);
      const from = sweep.firstDay(month);
      const to = sweep.lastDay(month);
      if (day < from || day > to)
        expect.fail(`${isoDate(day)} in ${month.id} but span is ${isoDate(from)}..${isoDate(to)}`);
      // The day of month ICU reports matches the position in the span.
      if (jalaliDate(day).day !== day - from + 1) expect.fail(`${isoDate(day)}: day of month mismatch`);
    }
  });

  it('consecutive months tile the days, and month lengths follow the Jalali rules', () => {
    const firstMonth = sweep.monthOf(first);
    const lastMonth = sweep.monthOf(last);
    const months = monthsBetween(sweep, firstMonth, lastMonth);
    // 1398-10 (Dey, containing 2020-01-01) .. 1409-10 (Dey, containing 2030-12-31)
    expect(firstMonth.id).toBe('1398-10');
    expect(lastMonth.id).toBe('1409-10');
    expect(months).toHaveLength(11 * 12 + 1);
    const leapYears: number[] = [];
    for (const [i, month] of months.entries()) {
      const length = daysInSpan(monthSpan(sweep, month));
      const expected = month.month <= 6 ? [31] : month.month <= 11 ? [30] : [29, 30];
      if (!expected.includes(length)) expect.fail(`${month.id} has ${length} days`);
      if (month.month === 12 && length === 30) leapYears.push(month.year);
      const next = months[i + 1];
      if (next && sweep.firstDay(next) !== sweep.lastDay(month) + 1) expect.fail(`gap or overlap after ${month.id}`);
    }
    // Leap years by the 33-year rule (25y + 11) mod 33 < 8 for 1398..1408:
    // 1399 -> 34,986 mod 33 = 6; 1403 -> 7; 1408 -> 35,211 mod 33 = 0; all others >= 8.
    // (Astronomically too: Nowruz 2020-03-20 -> 2021-03-21, 2024-03-20 -> 2025-03-21,
    // 2029-03-20 -> 2030-03-21 are the 366-day years.)
    expect(leapYears).toEqual([1399, 1403, 1408]);
  });
});

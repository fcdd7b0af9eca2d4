import { describe, expect, it } from 'vitest';
import {
  daysInGregorianMonth,
  GregorianCalendar,
  isLeapGregorianYear,
  isoDate,
  monthsBetween,
  parseIsoDate,
} from '../../src/model/calendar.ts';

/*
 * Day numbers, by hand (days since 1970-01-01):
 * - 2000-01-01: 30 years 1970..1999 with 7 leap years (1972, 76, 80, 84, 88, 92, 96) -> 30 x 365 + 7 = 10,957
 * - 2024-01-01: 54 years 1970..2023 with 13 leap years (1972..2020) -> 54 x 365 + 13 = 19,723
 * - 2025-01-01: 19,723 + 366 (2024 is leap) = 20,089
 * - 1900-01-01: 70 years 1900..1969 with 17 leap years (1904..1968; 1900 is not) -> -(70 x 365 + 17) = -25,567
 */
const D_2000_01_01 = 10_957;
const D_2024_01_01 = 19_723;
const D_2025_01_01 = 20_089;
const D_1900_01_01 = -25_567;

const cal = new GregorianCalendar();
const m = (year: number, month: number) => cal.month(year, month);

describe('GregorianCalendar months', () => {
  it('builds month ids as YYYY-MM', () => {
    expect(m(2024, 3).id).toBe('2024-03');
    expect(m(2024, 12).id).toBe('2024-12');
  });

  it('addMonths moves across year boundaries, forwards and backwards', () => {
    expect(cal.addMonths(m(2024, 1), -1).id).toBe('2023-12');
    expect(cal.addMonths(m(2023, 12), 1).id).toBe('2024-01');
    // Nov 2024 + 3 = Dec, Jan, Feb -> 2025-02
    expect(cal.addMonths(m(2024, 11), 3).id).toBe('2025-02');
    // Mar 2024 - 12 = Mar 2023 (year over year)
    expect(cal.addMonths(m(2024, 3), -12).id).toBe('2023-03');
    // Mar 2024 - 15 = Dec 2022
    expect(cal.addMonths(m(2024, 3), -15).id).toBe('2022-12');
    // Jan 2024 + 24 = Jan 2026
    expect(cal.addMonths(m(2024, 1), 24).id).toBe('2026-01');
    expect(cal.addMonths(m(2024, 6), 0).id).toBe('2024-06');
  });

  it('quarterStart is the first month of the quarter', () => {
    const starts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => cal.quarterStart(m(2024, month)).id);
    expect(starts).toEqual([
      '2024-01',
      '2024-01',
      '2024-01',
      '2024-04',
      '2024-04',
      '2024-04',
      '2024-07',
      '2024-07',
      '2024-07',
      '2024-10',
      '2024-10',
      '2024-10',
    ]);
  });

  it('yearStart is January of the same year', () => {
    expect(cal.yearStart(m(2024, 1)).id).toBe('2024-01');
    expect(cal.yearStart(m(2024, 11)).id).toBe('2024-01');
  });

  it('parseMonth accepts YYYY-MM and rejects months outside 1..12 and other shapes', () => {
    expect(cal.parseMonth('2024-02')?.id).toBe('2024-02');
    expect(cal.parseMonth('2024-13')).toBeNull();
    expect(cal.parseMonth('2024-00')).toBeNull();
    expect(cal.parseMonth('2024-2')).toBeNull();
    expect(cal.parseMonth('2024-02-01')).toBeNull();
  });

  it('monthsBetween lists every month inclusive across a year boundary', () => {
    expect(monthsBetween(cal, m(2023, 11), m(2024, 2)).map((x) => x.id)).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
  });
});

describe('GregorianCalendar days', () => {
  it('firstDay and lastDay of ordinary months', () => {
    expect(cal.firstDay(m(2024, 1))).toBe(D_2024_01_01);
    // Jan has 31 days: 19,723 + 30 = 19,753
    expect(cal.lastDay(m(2024, 1))).toBe(D_2024_01_01 + 30);
    // 2024-12-31 = 2025-01-01 - 1
    expect(cal.lastDay(m(2024, 12))).toBe(D_2025_01_01 - 1);
    // April has 30 days: 2025-04-01 = 20,089 + 31 + 28 + 31 = 20,179; 2025-04-30 = 20,208
    expect(cal.firstDay(m(2025, 4))).toBe(20_179);
    expect(cal.lastDay(m(2025, 4))).toBe(20_208);
  });

  it('February 2024 has 29 days (leap year)', () => {
    // 2024-02-01 = 19,723 + 31 = 19,754; 2024-02-29 = 19,754 + 28 = 19,782
    expect(cal.firstDay(m(2024, 2))).toBe(19_754);
    expect(cal.lastDay(m(2024, 2))).toBe(19_782);
    expect(isoDate(cal.lastDay(m(2024, 2)))).toBe('2024-02-29');
    expect(cal.monthOf(19_782).id).toBe('2024-02');
    // the next day, 19,783, is 2024-03-01
    expect(cal.monthOf(19_783).id).toBe('2024-03');
  });

  it('February 2025 has 28 days', () => {
    // 2025-02-01 = 20,089 + 31 = 20,120; 2025-02-28 = 20,147
    expect(cal.lastDay(m(2025, 2))).toBe(20_147);
    expect(isoDate(cal.lastDay(m(2025, 2)))).toBe('2025-02-28');
  });

  it('February 2000 has 29 days (divisible by 400)', () => {
    // 2000-02-29 = 10,957 + 31 + 28 = 11,016
    expect(cal.lastDay(m(2000, 2))).toBe(D_2000_01_01 + 31 + 28);
    expect(isoDate(cal.lastDay(m(2000, 2)))).toBe('2000-02-29');
  });

  it('February 1900 has 28 days (divisible by 100, not by 400)', () => {
    // 1900-02-28 = -25,567 + 31 + 27 = -25,509
    expect(cal.lastDay(m(1900, 2))).toBe(D_1900_01_01 + 31 + 27);
    expect(isoDate(cal.lastDay(m(1900, 2)))).toBe('1900-02-28');
  });

  it('leap-year rule', () => {
    expect(isLeapGregorianYear(2024)).toBe(true);
    expect(isLeapGregorianYear(2000)).toBe(true);
    expect(isLeapGregorianYear(1900)).toBe(false);
    expect(isLeapGregorianYear(2025)).toBe(false);
    expect(daysInGregorianMonth(2024, 2)).toBe(29);
    expect(daysInGregorianMonth(2000, 2)).toBe(29);
    expect(daysInGregorianMonth(1900, 2)).toBe(28);
    expect(daysInGregorianMonth(2025, 2)).toBe(28);
    expect(daysInGregorianMonth(2025, 4)).toBe(30);
    expect(daysInGregorianMonth(2025, 12)).toBe(31);
  });
});

describe('parseIsoDate', () => {
  it('parses real dates to day numbers', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2024-01-01')).toBe(D_2024_01_01);
    expect(parseIsoDate('2024-02-29')).toBe(19_782);
    expect(parseIsoDate('2000-02-29')).toBe(11_016);
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('2025-00-10')).toBeNull();
    expect(parseIsoDate('2025-04-31')).toBeNull();
    expect(parseIsoDate('2025-04-00')).toBeNull();
  });

  it('rejects other shapes', () => {
    expect(parseIsoDate('2025-4-1')).toBeNull();
    expect(parseIsoDate('2025-04')).toBeNull();
    expect(parseIsoDate('01/04/2025')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('round-trips with isoDate', () => {
    expect(isoDate(0)).toBe('1970-01-01');
    expect(isoDate(D_2025_01_01)).toBe('2025-01-01');
    expect(isoDate(parseIsoDate('2024-12-31')!)).toBe('2024-12-31');
  });
});

describe('years 0 to 99 (Date.UTC would read them as 1900 to 1999)', () => {
  it('reads 0000-01-01 as the year 0, 719,528 days before 1970-01-01', () => {
    // 1970 years of the proleptic Gregorian calendar from 0000-01-01: 1970 x 365 days plus
    // the leap days of 0, 4, ..., 1968 (493) less 100, 200, 300, 500, ..., 1900 (15 of them,
    // the centuries not divisible by 400) = 719,050 + 478 = 719,528.
    expect(parseIsoDate('0000-01-01')).toBe(-719_528);
    expect(isoDate(-719_528)).toBe('0000-01-01');
  });

  it('reads 0099-12-31 as the year 99, not 1999', () => {
    expect(isoDate(parseIsoDate('0099-12-31')!)).toBe('0099-12-31');
    expect(new GregorianCalendar().monthOf(parseIsoDate('0050-06-15')!).id).toBe('0050-06');
    expect(isoDate(new GregorianCalendar().firstDay(new GregorianCalendar().month(42, 3)))).toBe('0042-03-01');
  });

  it('reads 9999-12-31, 2,932,896 days after 1970-01-01', () => {
    // 10000-01-01: the 8,030 years 1970..9999 have 2,930,950 days plus 1,947 leap days
    // (2,007 multiples of 4 from 1972 to 9996, less the 60 centuries 2100..9900 not
    // divisible by 400) = 2,932,897; 9999-12-31 is the day before.
    expect(parseIsoDate('9999-12-31')).toBe(2_932_896);
    expect(isoDate(2_932_896)).toBe('9999-12-31');
  });
});

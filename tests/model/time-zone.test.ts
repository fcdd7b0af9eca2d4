/**
 * Clocks in IANA time zones, hand-checked against the zones' published rules: Iran has
 * kept UTC+03:30 all year since 2022; the UK moves to summer time (UTC+1) at 01:00 UTC on
 * the last Sunday of March and back at 01:00 UTC on the last Sunday of October; the US
 * Pacific zone is UTC-7 in summer.
 */
import { describe, expect, it } from 'vitest';
import { isoDate, parseIsoDate } from '../../src/model/calendar.ts';
import { convertWallClock, isTimeZone, momentOf, wallClockAt } from '../../src/model/time-zone.ts';

const utc = (iso: string, hh: number, mm: number) => parseIsoDate(iso)! * 1440 + hh * 60 + mm;
const shown = (clock: { day: number; minute: number }) =>
  `${isoDate(clock.day)} ${String(Math.floor(clock.minute / 60)).padStart(2, '0')}:${String(clock.minute % 60).padStart(2, '0')}`;

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(['Asia/Tehran', 'Europe/London', 'UTC', 'America/Los_Angeles'].every(isTimeZone)).toBe(true);
    expect(['Mars/Olympus', 'Tehran', '', '+03:30'].some(isTimeZone)).toBe(false);
  });

  it('shows a UTC moment on a zone’s clock, across midnight and a month’s end', () => {
    // 21:00 UTC on 31 January 2024 is 00:30 on 1 February in Tehran (+03:30).
    expect(shown(wallClockAt('Asia/Tehran', utc('2024-01-31', 21, 0)))).toBe('2024-02-01 00:30');
    // 02:00 UTC on 1 June is 19:00 on 31 May in Los Angeles (-07:00).
    expect(shown(wallClockAt('America/Los_Angeles', utc('2026-06-01', 2, 0)))).toBe('2026-05-31 19:00');
  });

  it('follows summer time: London is UTC+0 before 01:00 UTC on 29 March 2026 and UTC+1 after', () => {
    expect(shown(wallClockAt('Europe/London', utc('2026-03-29', 0, 30)))).toBe('2026-03-29 00:30');
    expect(shown(wallClockAt('Europe/London', utc('2026-03-29', 1, 30)))).toBe('2026-03-29 02:30');
  });

  it('finds the moment a clock showed, with skipped and repeated times settled', () => {
    const at = (iso: string, hh: number, mm: number) => ({ day: parseIsoDate(iso)!, minute: hh * 60 + mm });
    expect(momentOf('Asia/Tehran', at('2024-02-01', 0, 30))).toBe(utc('2024-01-31', 21, 0));
    // 01:30 on 29 March 2026 never showed in London: read with the offset before the change (UTC+0).
    expect(momentOf('Europe/London', at('2026-03-29', 1, 30))).toBe(utc('2026-03-29', 1, 30));
    // 01:30 on 25 October 2026 showed twice in London: its first showing, in summer time, 00:30 UTC.
    expect(momentOf('Europe/London', at('2026-10-25', 1, 30))).toBe(utc('2026-10-25', 0, 30));
  });

  it('converts a clock time from one zone to another', () => {
    const clock = { day: parseIsoDate('2026-05-04')!, minute: 18 * 60 + 30 };
    // 18:30 in Los Angeles (UTC-7) is 01:30 UTC on the 5th, 05:00 in Tehran.
    expect(shown(convertWallClock(clock, 'America/Los_Angeles', 'Asia/Tehran'))).toBe('2026-05-05 05:00');
    expect(convertWallClock(clock, 'UTC', 'UTC')).toBe(clock);
  });
});

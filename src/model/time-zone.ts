/**
 * Wall-clock times in a named (IANA) time zone. A post's publish time is kept as the
 * day and minute the client's clock showed, because "when to post" is a question about
 * the audience's day, not about UTC. The runtime's time zone data does the work, so
 * daylight saving and past changes of offset come out as the zone really had them.
 */
import type { Day } from './calendar.ts';

export const MINUTES_PER_DAY = 1440;

/** The zone a client's times are in when client.yaml names none. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** A moment as a clock in some zone shows it. */
export interface WallClock {
  readonly day: Day;
  /** Minutes after midnight, 0-1439. */
  readonly minute: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockOf(zone: string): Intl.DateTimeFormat {
  let clock = clocks.get(zone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * Whether the runtime knows `name` as a time zone by name (Asia/Tehran, Europe/London,
 * UTC). A bare offset (+03:30) is refused: it knows nothing of summer time.
 */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z]/.test(name)) return false;
  try {
    clockOf(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's clock at a moment given as minutes since 1970-01-01 00:00 UTC. */
export function wallClockAt(zone: string, utcMinutes: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of clockOf(zone).formatToParts(utcMinutes * 60_000)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const day = Math.floor(Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!) / 86_400_000);
  return { day, minute: parts['hour']! * 60 + parts['minute']! };
}

/** Minutes the zone's clock is ahead of UTC at a moment. */
function offsetAt(zone: string, utcMinutes: number): number {
  const clock = wallClockAt(zone, utcMinutes);
  return clock.day * MINUTES_PER_DAY + clock.minute - utcMinutes;
}

/**
 * The moment a zone's clock showed `clock`. A time skipped by a change to summer time
 * is read with the offset before the change; a time shown twice, at its first showing.
 */
export function momentOf(zone: string, clock: WallClock): number {
  const local = clock.day * MINUTES_PER_DAY + clock.minute;
  const before = offsetAt(zone, local - MINUTES_PER_DAY);
  const after = offsetAt(zone, local + MINUTES_PER_DAY);
  // The offset before a change first, so that a time shown twice is its first showing.
  for (const offset of [before, after]) {
    if (offsetAt(zone, local - offset) === offset) return local - offset;
  }
  return local - before;
}

/** A clock time in one zone as another zone's clock showed it at the same moment. */
export function convertWallClock(clock: WallClock, from: string, to: string): WallClock {
  return from === to ? clock : wallClockAt(to, momentOf(from, clock));
}

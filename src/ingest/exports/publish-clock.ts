/**
 * Publish times on the client's clock. X's legacy export writes UTC ("+0000"), Meta's
 * writes the clock of whoever downloaded it and says nothing: a time that states its
 * offset is converted, one that does not is read in the zone `files:` gives the file,
 * else in the client's own. The day can change on the way (23:30 UTC is the next day
 * in Tehran), and the post then counts on the client's day, in its daily totals too.
 */
import { isoDate, parseIsoDate } from '../../model/calendar.ts';
import { convertWallClock, MINUTES_PER_DAY, wallClockAt } from '../../model/time-zone.ts';
import { timeAfterDate } from './dates.ts';
import type { Reading } from './reading.ts';

/** How many timed rows must all show it before minutes equal to the month are taken for Meta's fault. */
const MONTH_IN_MINUTES_ROWS = 3;

export interface PlacedTime {
  /** The client's day, YYYY-MM-DD. */
  readonly day: string;
  /** Minutes after midnight on the client's clock; null when the export gives the day alone. */
  readonly minute: number | null;
}

export class PublishClock {
  readonly #reading: Reading;
  readonly #zone: string;
  /** Meta has written the month where the minutes belong ("12/12/2023 01:12"): then only the hour is real. */
  readonly #hourOnly: boolean;
  readonly #statedOffsets = new Set<number>();
  #unstatedFrom: string | null = null;
  #movedDays = 0;

  /** `dated`: each row's date as the adapter reads it, and the cell's text. */
  constructor(reading: Reading, dated: ReadonlyArray<{ readonly iso: string | null; readonly text: string }>) {
    this.#reading = reading;
    this.#zone = reading.context.timeZone;
    const timed = dated.flatMap(({ iso, text }) => {
      const time = iso === null ? null : timeAfterDate(text);
      return time === null ? [] : [{ month: Number(iso!.slice(5, 7)), minute: time.minute % 60 }];
    });
    this.#hourOnly = timed.length >= MONTH_IN_MINUTES_ROWS && timed.every(({ month, minute }) => minute === month);
  }

  /** The client's day and minute for a date the adapter read as `iso` from `text`. */
  place(iso: string, text: string): PlacedTime {
    const time = timeAfterDate(text);
    if (time === null) return { day: iso, minute: null };
    const day = parseIsoDate(iso)!;
    const minute = this.#hourOnly ? time.minute - (time.minute % 60) : time.minute;
    let clock;
    if (time.offset !== null) {
      this.#statedOffsets.add(time.offset);
      clock = wallClockAt(this.#zone, day * MINUTES_PER_DAY + minute - time.offset);
    } else {
      this.#reading.settingsUsed.add('timezone');
      const from = this.#reading.context.fileTimeZone ?? this.#zone;
      this.#unstatedFrom = from;
      clock = convertWallClock({ day, minute }, from, this.#zone);
    }
    if (clock.day !== day) this.#movedDays++;
    return { day: isoDate(clock.day), minute: clock.minute };
  }

  /** What the methodology should say about this file's times, once every row is placed. */
  finish(): void {
    const notes = this.#reading.notes;
    const zone = this.#zone;
    if (this.#statedOffsets.size > 0) {
      const stated = [...this.#statedOffsets].map(utcOffset).join(', ');
      notes.push(`publish times are written in ${stated} and shown on the ${zone} clock (timezone: in client.yaml)`);
    }
    if (this.#unstatedFrom !== null) {
      notes.push(
        this.#unstatedFrom === zone
          ? `publish times name no time zone: they are read as ${zone} time, the client's (timezone: in client.yaml)`
          : `publish times name no time zone: they are read as ${this.#unstatedFrom} time (files: in client.yaml) and shown on the ${zone} clock`,
      );
    }
    if (this.#hourOnly) {
      notes.push(
        "every publish time's minutes equal its month (Meta writes the month where the minutes belong): only the hour is used",
      );
    }
    if (this.#movedDays > 0) {
      notes.push(
        `posts on another day on the ${zone} clock than in the export: ${this.#movedDays.toLocaleString('en-US')}, each counted on its ${zone} day`,
      );
    }
  }
}

/** 0 -> "UTC", 210 -> "UTC+03:30", -300 -> "UTC-05:00". */
export function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const size = Math.abs(minutes);
  const hh = String(Math.floor(size / 60)).padStart(2, '0');
  const mm = String(size % 60).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

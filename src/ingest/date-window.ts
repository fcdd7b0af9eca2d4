/**
 * The span of dates data may carry. A year typed wrong (0205, 2205, 9999) would
 * otherwise publish a site with hundreds of empty months, or run out of memory
 * listing every month up to the year 9999. By default data may be dated from
 * 2000-01-01 to one year after today; client.yaml's `dates:` widens (or narrows) it
 * within 1900-01-01 to 2100-12-31. Data dated after today is read, with a warning.
 */
import { gregorianDay, isoDate, parseIsoDate, type Day } from '../model/calendar.ts';
import { quote, type Problem } from './problems.ts';

export const DEFAULT_EARLIEST = '2000-01-01';
/** How far client.yaml's `dates:` may go: beyond, a month list is long enough to hurt. */
export const OUTERMOST_EARLIEST = '1900-01-01';
export const OUTERMOST_LATEST = '2100-12-31';
/** The environment variable that sets "today" (YYYY-MM-DD), for tests and reproducible builds. */
export const TODAY_VARIABLE = 'RECAP_TODAY';

export interface DateWindow {
  readonly earliest: Day;
  readonly latest: Day;
  readonly today: Day;
  /** Whether client.yaml's dates: set either end, for the advice in messages. */
  readonly set: boolean;
}

/** The day one year after `day`: the same date next year (29 February goes to 28 February). */
export function oneYearAfter(day: Day): Day {
  const [year, month, dayOfMonth] = isoDate(day).split('-').map(Number) as [number, number, number];
  return gregorianDay(year + 1, month, dayOfMonth) ?? gregorianDay(year + 1, month, dayOfMonth - 1)!;
}

/** The client's window from its `dates:` setting (ISO days, already checked) and today. */
export function dateWindow(
  today: Day,
  setting?: { readonly earliest?: string | undefined; readonly latest?: string | undefined },
): DateWindow {
  return {
    earliest: parseIsoDate(setting?.earliest ?? DEFAULT_EARLIEST)!,
    latest: setting?.latest !== undefined ? parseIsoDate(setting.latest)! : oneYearAfter(today),
    today,
    set: setting?.earliest !== undefined || setting?.latest !== undefined,
  };
}

/** Today as a day: the `today` option, else RECAP_TODAY, else the clock's UTC date. */
export function resolveToday(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { today: Day; problem: null } | { today: Day; problem: Problem } {
  const clock = Math.floor(Date.now() / 86_400_000);
  if (option !== undefined) {
    const day = parseIsoDate(option);
    if (day === null) throw new Error(`loadDataDir: today must be a date YYYY-MM-DD, got ${JSON.stringify(option)}`);
    return { today: day, problem: null };
  }
  const variable = env[TODAY_VARIABLE]?.trim();
  if (variable === undefined || variable === '') return { today: clock, problem: null };
  const day = parseIsoDate(variable);
  if (day !== null) return { today: day, problem: null };
  return {
    today: clock,
    problem: {
      file: TODAY_VARIABLE,
      line: 1,
      column: 1,
      message: `found ${TODAY_VARIABLE}=${quote(variable)}, expected a date YYYY-MM-DD such as 2026-11-30, or the variable unset (then today is the clock's date)`,
    },
  };
}

/** Whether days `from` to `to` lie in the window. */
export function inWindow(window: DateWindow, from: Day, to: Day): boolean {
  return from >= window.earliest && to <= window.latest;
}

/** What the window is and how to widen it, after "found ..., ". */
export function windowExpectation(window: DateWindow): string {
  const span = `a date from ${isoDate(window.earliest)} to ${isoDate(window.latest)}`;
  const how = window.set
    ? "(client.yaml's dates: setting)"
    : '(from 2000-01-01 to one year after today; a date outside is most often a year typed wrong: if the data really is older or later, widen the window in client.yaml with dates: earliest: / latest:)';
  return `${span} ${how}`;
}

/**
 * Rows dated after today, counted per file: one warning at the first, saying how
 * many, rather than one per row (a file of next year's dates would print thousands).
 */
export class FutureDates {
  #first: { line: number; column: number; found: string } | null = null;
  #count = 0;

  /** `locate` is called for the first row only. */
  note(found: string, locate: () => { line: number; column: number }): void {
    if (this.#count++ === 0) this.#first = { ...locate(), found };
  }

  warning(file: string, today: Day): Problem | null {
    if (this.#first === null) return null;
    const { line, column, found } = this.#first;
    const more = this.#count - 1;
    const others =
      more === 0
        ? ''
        : ` (and ${more.toLocaleString('en-US')} more row${more === 1 ? '' : 's'} dated after today in this file)`;
    return {
      file,
      line,
      column,
      message: `date: found ${quote(found)}, after today (${isoDate(today)})${others}, expected data up to today: check the year; the rows are read all the same`,
    };
  }
}

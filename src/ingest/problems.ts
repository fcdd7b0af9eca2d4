/**
 * A problem found in the input, located precisely enough that a marketer who is
 * not a programmer can open the file and fix it.
 */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** 1-based character column in that line. */
  readonly column: number;
  /** Says what was found and what was expected. */
  readonly message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Quotes a found value so that blanks, spaces and odd characters stay visible. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

export function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** How many problems of one file are listed; the rest are counted. */
export const PROBLEMS_PER_FILE = 50;

const HIDDEN = Symbol('problems not listed');

interface Tally {
  listed: number;
  hidden: number;
  /** The first problem not listed, where the summary points. */
  first: Problem | null;
}

type Summary = Problem & { readonly [HIDDEN]: { readonly count: number; readonly first: Problem } };

/**
 * A list of problems that keeps the first PROBLEMS_PER_FILE of each file and only
 * counts the others, so a million bad rows take neither a million lines of report
 * nor the memory to hold them. `finish()` adds one problem per file that had more,
 * at the first one left out, saying how many. A finished list pushed into another
 * adds its count to that list's.
 */
export class ProblemList extends Array<Problem> {
  // map, filter and slice make plain arrays.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  readonly #tallies = new Map<string, Tally>();

  /**
   * Whether a problem of `file` would only be counted now: its message need not be
   * written (`count` it instead), which matters when a 500,000-column header has a
   * suggestion to work out for every column.
   */
  isFull(file: string): boolean {
    const tally = this.#tallies.get(file);
    return tally !== undefined && tally.listed >= PROBLEMS_PER_FILE && tally.first !== null;
  }

  /** Counts a problem of a full file (see isFull) without its message. */
  count(file: string): void {
    this.#tallies.get(file)!.hidden++;
  }

  override push(...problems: Problem[]): number {
    for (const problem of problems) this.add(problem);
    return this.length;
  }

  add(problem: Problem): void {
    let tally = this.#tallies.get(problem.file);
    if (!tally) {
      tally = { listed: 0, hidden: 0, first: null };
      this.#tallies.set(problem.file, tally);
    }
    const summary = (problem as Partial<Summary>)[HIDDEN];
    if (summary) {
      tally.hidden += summary.count;
      tally.first ??= summary.first;
    } else if (tally.listed < PROBLEMS_PER_FILE) {
      tally.listed++;
      super.push(problem);
    } else {
      if (tally.hidden === 0) tally.first = problem;
      tally.hidden++;
    }
  }

  /** Adds the summary of each file with problems left out; returns the list. */
  finish(): this {
    for (const tally of this.#tallies.values()) {
      if (tally.hidden === 0 || tally.first === null) continue;
      const { file, line, column, message } = tally.first;
      const count = tally.hidden.toLocaleString('en-US');
      const summary: Summary = {
        file,
        line,
        column,
        message: `and ${count} more problem${tally.hidden === 1 ? '' : 's'} in this file, not listed to keep the report readable (often the same mistake repeated; fix the ones above and validate again), the first of them here: ${message}`,
        [HIDDEN]: { count: tally.hidden, first: tally.first },
      };
      super.push(summary);
      tally.hidden = 0;
      tally.first = null;
    }
    return this;
  }
}

/** A problem's message split along the "found <value>, expected <what>" convention. */
export interface ProblemParts {
  /** The message up to what was expected: the setting or column, and what was found. */
  readonly head: string;
  /**
   * What was found: the bare value when the words after "found" open with a quoted value
   * (`impressions: found "12x", ...` gives `12x`, cut to 60 characters as `quote` shows it),
   * else those words as written (`an empty cell`, `nothing`, `2 fields`); null when the
   * message names nothing found.
   */
  readonly value: string | null;
  /** What was expected, to the end of the message; null when the message expects nothing. */
  readonly expected: string | null;
}

const QUOTED_VALUE = /"(?:[^"\\]|\\.)*"/y;

/**
 * Splits a message into what was found and what was expected, for tools that read
 * `npm run validate -- --format json`.
 */
export function problemParts(problem: Pick<Problem, 'message'>): ProblemParts {
  const message = problem.message;
  const isFound = (i: number) => (i === 0 || message[i - 1] === ' ') && message.startsWith('found ', i);
  const isExpected = (i: number) => /^[,;] expected /.test(message.slice(i, i + 11));
  const found = wordAt(message, 0, isFound);
  const foundEnd = found === null ? 0 : found + 'found '.length;
  const separator = wordAt(message, foundEnd, isExpected);
  const expected = separator === null ? null : message.slice(separator + ', expected '.length);
  const head = separator === null ? message : message.slice(0, separator);
  const foundText = found === null ? '' : message.slice(foundEnd, separator ?? message.length);
  return { head, value: foundText === '' ? null : leadingValue(foundText), expected };
}

/**
 * The first index from `from` where `matches`, skipping quoted values (a value may
 * hold "found" or ", expected" itself); a stray quote, as in a YAML error that says
 * `Missing closing "quote`, falls back to the plain first match.
 */
function wordAt(text: string, from: number, matches: (index: number) => boolean): number | null {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '"') {
      QUOTED_VALUE.lastIndex = i;
      if (QUOTED_VALUE.test(text)) {
        i = QUOTED_VALUE.lastIndex - 1;
        continue;
      }
    }
    if (matches(i)) return i;
  }
  for (let i = from; i < text.length; i++) if (matches(i)) return i;
  return null;
}

/** `"$8.27" in column "Amount Spent (USD)"` is the value `$8.27`; `2 fields` stays as it is. */
function leadingValue(text: string): string {
  QUOTED_VALUE.lastIndex = 0;
  const match = QUOTED_VALUE.exec(text);
  if (match === null || match.index !== 0) return text;
  try {
    return JSON.parse(match[0]) as string;
  } catch {
    return text;
  }
}

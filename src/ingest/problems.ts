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

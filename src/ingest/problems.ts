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

/**
 * `npm run validate -- --watch`: validates again on every change to the data folder and
 * prints only what changed since the last run, the problems that are new and those that
 * are fixed, so that a person fixing a file sees the effect of each save.
 */
import { formatProblem } from './ingest/problems.ts';
import type { DataLoad } from './ingest/load-data-dir.ts';
import { summaryLine } from './validate.ts';

/** The problems of a run as validate prints them, errors and warnings. */
export function problemLines(load: DataLoad): string[] {
  return [...load.problems.map(formatProblem), ...load.warnings.map((w) => `${formatProblem(w)} (warning)`)];
}

/** What a run says after the one before: each new problem, each fixed one, and the summary. */
export function changesSince(before: readonly string[], load: DataLoad): { lines: string[]; problems: string[] } {
  const now = problemLines(load);
  const was = new Set(before);
  const is = new Set(now);
  const added = now.filter((line) => !was.has(line)).map((line) => `new: ${line}`);
  const fixed = before.filter((line) => !is.has(line)).map((line) => `fixed: ${line}`);
  const lines = added.length + fixed.length === 0 ? ['no change in the problems'] : [...added, ...fixed];
  return { lines: [...lines, summaryLine(load)], problems: now };
}

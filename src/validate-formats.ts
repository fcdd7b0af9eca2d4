/**
 * The ways `npm run validate -- --format <format>` prints problems: text for a person,
 * github for GitHub Actions annotations on the file's line, json for other tools.
 * Errors stop a build; warnings are data that looks wrong but may be right.
 */
import { parseArgs } from 'node:util';
import { formatProblem, problemParts, type Problem } from './ingest/problems.ts';

export const VALIDATE_FORMATS = ['text', 'github', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];
export type Severity = 'error' | 'warning';

export const VALIDATE_USAGE = `usage: npm run validate -- [--format ${VALIDATE_FORMATS.join('|')}] [--watch]`;

/** The options of `npm run validate`, or a one-line error that names the allowed ones. */
export function parseValidateArgs(
  args: readonly string[],
): { format: ValidateFormat; watch: boolean } | { error: string } {
  let format: string;
  let watch: boolean;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { format: { type: 'string', default: 'text' }, watch: { type: 'boolean', default: false } },
    });
    format = values.format;
    watch = values.watch;
  } catch (error) {
    // Node's own message runs to several sentences; its first says what was wrong.
    const said = error instanceof Error ? error.message.split(/\.\s|\n/)[0] : String(error);
    return { error: `npm run validate: ${said}; ${VALIDATE_USAGE}` };
  }
  if (!isFormat(format)) {
    return {
      error: `npm run validate: found --format ${JSON.stringify(format)}, expected one of ${VALIDATE_FORMATS.join(', ')}`,
    };
  }
  if (watch && format !== 'text') {
    return {
      error: `npm run validate: found --watch with --format ${format}, expected --watch alone: it prints for a person`,
    };
  }
  return { format, watch };
}

function isFormat(value: string): value is ValidateFormat {
  return (VALIDATE_FORMATS as readonly string[]).includes(value);
}

/** One line per problem, errors as they always were, each warning marked as one. */
export function textProblemLines(errors: readonly Problem[], warnings: readonly Problem[]): string[] {
  return [
    ...errors.map(formatProblem),
    ...warnings.map((w) => `${w.file}:${w.line}:${w.column}: warning: ${w.message}`),
  ];
}

/** GitHub's escaping of a workflow command's message. */
export function escapeGithubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** GitHub's escaping of a workflow command's property value (file, title). */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

const TITLE_LENGTH = 80;

/**
 * The bold line above the message on the pull request: "Recap: " and what was found
 * where (`Recap: impressions: found "12x"`), the rest of the message under it.
 */
export function annotationTitle(problem: Problem): string {
  const title = `Recap: ${problemParts(problem).head}`;
  return title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 3)}...` : title;
}

/** `::error file=...,line=...,col=...,title=...::message`, which GitHub shows on that line of the file. */
export function githubAnnotation(problem: Problem, severity: Severity): string {
  const properties = [
    `file=${escapeGithubProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeGithubProperty(annotationTitle(problem))}`,
  ];
  return `::${severity} ${properties.join(',')}::${escapeGithubData(problem.message)}`;
}

export function githubAnnotations(errors: readonly Problem[], warnings: readonly Problem[]): string[] {
  return [...errors.map((e) => githubAnnotation(e, 'error')), ...warnings.map((w) => githubAnnotation(w, 'warning'))];
}

/** A problem as `--format json` gives it. */
export interface ProblemRecord {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** What was found (see problemParts); null when the message names nothing. */
  readonly value: string | null;
  /** What was expected; null when the message says nothing expected. */
  readonly expected: string | null;
  readonly severity: Severity;
}

export function problemRecords(errors: readonly Problem[], warnings: readonly Problem[]): ProblemRecord[] {
  const record = (problem: Problem, severity: Severity): ProblemRecord => {
    const { value, expected } = problemParts(problem);
    return {
      file: problem.file,
      line: problem.line,
      column: problem.column,
      message: problem.message,
      value,
      expected,
      severity,
    };
  };
  return [...errors.map((e) => record(e, 'error')), ...warnings.map((w) => record(w, 'warning'))];
}

/** The JSON array `--format json` prints: every error, then every warning. */
export function jsonReport(errors: readonly Problem[], warnings: readonly Problem[]): string {
  return JSON.stringify(problemRecords(errors, warnings), null, 2);
}

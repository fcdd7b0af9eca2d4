/**
 * The formats of `npm run validate`: options, GitHub's escaping and annotations, the
 * JSON records, and what goes to stdout and stderr with which exit code.
 */
import { describe, expect, it } from 'vitest';
import type { DataLoad } from '../../src/ingest/load-data-dir.ts';
import type { Problem } from '../../src/ingest/problems.ts';
import { validateOutput, validationReport } from '../../src/validate.ts';
import {
  annotationTitle,
  escapeGithubData,
  escapeGithubProperty,
  githubAnnotation,
  githubAnnotations,
  jsonReport,
  parseValidateArgs,
  problemRecords,
  textProblemLines,
} from '../../src/validate-formats.ts';

const cell: Problem = {
  file: 'data/acme/a.csv',
  line: 3,
  column: 21,
  message:
    'impressions: found "12x", expected a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value',
};
const setting: Problem = {
  file: 'data/acme/client.yaml',
  line: 2,
  column: 11,
  message: 'currency: found "DOLLARS", expected an ISO 4217 currency code such as USD, EUR or IRR',
};
const suspicious: Problem = {
  file: 'data/acme/a.csv',
  line: 9,
  column: 21,
  message: 'impressions: found "9000000", expected about 1,000 as on the days around it',
};

/** A load as loadDataDir gives it, with the `warnings` field it is about to gain. */
function load(problems: Problem[], warnings: Problem[] = []): DataLoad {
  return {
    dataDir: 'data',
    clients: [],
    clientFolders: 1,
    files: [{ file: 'data/acme/a.csv', shape: 'wide', rowsRead: 10, rowsAccepted: 9 }],
    problems,
    warnings,
  };
}

describe('validate options', () => {
  it('defaults to text and takes --format as two arguments or one', () => {
    expect(parseValidateArgs([])).toEqual({ format: 'text', watch: false });
    expect(parseValidateArgs(['--format', 'github'])).toEqual({ format: 'github', watch: false });
    expect(parseValidateArgs(['--format=json'])).toEqual({ format: 'json', watch: false });
    expect(parseValidateArgs(['--format', 'text'])).toEqual({ format: 'text', watch: false });
    expect(parseValidateArgs(['--watch'])).toEqual({ format: 'text', watch: true });
    expect(parseValidateArgs(['--watch', '--format', 'json'])).toEqual({
      error: 'npm run validate: found --watch with --format json, expected --watch alone: it prints for a person',
    });
  });

  it('refuses an unknown format in one line naming the allowed ones', () => {
    expect(parseValidateArgs(['--format', 'xml'])).toEqual({
      error: 'npm run validate: found --format "xml", expected one of text, github, json',
    });
    expect(parseValidateArgs(['--format', 'GitHub'])).toHaveProperty('error');
  });

  it('refuses an unknown option, a missing value and a stray argument in one line each, with the usage', () => {
    for (const args of [['--formats', 'json'], ['--format'], ['github']]) {
      const result = parseValidateArgs(args);
      expect(result, args.join(' ')).toHaveProperty('error');
      const error = (result as { error: string }).error;
      expect(error).not.toContain('\n');
      expect(error).toMatch(
        /^npm run validate: .+; usage: npm run validate -- \[--format text\|github\|json\] \[--watch\]$/,
      );
    }
    expect((parseValidateArgs(['--formats', 'json']) as { error: string }).error).toContain("'--formats'");
  });
});

describe("GitHub's escaping", () => {
  it('escapes %, CR and LF in the message, % first so that an escape is not escaped again', () => {
    expect(escapeGithubData('50% off\r\nnext')).toBe('50%25 off%0D%0Anext');
    expect(escapeGithubData('already %0A')).toBe('already %250A');
    expect(escapeGithubData('a: b, c')).toBe('a: b, c');
  });

  it('escapes : and , as well in a property value', () => {
    expect(escapeGithubProperty('data/a,b/x:y.csv')).toBe('data/a%2Cb/x%3Ay.csv');
    expect(escapeGithubProperty('100%\n')).toBe('100%25%0A');
  });
});

describe('annotations', () => {
  it('puts an error on its file, line and column, titled with what was found where', () => {
    // The % of "% sign" is the one character of this message that GitHub needs escaped.
    expect(githubAnnotation(cell, 'error')).toBe(
      '::error file=data/acme/a.csv,line=3,col=21,title=Recap%3A impressions%3A found "12x"::' +
        'impressions: found "12x", expected a number such as 1234 or 1234.5 (decimal point ".", no units or %25 sign); leave the cell empty when there is no value',
    );
  });

  it('writes a warning as ::warning, after the errors', () => {
    const lines = githubAnnotations([setting], [suspicious]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=data\/acme\/client\.yaml,line=2,col=11,title=Recap%3A currency%3A found "DOLLARS"::currency: found "DOLLARS", expected an ISO 4217/,
    );
    expect(lines[1]).toMatch(
      /^::warning file=data\/acme\/a\.csv,line=9,col=21,title=Recap%3A impressions%3A found "9000000"::/,
    );
  });

  it('keeps a title to 80 characters', () => {
    const long: Problem = { ...cell, message: `found columns "${'Impressions, '.repeat(10)}", expected a date column` };
    const title = annotationTitle(long);
    expect(title).toHaveLength(80);
    expect(title).toMatch(/^Recap: found columns "Impressions, Impressions, .*\.\.\.$/);
    expect(annotationTitle(setting)).toBe('Recap: currency: found "DOLLARS"');
  });

  it('titles a message that names nothing found with the part before "expected"', () => {
    const empty: Problem = { ...cell, message: 'the file is empty; expected a header row' };
    expect(annotationTitle(empty)).toBe('Recap: the file is empty');
  });
});

describe('JSON records', () => {
  it('gives each problem its place, message, value, expected and severity', () => {
    expect(problemRecords([cell], [suspicious])).toEqual([
      {
        file: 'data/acme/a.csv',
        line: 3,
        column: 21,
        message: cell.message,
        value: '12x',
        expected:
          'a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value',
        severity: 'error',
      },
      {
        file: 'data/acme/a.csv',
        line: 9,
        column: 21,
        message: suspicious.message,
        value: '9000000',
        expected: 'about 1,000 as on the days around it',
        severity: 'warning',
      },
    ]);
  });

  it('prints an array that parses back to the records, [] when the data is clean', () => {
    expect(JSON.parse(jsonReport([setting], []))).toEqual(problemRecords([setting], []));
    expect(JSON.parse(jsonReport([], []))).toEqual([]);
  });
});

describe('text', () => {
  it('prints errors as they always were and marks warnings', () => {
    expect(textProblemLines([cell], [suspicious])).toEqual([
      `data/acme/a.csv:3:21: ${cell.message}`,
      `data/acme/a.csv:9:21: warning: ${suspicious.message}`,
    ]);
  });

  it('counts warnings in the summary only when there are some', () => {
    expect(
      validationReport(load([cell]))
        .split('\n')
        .at(-1),
    ).toBe('data: 1 client, 1 file, 10 rows read, 9 rows accepted, 1 problem.');
    expect(
      validationReport(load([cell], [suspicious, suspicious]))
        .split('\n')
        .at(-1),
    ).toBe('data: 1 client, 1 file, 10 rows read, 9 rows accepted, 1 problem, 2 warnings.');
  });
});

describe('what validate prints where, and its exit code', () => {
  it('text: the report on stderr with exit 1 on errors, on stdout with exit 0 otherwise', () => {
    const failed = validateOutput(load([cell]), 'text');
    expect(failed).toEqual({ stdout: '', stderr: validationReport(load([cell])), exitCode: 1 });
    const clean = validateOutput(load([]), 'text');
    expect(clean).toEqual({ stdout: validationReport(load([])), stderr: '', exitCode: 0 });
  });

  it('warnings alone never fail the check, in any format', () => {
    for (const format of ['text', 'github', 'json'] as const) {
      expect(validateOutput(load([], [suspicious]), format).exitCode, format).toBe(0);
      expect(validateOutput(load([cell], [suspicious]), format).exitCode, format).toBe(1);
    }
    expect(validateOutput(load([], [suspicious]), 'text').stdout).toContain(': warning: impressions: found "9000000"');
  });

  it('github: one annotation per problem on stdout, then the summary', () => {
    const output = validateOutput(load([cell, setting], [suspicious]), 'github');
    expect(output.stdout.split('\n')).toEqual([
      githubAnnotation(cell, 'error'),
      githubAnnotation(setting, 'error'),
      githubAnnotation(suspicious, 'warning'),
      'data: 1 client, 1 file, 10 rows read, 9 rows accepted, 2 problems, 1 warning.',
    ]);
    expect(output.stderr).toBe('');
  });

  it('json: the array alone on stdout, the summary on stderr', () => {
    const output = validateOutput(load([cell], [suspicious]), 'json');
    expect(JSON.parse(output.stdout)).toEqual(problemRecords([cell], [suspicious]));
    expect(output.stderr).toBe('data: 1 client, 1 file, 10 rows read, 9 rows accepted, 1 problem, 1 warning.');
  });
});

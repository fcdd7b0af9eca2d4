/**
 * The real `npm run validate` (node scripts/validate.ts from the project root) on a data
 * folder with known bad cells and a bad setting: GitHub annotations and JSON records
 * land on the right file, line and column. Columns are counted by hand in the comments.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';

cleanUpTempDirs();

const ROOT = path.resolve(import.meta.dirname, '../..');

function validate(dataDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** How the CLI shows a path: relative to the project root it runs in. */
function rel(absolute: string): string {
  return path.relative(ROOT, absolute).split(path.sep).join('/');
}

/**
 * The bad data: two bad cells in a CSV, a bad currency in client.yaml, and a clean client.
 * 3 rows are read; only beta's is used, as each of acme's two holds a bad cell.
 */
function badData(): string {
  return makeDataDir({
    // currency: DOLLARS: the value starts at column 11 of line 2
    'acme/client.yaml': 'name: Acme\ncurrency: DOLLARS\n',
    // line 2: "2025-01-01,facebook," is 20 characters, so 12x is at column 21
    // line 3: "2025-01-02,facebook,5," is 22 characters, so -2 is at column 23
    'acme/a.csv': 'date,platform,impressions,clicks\n2025-01-01,facebook,12x,3\n2025-01-02,facebook,5,-2\n',
    'beta/client.yaml': 'name: Beta\n',
    'beta/b.csv': 'date,platform,impressions\n2025-01-01,instagram,7\n',
  });
}

describe('npm run validate -- --format github', () => {
  it('prints one ::error per problem at its file, line and column, then the summary, and exits 1', () => {
    const dir = badData();
    const csv = rel(path.join(dir, 'acme/a.csv'));
    const yaml = rel(path.join(dir, 'acme/client.yaml'));
    const { code, stdout, stderr } = validate(dir, '--format', 'github');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `::error file=${csv},line=2,col=21,title=Recap%3A impressions%3A found "12x"::` +
        'impressions: found "12x", expected a number such as 1234 or 1234.5 (decimal point ".", no units or %25 sign); leave the cell empty when there is no value',
    );
    expect(lines[1]).toBe(
      `::error file=${csv},line=3,col=23,title=Recap%3A clicks%3A found "-2"::clicks: found "-2", expected zero or a positive number`,
    );
    expect(lines[2]).toBe(
      `::error file=${yaml},line=2,col=11,title=Recap%3A currency%3A found "DOLLARS"::` +
        'currency: found "DOLLARS", expected an ISO 4217 currency code such as USD, EUR or IRR',
    );
    expect(lines[3]).toBe(`${rel(dir)}: 2 clients, 2 files, 3 rows read, 1 row accepted, 3 problems.`);
  });

  it('prints only the summary and exits 0 when the data is clean', () => {
    const dir = makeDataDir({
      'beta/client.yaml': 'name: Beta\n',
      'beta/b.csv': 'date,platform,clicks\n2025-01-01,x,1\n',
    });
    const { code, stdout } = validate(dir, '--format=github');
    expect(stdout.trimEnd()).toBe(`${rel(dir)}: 1 client, 1 file, 1 row read, 1 row accepted, 0 problems.`);
    expect(code).toBe(0);
  });
});

describe('npm run validate -- --format json', () => {
  it('prints the problems as a JSON array alone on stdout, the summary on stderr, and exits 1', () => {
    const dir = badData();
    const csv = rel(path.join(dir, 'acme/a.csv'));
    const { code, stdout, stderr } = validate(dir, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr.trimEnd()).toBe(`${rel(dir)}: 2 clients, 2 files, 3 rows read, 1 row accepted, 3 problems.`);
    const records = JSON.parse(stdout) as unknown[];
    expect(records).toEqual([
      {
        file: csv,
        line: 2,
        column: 21,
        message: expect.stringMatching(/^impressions: found "12x", expected a number/),
        value: '12x',
        expected:
          'a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value',
        severity: 'error',
      },
      {
        file: csv,
        line: 3,
        column: 23,
        message: 'clicks: found "-2", expected zero or a positive number',
        value: '-2',
        expected: 'zero or a positive number',
        severity: 'error',
      },
      {
        file: rel(path.join(dir, 'acme/client.yaml')),
        line: 2,
        column: 11,
        message: 'currency: found "DOLLARS", expected an ISO 4217 currency code such as USD, EUR or IRR',
        value: 'DOLLARS',
        expected: 'an ISO 4217 currency code such as USD, EUR or IRR',
        severity: 'error',
      },
    ]);
  });

  it('prints [] and exits 0 when the data is clean', () => {
    const dir = makeDataDir({
      'beta/client.yaml': 'name: Beta\n',
      'beta/b.csv': 'date,platform,clicks\n2025-01-01,x,1\n',
    });
    const { code, stdout } = validate(dir, '--format', 'json');
    expect(JSON.parse(stdout)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('npm run validate with a format it does not know', () => {
  it('prints one line naming the allowed formats and exits 2, without reading the data', () => {
    const missing = path.join(makeDataDir({}), 'missing');
    const { code, stdout, stderr } = validate(missing, '--format', 'xml');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('npm run validate: found --format "xml", expected one of text, github, json\n');
  });

  it('keeps the text report as it was when no format is given', () => {
    const dir = badData();
    const { code, stdout, stderr } = validate(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(
      `${rel(path.join(dir, 'acme/a.csv'))}:2:21: impressions: found "12x", expected a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value`,
    );
  });
});

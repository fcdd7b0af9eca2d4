/**
 * `npm run validate` end to end: node scripts/validate.ts with DATA_DIR pointing at a
 * temp data dir, run from the project root.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromEnv, validationReport } from '../../src/validate.ts';
import { cleanUpTempDirs, makeDataDir } from './helpers.ts';

cleanUpTempDirs();

const ROOT = path.resolve(import.meta.dirname, '../..');

function validate(dataDir: string) {
  const result = spawnSync(process.execPath, ['scripts/validate.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  const lines = (result.stdout + result.stderr).split('\n').filter((line) => line !== '');
  return { code: result.status, lines, stdout: result.stdout, stderr: result.stderr };
}

/** How the CLI shows a path: relative to the project root it runs in. */
function rel(absolute: string): string {
  return path.relative(ROOT, absolute).split(path.sep).join('/');
}

describe('npm run validate', () => {
  it('prints every problem one per line, then the summary, and exits 1', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\ncurrency: DOLLARS\n',
      'acme/a.csv':
        'date,platform,impressions\n2025-01-01,facebook,12x\n2025-01-02,facebook,5\n2025-13-01,facebook,6\n',
      'beta/client.yaml': 'name: Beta\n',
      'beta/b.csv': 'date,platform,impresions,clicks\n2025-01-01,instagram,1,2\n2025-01-02,instagram,3,4\n',
    });
    const { code, lines } = validate(dir);
    const acme = rel(path.join(dir, 'acme'));
    const beta = rel(path.join(dir, 'beta'));
    expect(code).toBe(1);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(
      new RegExp(`^${escape(`${acme}/a.csv:2:21: impressions: found "12x", expected a number`)}`),
    );
    expect(lines[1]).toMatch(new RegExp(`^${escape(`${acme}/a.csv:4:1: date: found "2025-13-01", expected`)}`));
    expect(lines[2]).toMatch(
      new RegExp(`^${escape(`${acme}/client.yaml:2:11: currency: found "DOLLARS", expected an ISO 4217`)}`),
    );
    expect(lines[3]).toMatch(
      new RegExp(`^${escape(`${beta}/b.csv:1:15: found column "impresions"`)}.*did you mean "impressions"\\?`),
    );
    // Then each file as it was read: a.csv kept 1 of its 3 rows, b.csv both (only the misspelt column is skipped).
    expect(lines[4]).toBe(`${acme}/a.csv: Recap wide file, 3 rows read, 1 used`);
    expect(lines[5]).toBe(`${beta}/b.csv: Recap wide file, 2 rows read, 2 used`);
    expect(lines[6]).toMatch(new RegExp(`^${escape(rel(dir))}: .* rows accepted, 4 problems\\.$`));
  });

  it('counts in the summary the files and rows it checked in a client whose client.yaml is bad', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\ncurrency: DOLLARS\n',
      'acme/a.csv':
        'date,platform,impressions\n2025-01-01,facebook,12x\n2025-01-02,facebook,5\n2025-01-03,facebook,6\n',
      'beta/client.yaml': 'name: Beta\n',
      'beta/b.csv': 'date,platform,clicks\n2025-01-01,instagram,2\n2025-01-02,instagram,4\n',
    });
    const { code, lines } = validate(dir);
    expect(code).toBe(1);
    expect(lines).toHaveLength(5);
    // acme/a.csv was read and checked (its problem is printed): 3 rows read, 2 accepted; beta/b.csv 2 and 2
    expect(lines[4]).toMatch(
      new RegExp(`^${escape(rel(dir))}: [12] clients?, 2 files, 5 rows read, 4 rows accepted, 2 problems\\.$`),
    );
  });

  it('counts the files and rows of every client in the summary', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv':
        'date,platform,impressions\n2025-01-01,facebook,12x\n2025-01-02,facebook,5\n2025-01-03,facebook,6\n',
      'acme/b.csv': 'date,platform,metric,value\n2025-01-01,facebook,clicks,1\n',
    });
    const { code, lines } = validate(dir);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${escape(`${rel(path.join(dir, 'acme/a.csv'))}:2:21: `)}`)),
      `${rel(path.join(dir, 'acme/a.csv'))}: Recap wide file, 3 rows read, 2 used`,
      `${rel(path.join(dir, 'acme/b.csv'))}: Recap long file, 1 row read, 1 used`,
      `${rel(dir)}: 1 client, 2 files, 4 rows read, 3 rows accepted, 1 problem.`,
    ]);
  });

  it('exits 0 and prints each file as it was read, then the summary, when the data is clean', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv':
        '\ufeffdate,platform,impressions,clicks\r\n2025-01-01,facebook,"1,234",\r\n2025-01-02,facebook, 42 ,۱۲۳\r\n',
      'beta/client.yaml': 'name: Beta\ncurrency: EUR\n',
      'beta/b.csv': 'date,platform,metric,value\n2025-01,instagram,spend,10.5\n',
    });
    const { code, lines, stderr } = validate(dir);
    expect(stderr).toBe('');
    expect(lines).toEqual([
      `${rel(dir)}/acme/a.csv: Recap wide file, 2 rows read, 2 used`,
      `${rel(dir)}/beta/b.csv: Recap long file, 1 row read, 1 used`,
      `${rel(dir)}: 2 clients, 2 files, 3 rows read, 3 rows accepted, 0 problems.`,
    ]);
    expect(code).toBe(0);
  });

  it('exits 1 when DATA_DIR does not exist', () => {
    const dir = path.join(makeDataDir({}), 'missing');
    const { code, lines } = validate(dir);
    expect(code).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${escape(`${rel(dir)}:1:1: found no such folder`)}`)),
      `${rel(dir)}: 0 clients, 0 files, 0 rows read, 0 rows accepted, 1 problem.`,
    ]);
  });

  it('reports a file that is not UTF-8 without crashing', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv': Uint8Array.from([
        ...Buffer.from('date,platform,campaign,impressions\n2025-01-01,facebook,Caf'),
        0xe9,
        ...Buffer.from(',5\n'),
      ]),
    });
    const { code, lines } = validate(dir);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${escape(`${rel(path.join(dir, 'acme/a.csv'))}:2:24: found byte 0xE9`)}`));
    expect(lines[1]).toBe(`${rel(path.join(dir, 'acme/a.csv'))}: not read, 0 rows read, 0 used`);
    expect(lines).toHaveLength(3);
  });
});

describe('DATA_DIR and the report', () => {
  it('defaults to data and trims the variable', () => {
    expect(dataDirFromEnv({})).toBe('data');
    expect(dataDirFromEnv({ DATA_DIR: '' })).toBe('data');
    expect(dataDirFromEnv({ DATA_DIR: '  ' })).toBe('data');
    expect(dataDirFromEnv({ DATA_DIR: ' other ' })).toBe('other');
  });

  it('formats problems as path:line:column: message and the summary with thousands separators', () => {
    const report = validationReport({
      dataDir: 'data',
      clients: [],
      clientFolders: 0,
      files: [
        { file: 'data/a/x.csv', shape: 'wide', rowsRead: 12345, rowsAccepted: 12344 },
        {
          file: 'data/a/posts.csv',
          shape: null,
          rowsRead: 30,
          rowsAccepted: 28,
          format: 'X posts (content export)',
          notes: ['2 posts replaced by the newer export data/a/posts-new.csv'],
        },
      ],
      problems: [{ file: 'data/a/x.csv', line: 3, column: 21, message: 'impressions: found "x", expected a number' }],
      warnings: [],
    });
    expect(report.split('\n')).toEqual([
      'data/a/x.csv:3:21: impressions: found "x", expected a number',
      'data/a/x.csv: Recap wide file, 12,345 rows read, 12,344 used',
      'data/a/posts.csv: X posts (content export), 30 rows read, 28 used (2 posts replaced by the newer export data/a/posts-new.csv)',
      'data: 0 clients, 2 files, 12,375 rows read, 12,372 rows accepted, 1 problem.',
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

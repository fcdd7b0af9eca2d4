/**
 * Huge bad files: a header of 500,000 columns, a client.yaml of 30,000 unknown keys, a
 * million bad rows. Nothing is quadratic in the size of the file, and each file lists
 * at most 50 problems, then one that says how many more there are.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FieldLocator, fieldLocation } from '../../src/ingest/csv.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { PROBLEMS_PER_FILE, ProblemList, type Problem } from '../../src/ingest/problems.ts';
import { nearest } from '../../src/ingest/suggest.ts';
import { cleanUpTempDirs, expectProblems, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

function load(files: DirSpec, clientYaml?: string) {
  const dir = oneClient(files, clientYaml);
  const started = performance.now();
  const result = loadDataDir(dir, { today: '2026-11-30' });
  return {
    ...result,
    seconds: (performance.now() - started) / 1000,
    at: (name: string) => shown(path.join(dir, 'acme', name)),
  };
}

describe('ProblemList', () => {
  const problem = (file: string, line: number): Problem => ({ file, line, column: 1, message: `bad ${line}` });

  it('keeps the first 50 problems of each file and says how many more there were, at the first left out', () => {
    const list = new ProblemList();
    for (let line = 1; line <= 12_395; line++) list.push(problem('a.csv', line));
    list.push(problem('b.csv', 7));
    list.finish();
    expect(list).toHaveLength(PROBLEMS_PER_FILE + 2);
    expect(
      list
        .filter((p) => p.file === 'a.csv')
        .slice(0, 50)
        .map((p) => p.line),
    ).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(list.at(-1)).toMatchObject({ file: 'a.csv', line: 51, column: 1 });
    expect(list.at(-1)!.message).toBe(
      'and 12,345 more problems in this file, not listed to keep the report readable (often the same mistake repeated; fix the ones above and validate again), the first of them here: bad 51',
    );
  });

  it('adds the count of a finished list pushed into another', () => {
    const inner = new ProblemList();
    for (let line = 1; line <= 60; line++) inner.push(problem('a.csv', line));
    const outer = new ProblemList();
    outer.push(...inner.finish());
    outer.push(problem('a.csv', 99));
    outer.finish();
    expect(outer).toHaveLength(51);
    expect(outer.at(-1)!.message).toMatch(/^and 11 more problems in this file, .* here: bad 51$/);
  });

  it('counts without a message once a file is full', () => {
    const list = new ProblemList();
    for (let line = 1; line <= 51; line++) list.push(problem('a.csv', line));
    expect(list.isFull('a.csv')).toBe(true);
    expect(list.isFull('b.csv')).toBe(false);
    list.count('a.csv');
    list.finish();
    expect(list.at(-1)!.message).toMatch(/^and 2 more problems/);
  });
});

describe('FieldLocator', () => {
  it('finds every field where fieldLocation does, going on from the last field asked for', () => {
    const text = 'a,"b,\nc",😀x,,"d""e"\r\nf,g\n';
    const record = { line: 1, offset: 0 };
    const locator = new FieldLocator(text);
    const expected = [0, 1, 2, 3, 4, 5].map((i) => fieldLocation(text, record, i));
    // "a,": field 1 at column 3; after the quoted line break field 2 is on line 2 at column 4
    expect(expected.slice(0, 4)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 4 },
      { line: 2, column: 7 },
    ]);
    for (const i of [0, 2, 3, 4, 1, 5, 4]) expect(locator.locate(record, i)).toEqual(expected[i]);
  });
});

describe('did-you-mean on long names and long lists', () => {
  it('suggests nothing for a name far longer than any candidate, and stops after a few thousand candidates', () => {
    expect(nearest('x'.repeat(100_000), ['impressions'])).toBeUndefined();
    const many = Array.from({ length: 1_000_000 }, (_, i) => `candidate_${i}`);
    const started = performance.now();
    nearest('candidat_999999', many);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('huge bad files answer in seconds', () => {
  it('a header of 500,000 unknown columns (4.9 MB): 50 problems, then the count of the rest', () => {
    const columns = Array.from({ length: 500_000 }, (_, i) => `c${i}`);
    const { problems, at, seconds } = load({
      'wide.csv': `date,platform,${columns.join(',')}\n2025-01-01,x,${columns.map(() => '1').join(',')}\n`,
    });
    expect(problems).toHaveLength(51);
    // "date,platform,c0,c1,...": c0 at column 15, each next 3 characters on (c0..c9), so c50 at 15 + 10 x 3 + 40 x 4 = 205
    expectProblems(problems.slice(0, 2), [
      { file: at('wide.csv'), line: 1, column: 15, says: ['found column "c0", expected a metric id'] },
      { file: at('wide.csv'), line: 1, column: 18, says: ['found column "c1"'] },
    ]);
    expectProblems(problems.slice(-1), [
      {
        file: at('wide.csv'),
        line: 1,
        column: 205,
        says: ['and 499,950 more problems in this file', 'here: found column "c50"'],
      },
    ]);
    expect(seconds).toBeLessThan(20);
  });

  it('a client.yaml of 30,000 unknown keys (0.8 MB, under the 1 MiB limit): 50 problems, then the count of the rest', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `unknown_setting_${i}: ${i}`);
    const { problems, at, seconds } = load(
      { 'a.csv': 'date,platform,impressions\n2025-01-01,x,5\n' },
      `name: Acme\n${keys.join('\n')}\n`,
    );
    expect(problems).toHaveLength(51);
    expectProblems(problems.slice(-1), [
      {
        file: at('client.yaml'),
        line: 52,
        column: 1,
        says: ['and 29,950 more problems in this file', 'found unknown setting "unknown_setting_50"'],
      },
    ]);
    expect(seconds).toBeLessThan(20);
  });

  it('a client.yaml with a key given 40,000 times: each is found in one pass, not compared with every other', () => {
    const { problems, at, seconds } = load(
      { 'a.csv': 'date,platform,impressions\n2025-01-01,x,5\n' },
      `name: Acme\n${'currency: USD\n'.repeat(40_000)}`,
    );
    expectProblems(problems.slice(0, 1), [
      {
        file: at('client.yaml'),
        line: 3,
        column: 1,
        says: ['found the setting "currency" a second time (first at line 2)'],
      },
    ]);
    expect(problems.at(-1)!.message).toContain('and 39,949 more problems');
    expect(seconds).toBeLessThan(20);
  });

  it('a million bad rows: 50 problems and the count of the rest, with bounded memory', () => {
    const rows = ['date,platform,impressions'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`2025-01-01,x,${i}x`);
    const { problems, at, files, seconds } = load({ 'a.csv': `${rows.join('\n')}\n` });
    expect(problems).toHaveLength(51);
    expectProblems(problems.slice(-1), [
      { file: at('a.csv'), line: 52, column: 14, says: ['and 999,950 more problems', 'impressions: found "50x"'] },
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 1_000_000, rowsAccepted: 0 });
    expect(seconds).toBeLessThan(30);
  });
});

/**
 * Dates out of any sane span: years 0000 and 9999, a month 9999-12, goals in the year 0,
 * and data dated after today. Today is frozen at 2026-11-30 (the `today` option, or
 * RECAP_TODAY for the command), so the window is 2000-01-01 to 2027-11-30.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

const TODAY = '2026-11-30';
const WINDOW = 'expected a date from 2000-01-01 to 2027-11-30';

function load(files: DirSpec, clientYaml?: string) {
  const dir = oneClient(files, clientYaml);
  const result = loadDataDir(dir, { today: TODAY });
  return { ...result, dir, at: (name: string) => shown(path.join(dir, 'acme', name)) };
}

describe("dates in Recap's own files", () => {
  it('refuses 0000-01-01 and 9999-12-31 at their cells instead of reading 1900 or listing 8,000 years of months', () => {
    const { problems, warnings, at, clients } = load({
      'a.csv': 'date,platform,impressions\n2025-01-01,x,5\n0000-01-01,x,6\n9999-12-31,x,7\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 3, column: 1, says: ['date: found "0000-01-01"', WINDOW, 'dates: earliest'] },
      { file: at('a.csv'), line: 4, column: 1, says: ['date: found "9999-12-31"', WINDOW] },
    ]);
    expect(warnings).toEqual([]);
    // Only the good row is kept.
    expect([...findSeries(clients[0]!.series, 'x', 'impressions').dayValues.keys()]).toEqual([day('2025-01-01')]);
  });

  it('refuses month rows 0000-01 and 9999-12, and 1999-12-31, the day before the window', () => {
    const { problems, at } = load({
      'a.csv':
        'date,platform,metric,value\n0000-01,x,cost,1\n9999-12,x,cost,2\n1999-12-31,x,cost,3\n2000-01-01,x,cost,4\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 1, says: ['found "0000-01"', WINDOW] },
      { file: at('a.csv'), line: 3, column: 1, says: ['found "9999-12"', WINDOW] },
      { file: at('a.csv'), line: 4, column: 1, says: ['found "1999-12-31"', WINDOW] },
    ]);
  });

  it('refuses the date in a quote-free wide file read on the fast path, at its own column', () => {
    const { problems, at } = load({ 'a.csv': 'platform,date,impressions\nx,2025-01-01,5\nx,0099-01-01,6\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 3, says: ['found "0099-01-01"', WINDOW] }]);
  });

  it('takes the last day of the window with a warning, and refuses the day after', () => {
    const { problems, warnings, at } = load({
      'a.csv': 'date,platform,impressions\n2027-11-30,x,5\n2027-12-01,x,6\n',
    });
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 1, says: ['found "2027-12-01"', WINDOW] }]);
    expectProblems(warnings, [{ file: at('a.csv'), line: 2, column: 1, says: ['found "2027-11-30", after today'] }]);
  });

  it('warns once per file about rows dated after today, at the first, counting the others, and keeps them', () => {
    const { problems, warnings, at, clients } = load({
      'a.csv':
        'platform,impressions,date\nx,1,2026-11-29\nx,2,2026-11-30\nx,3,2026-12-01\nx,4,2026-12-02\nx,5,2027-01-15\n',
      'b.csv': 'date,platform,metric,value\n2026-12,x,cost,10\n',
    });
    expect(problems).toEqual([]);
    expectProblems(warnings, [
      {
        file: at('a.csv'),
        line: 4,
        column: 5,
        says: [
          'date: found "2026-12-01", after today (2026-11-30) (and 2 more rows dated after today in this file)',
          'check the year',
        ],
      },
      {
        file: at('b.csv'),
        line: 2,
        column: 1,
        says: ['date: found "2026-12", after today (2026-11-30), expected data up to today'],
      },
    ]);
    expect(findSeries(clients[0]!.series, 'x', 'impressions').dayValues.get(day('2027-01-15'))).toBe(5);
  });

  it('reads data from 1990 once client.yaml widens the window, and names the setting in its messages', () => {
    const { problems, at, clients } = load(
      { 'a.csv': 'date,platform,impressions\n1990-01-01,x,5\n1989-12-31,x,6\n' },
      'name: Acme\ndates:\n  earliest: 1990-01-01\n',
    );
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 3,
        column: 1,
        says: ['found "1989-12-31", expected a date from 1990-01-01 to 2027-11-30', "client.yaml's dates: setting"],
      },
    ]);
    expect(clients[0]!.series).toHaveLength(1);
  });

  it('refuses a Persian month row in the year 0000 of a calendar: persian client', () => {
    const { problems, at } = load(
      { 'a.csv': 'date,platform,metric,value\n0000-01,x,cost,1\n1404-01,x,cost,2\n' },
      'name: Acme\ncalendar: persian\n',
    );
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 1, says: ['found "0000-01"', WINDOW] }]);
  });
});

describe('dates in platform exports', () => {
  const header =
    'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views\n';
  const row = (date: string) => `${date},1200,30,85,4,2,9,3,5,6,14,2,150,300\n`;

  it('refuses an X overview day in the year 9999 at its date cell, and warns about a day after today', () => {
    const { problems, warnings, at, files } = load({
      'x.csv': header + row('"Sat, Sep 6, 2025"') + row('"Fri, Dec 31, 9999"') + row('"Tue, Dec 1, 2026"'),
    });
    expectProblems(problems, [{ file: at('x.csv'), line: 3, column: 1, says: ['date: found "9999-12-31"', WINDOW] }]);
    expectProblems(warnings, [{ file: at('x.csv'), line: 4, column: 1, says: ['found "2026-12-01", after today'] }]);
    expect(files[0]!.rowsAccepted).toBe(2);
  });
});

describe('the dates: setting and goals in client.yaml', () => {
  const csv = { 'a.csv': 'date,platform,followers\n2026-01-01,x,5\n' };

  it('refuses goals that start in the year 0000 or end in 9999, at their lines', () => {
    const yaml = [
      'name: Acme',
      'goals:',
      '  - id: ancient',
      '    metric: followers',
      '    kind: level',
      '    target: 10',
      '    start: 0000-01-01',
      '    deadline: 9999-12-31',
      '',
    ].join('\n');
    const { problems, at } = load(csv, yaml);
    expectProblems(problems, [
      { file: at('client.yaml'), line: 7, column: 12, says: ['goals.0.start: found "0000-01-01"', WINDOW] },
      {
        file: at('client.yaml'),
        line: 8,
        column: 15,
        says: ['goals.0.deadline: found "9999-12-31", expected a date from 2000-01-01 to 2100-12-31'],
      },
    ]);
  });

  it('accepts a deadline years ahead', () => {
    const yaml =
      'name: Acme\ngoals:\n  - id: far\n    metric: followers\n    kind: level\n    target: 10\n    start: 2026-01-01\n    deadline: 2035-12-31\n';
    expect(load(csv, yaml).problems).toEqual([]);
  });

  it('refuses dates: beyond 1900 to 2100, an earliest after the latest, and a misspelt key', () => {
    const cases: Array<[string, number, number, string[]]> = [
      [
        'dates:\n  earliest: 1800-01-01\n',
        3,
        13,
        ['dates.earliest: found "1800-01-01"', 'from 1900-01-01 to 2100-12-31'],
      ],
      [
        'dates:\n  earliest: 2020-01-01\n  latest: 2019-01-01\n',
        4,
        11,
        ['dates.latest: found "2019-01-01"', 'after dates.earliest (2020-01-01)'],
      ],
      ['dates:\n  earliest: 2020-02-30\n', 3, 13, ['dates.earliest: found "2020-02-30"', 'exists']],
      ['dates:\n  lastest: 2030-01-01\n', 3, 3, ['found unknown setting "lastest"', 'did you mean "latest"?']],
    ];
    for (const [setting, line, column, says] of cases) {
      const { problems, at } = load(csv, `name: Acme\n${setting}`);
      expectProblems(problems, [{ file: at('client.yaml'), line, column, says }]);
    }
  });
});

describe('today', () => {
  it('is the clock date by default, so data a year ahead of the clock is refused', () => {
    const now = new Date();
    const nextYear = `${now.getUTCFullYear() + 2}-01-01`;
    const dir = oneClient({ 'a.csv': `date,platform,impressions\n${nextYear},x,5\n` });
    const { problems } = loadDataDir(dir);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining(`date: found "${nextYear}"`)]);
  });

  it('comes from RECAP_TODAY for npm run validate, which prints warnings and still exits 0', () => {
    const dir = oneClient({ 'a.csv': 'date,platform,impressions\n2026-12-01,x,5\n' });
    const root = path.resolve(import.meta.dirname, '../..');
    const run = (today: string) =>
      spawnSync(process.execPath, ['scripts/validate.ts'], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, RECAP_TODAY: today },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const future = run('2026-11-30');
    expect(future.status).toBe(0);
    expect(future.stdout).toContain('a.csv:2:1: warning: date: found "2026-12-01", after today (2026-11-30)');
    expect(future.stdout).toContain('0 problems, 1 warning.');
    expect(run('2026-12-01').stdout).not.toContain('warning');
    const bad = run('30/11/2026');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('RECAP_TODAY:1:1: found RECAP_TODAY="30/11/2026", expected a date YYYY-MM-DD');
  });
});

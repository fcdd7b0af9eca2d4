/**
 * Numbers too large to hold exactly (past 2^53) or at all (401 digits read as Infinity):
 * each is a located problem in every reader, never Infinity, NaN or a rounded count.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { OUT_OF_RANGE, parseDecimal } from '../../src/ingest/numbers.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

const RANGE = 'expected a number from -9,007,199,254,740,991 to 9,007,199,254,740,991 (2^53 - 1)';
const HUGE = '9'.repeat(401);

function load(files: DirSpec, clientYaml?: string) {
  const dir = oneClient(files, clientYaml);
  const result = loadDataDir(dir, { today: '2026-11-30' });
  return { ...result, at: (name: string) => shown(path.join(dir, 'acme', name)) };
}

describe('parseDecimal', () => {
  it('reads 2^53 - 1 exactly and refuses 2^53, 401 digits and a grouped number past the limit', () => {
    expect(parseDecimal('9007199254740991')).toBe(9_007_199_254_740_991);
    expect(parseDecimal('-9007199254740991')).toBe(-9_007_199_254_740_991);
    expect(parseDecimal('9007199254740992')).toBe(OUT_OF_RANGE);
    expect(parseDecimal(HUGE)).toBe(OUT_OF_RANGE);
    expect(parseDecimal(`-${HUGE}.5`)).toBe(OUT_OF_RANGE);
    expect(parseDecimal('9,007,199,254,740,993')).toBe(OUT_OF_RANGE);
    expect(parseDecimal('۹۰۰۷۱۹۹۲۵۴۷۴۰۹۹۳')).toBe(OUT_OF_RANGE);
  });
});

describe("Recap's own files", () => {
  it('refuses a 401-digit count in a quote-free wide file (the fast path) at its cell, and keeps the other rows', () => {
    const { problems, at, clients } = load({
      'a.csv': `date,platform,impressions,clicks\n2025-01-01,x,5,1\n2025-01-02,x,${HUGE},2\n2025-01-03,x,7,3\n`,
    });
    // "2025-01-02,x,": 13 characters before the count
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 14, says: [`impressions: found "999`, RANGE] }]);
    const impressions = findSeries(clients[0]!.series, 'x', 'impressions');
    expect([...impressions.dayValues.values()]).toEqual([5, 7]);
    // A row with a refused value is not used at all, as for any other bad value.
    expect([...findSeries(clients[0]!.series, 'x', 'clicks').dayValues.keys()]).toEqual([
      day('2025-01-01'),
      day('2025-01-03'),
    ]);
  });

  it('refuses 2^53 in a long file and a quoted grouped number past the limit', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,metric,value\n2025-01,x,cost,9007199254740992\n2025-02,x,cost,"9,007,199,254,740,993"\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 16, says: ['cost: found "9007199254740992"', RANGE] },
      { file: at('a.csv'), line: 3, column: 16, says: ['cost: found "9,007,199,254,740,993"', RANGE] },
    ]);
  });
});

describe('platform exports', () => {
  it('refuses a 401-digit impressions count in an X overview at its cell', () => {
    const header =
      'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views\n';
    const { problems, at } = load({
      'x.csv': `${header}"Sat, Sep 6, 2025",${HUGE},30,85,4,2,9,3,5,6,14,2,150,300\n`,
    });
    // '"Sat, Sep 6, 2025",' is 19 characters
    expectProblems(problems, [
      { file: at('x.csv'), line: 2, column: 20, says: ['found "999', 'in column "Impressions"', RANGE] },
    ]);
  });
});

describe('client.yaml', () => {
  const csv = { 'a.csv': 'date,platform,followers\n2026-01-01,x,5\n' };
  const goal = (target: string) =>
    `name: Acme\ngoals:\n  - id: big\n    metric: followers\n    kind: level\n    target: ${target}\n    start: 2026-01-01\n    deadline: 2026-12-31\n`;

  it.each([
    ['a 401-digit number', HUGE],
    ['1e400', '1e400'],
    ['.inf', '.inf'],
    ['2^53', '9007199254740992'],
  ])('refuses a lead_value of %s at its line', (_, value) => {
    const { problems, at } = load(csv, `name: Acme\nlead_value: ${value}\n`);
    expect(problems).toHaveLength(1);
    expectProblems(problems, [
      { file: at('client.yaml'), line: 2, column: 13, says: ['lead_value: found', 'expected'] },
    ]);
  });

  it('says the range for a lead_value past 2^53 and a goal target of 401 digits', () => {
    const lead = load(csv, 'name: Acme\nlead_value: 9007199254740992\n');
    expectProblems(lead.problems, [
      { file: lead.at('client.yaml'), line: 2, column: 13, says: ['lead_value: found "9007199254740992"', RANGE] },
    ]);
    const { problems, at } = load(csv, goal(HUGE));
    expectProblems(problems, [
      { file: at('client.yaml'), line: 6, column: 13, says: ['goals.0.target: found "999', 'expected'] },
    ]);
  });

  it('refuses a NaN target', () => {
    const { problems } = load(csv, goal('.nan'));
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('goals.0.target: found ".nan"')]);
  });
});

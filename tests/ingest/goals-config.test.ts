/**
 * client.yaml `goals:`: what a good goal reads as, and every bad goal reported at the
 * line and column of the value to fix, saying what was found and what was expected.
 * Columns count characters from 1: in "    metric: folowers" the value starts at 13.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClientConfig } from '../../src/ingest/client-config.ts';
import { overTime } from '../../src/model/metric-registry.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, expectProblems, makeDataDir, shown } from './helpers.ts';

cleanUpTempDirs();

const GOOD_CSV = 'date,platform,followers,impressions\n2025-01-01,instagram,100,5\n';

/** Loads client `acme` with this client.yaml and a good CSV file. */
function withConfig(yaml: string) {
  const dir = makeDataDir({ 'acme/client.yaml': yaml, 'acme/a.csv': GOOD_CSV });
  return { ...loadDataDir(dir), file: shown(path.join(dir, 'acme', 'client.yaml')) };
}

/** client.yaml with one goal whose lines are given; the goal's first line is line 3. */
function oneGoal(...lines: string[]): string {
  return ['name: Acme', 'goals:', ...lines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`)), ''].join('\n');
}

const FOLLOWERS_GOAL = [
  'id: followers-2k', // line 3: "  - id: followers-2k", the goal's map starts at column 5, the id at 9
  'metric: followers', // line 4: value at column 13
  'kind: level', // line 5: value at column 11
  'target: 2000', // line 6: value at column 13
  'start: 2025-01-01', // line 7: value at column 12
  'deadline: 2025-12-31', // line 8: value at column 15
];

const replace = (key: string, line: string | null) =>
  FOLLOWERS_GOAL.flatMap((l) => (l.startsWith(`${key}:`) ? (line === null ? [] : [line]) : [l]));

describe('client.yaml goals', () => {
  it('reads goals, with platform all by default and without goals at all', () => {
    const { problems, clients } = withConfig(
      oneGoal(...FOLLOWERS_GOAL) +
        [
          '  - id: er',
          '    label: Engagement rate of at least 3% on Instagram',
          '    metric: engagement_rate',
          '    platform: instagram',
          '    kind: at_least',
          '    target: 3',
          '    start: 2025-01-01',
          '    deadline: 2025-06-30',
          '  - id: level-from',
          '    metric: impressions',
          '    kind: level',
          '    target: 5000',
          '    baseline: 1200.5',
          '    start: 2025-01-01',
          '    deadline: 2025-06-30',
          '',
        ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(clients[0]!.config.goals).toEqual([
      {
        id: 'followers-2k',
        metric: 'followers',
        platform: 'all',
        kind: 'level',
        target: 2000,
        start: '2025-01-01',
        deadline: '2025-12-31',
      },
      {
        id: 'er',
        label: 'Engagement rate of at least 3% on Instagram',
        metric: 'engagement_rate',
        platform: 'instagram',
        kind: 'at_least',
        target: 3,
        start: '2025-01-01',
        deadline: '2025-06-30',
      },
      {
        id: 'level-from',
        metric: 'impressions',
        platform: 'all',
        kind: 'level',
        target: 5000,
        baseline: 1200.5,
        start: '2025-01-01',
        deadline: '2025-06-30',
      },
    ]);
    expect(withConfig('name: Acme\n').clients[0]!.config.goals).toBeUndefined();
  });

  it('accepts a custom metric from the same file, a derived flow as a total, and a downward level', () => {
    const { problems } = withConfig(
      [
        'name: Acme',
        'metrics:',
        '  - id: signups',
        '    kind: flow',
        'goals:',
        '  - { id: a, metric: signups, kind: total, target: 500, start: 2025-01-01, deadline: 2025-12-31 }',
        '  - { id: b, metric: value, kind: total, target: 90000, start: 2025-01-01, deadline: 2025-12-31 }',
        '  - { id: c, metric: cpa, kind: level, target: 30, baseline: 45, start: 2025-01-01, deadline: 2025-12-31 }',
        '  - { id: d, metric: cpc, kind: at_most, target: 1.2, start: 2025-01-01, deadline: 2025-12-31 }',
        '',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('reports an unknown metric at its value and suggests the nearest (folowers -> followers)', () => {
    const { problems, file } = withConfig(oneGoal(...replace('metric', 'metric: folowers')));
    // line 4 "    metric: folowers": the value at column 13
    expectProblems(problems, [
      {
        file,
        line: 4,
        column: 13,
        says: ['goals.0.metric: found "folowers"', 'expected a built-in metric', 'did you mean "followers"?'],
      },
    ]);
  });

  it('reports a metric that is another client file’s custom metric as unknown', () => {
    const { problems, file } = withConfig(oneGoal(...replace('metric', 'metric: newsletter_signups')));
    expectProblems(problems, [
      { file, line: 4, column: 13, says: ['found "newsletter_signups"', "this file's metrics:"] },
    ]);
  });

  it('reports a deadline before the start, and a deadline on the start day, at the deadline', () => {
    const before = withConfig(oneGoal(...replace('deadline', 'deadline: 2024-12-31')));
    // line 8 "    deadline: 2024-12-31": the value at column 15
    expectProblems(before.problems, [
      {
        file: before.file,
        line: 8,
        column: 15,
        says: ['goals.0.deadline: found "2024-12-31"', 'expected a day after the start (2025-01-01)'],
      },
    ]);
    const same = withConfig(oneGoal(...replace('deadline', 'deadline: 2025-01-01')));
    expectProblems(same.problems, [
      { file: same.file, line: 8, column: 15, says: ['found "2025-01-01"', 'after the start'] },
    ]);
  });

  it('reports a total of a stock, of a rate and of a custom stock at the kind', () => {
    const stock = withConfig(oneGoal(...replace('kind', 'kind: total')));
    // line 5 "    kind: total": the value at column 11
    expectProblems(stock.problems, [
      {
        file: stock.file,
        line: 5,
        column: 11,
        says: ['goals.0.kind: found "total" for followers', 'expected level, at_least or at_most', 'a stock'],
      },
    ]);
    const rate = withConfig(
      oneGoal(...replace('kind', 'kind: total').map((l) => (l.startsWith('metric:') ? 'metric: engagement_rate' : l))),
    );
    expectProblems(rate.problems, [
      { file: rate.file, line: 5, column: 11, says: ['found "total" for engagement_rate', 'a ratio'] },
    ]);
    const custom = withConfig(
      [
        'name: Acme',
        'metrics:',
        '  - { id: members, kind: stock }',
        'goals:',
        '  - { id: m, metric: members, kind: total, target: 9, start: 2025-01-01, deadline: 2025-12-31 }',
        '',
      ].join('\n'),
    );
    // line 5: "  - { id: m, metric: members, kind: " is 36 characters, so "total" starts at column 37
    expectProblems(custom.problems, [{ file: custom.file, line: 5, column: 37, says: ['found "total" for members'] }]);
  });

  it('reports a missing target at the goal, and a target that is not a plain number at the value', () => {
    const missing = withConfig(oneGoal(...replace('target', null)));
    // The goal's map starts at line 3, column 5 ("id" after "  - ")
    expectProblems(missing.problems, [
      {
        file: missing.file,
        line: 3,
        column: 5,
        says: ['goals.0.target: found nothing', 'expected the target as a plain number'],
      },
    ]);
    const percent = withConfig(oneGoal(...replace('target', 'target: 2.5%')));
    // line 6 "    target: 2.5%": the value at column 13
    expectProblems(percent.problems, [
      { file: percent.file, line: 6, column: 13, says: ['goals.0.target: found "2.5%"', 'no units, % sign'] },
    ]);
  });

  it('reports the same goal id twice at the second one', () => {
    const { problems, file } = withConfig(
      oneGoal(...FOLLOWERS_GOAL) +
        ['  - id: followers-2k', ...FOLLOWERS_GOAL.slice(1).map((l) => `    ${l}`), ''].join('\n'),
    );
    // The second goal starts at line 9: "  - id: followers-2k", its id at column 9
    expectProblems(problems, [
      {
        file,
        line: 9,
        column: 9,
        says: ['goals.1.id: found "followers-2k" a second time', 'expected each goal id once'],
      },
    ]);
  });

  it('reports dates that are not YYYY-MM-DD or do not exist', () => {
    const { problems, file } = withConfig(
      oneGoal(
        ...replace('start', 'start: 2025-02-30').map((l) => (l.startsWith('deadline:') ? 'deadline: 31/12/2025' : l)),
      ),
    );
    expectProblems(problems, [
      // line 7 "    start: 2025-02-30": column 12; February has no 30th
      {
        file,
        line: 7,
        column: 12,
        says: ['goals.0.start: found "2025-02-30"', 'expected the start as a date YYYY-MM-DD that exists'],
      },
      // line 8 "    deadline: 31/12/2025": column 15
      { file, line: 8, column: 15, says: ['goals.0.deadline: found "31/12/2025"', 'YYYY-MM-DD'] },
    ]);
    const number = withConfig(oneGoal(...replace('start', 'start: 2025')));
    expectProblems(number.problems, [
      { file: number.file, line: 7, column: 12, says: ['goals.0.start: found "2025"', 'YYYY-MM-DD'] },
    ]);
  });

  it('reports an unknown kind, an unknown key (with a suggestion) and a bad goal id', () => {
    const { problems, file } = withConfig(
      oneGoal(
        'id: Followers 2k', // line 3: value at column 9
        'metric: followers',
        'kind: levle', // line 5: value at column 11
        'target: 2000',
        'start: 2025-01-01',
        'dealine: 2025-12-31', // line 8: the key at column 5
      ),
    );
    // In order of place: the missing deadline is reported at the goal's start (line 3, column 5).
    expectProblems(problems, [
      { file, line: 3, column: 5, says: ['goals.0.deadline: found nothing', 'YYYY-MM-DD'] },
      { file, line: 3, column: 9, says: ['goals.0.id: found "Followers 2k"', 'lower-case letters, digits, - and _'] },
      {
        file,
        line: 5,
        column: 11,
        says: ['goals.0.kind: found "levle"', 'expected level', 'total', 'at_least or at_most'],
      },
      { file, line: 8, column: 5, says: ['found unknown setting "dealine"', 'did you mean "deadline"?'] },
    ]);
  });

  it('reports a baseline on a goal that is not a level', () => {
    const { problems, file } = withConfig(
      oneGoal(
        'id: views',
        'metric: impressions',
        'kind: total',
        'target: 100000',
        'baseline: 500', // line 7: value at column 15
        'start: 2025-01-01',
        'deadline: 2025-12-31',
      ),
    );
    expectProblems(problems, [
      { file, line: 7, column: 15, says: ['goals.0.baseline: found 500', 'expected no baseline for a total goal'] },
    ]);
  });

  it('reports goals that are not a list, and a platform that is not a platform name', () => {
    const notList = withConfig('name: Acme\ngoals: followers 2000\n');
    // line 2 "goals: followers 2000": the value at column 8
    expectProblems(notList.problems, [
      { file: notList.file, line: 2, column: 8, says: ['goals: found "followers 2000"', 'expected a list of goals'] },
    ]);
    const platform = withConfig(oneGoal(...FOLLOWERS_GOAL, 'platform: Insta Gram'));
    // line 9 "    platform: Insta Gram": the value at column 15
    expectProblems(platform.problems, [
      {
        file: platform.file,
        line: 9,
        column: 15,
        says: ['goals.0.platform: found "Insta Gram"', 'platform name in lower case'],
      },
    ]);
  });

  it('reports every bad goal in the file, each at its own place', () => {
    const { problems, file } = withConfig(
      [
        'name: Acme',
        'goals:',
        '  - { id: a, metric: clicks, kind: total, target: 10, start: 2025-03-01, deadline: 2025-02-01 }',
        '  - { id: a, metric: roas, kind: total, target: 4, start: 2025-01-01, deadline: 2025-12-31 }',
        '',
      ].join('\n'),
    );
    expectProblems(problems, [
      // line 3: "  - { " 6 + "id: a, " 7 + "metric: clicks, " 16 + "kind: total, " 13 + "target: 10, " 12
      // + "start: 2025-03-01, " 19 + "deadline: " 10 = 83 characters, so the deadline starts at column 84
      { file, line: 3, column: 84, says: ['goals.0.deadline: found "2025-02-01"'] },
      // line 4: "  - { id: " is 10 characters: the repeated id at column 11
      { file, line: 4, column: 11, says: ['goals.1.id: found "a" a second time'] },
      // line 4: "  - { id: a, metric: roas, kind: " is 33 characters: the kind at column 34
      { file, line: 4, column: 34, says: ['goals.1.kind: found "total" for roas'] },
    ]);
  });

  it('parses without a data folder too (parseClientConfig), with the same problems', () => {
    const result = parseClientConfig('client.yaml', oneGoal(...replace('metric', 'metric: folowers')));
    expect(result.config).toBeNull();
    expect(result.problems).toEqual([expect.objectContaining({ file: 'client.yaml', line: 4, column: 13 })]);
  });

  it('knows how each kind of metric behaves: flow, stock or rate', () => {
    const custom = [{ id: 'members', kind: 'stock' as const }];
    expect(
      ['followers', 'leads', 'value', 'total_cost', 'roi', 'cpa', 'members', 'nope'].map((id) => overTime(id, custom)),
    ).toEqual(['stock', 'flow', 'flow', 'flow', 'rate', 'rate', 'stock', null]);
  });
});

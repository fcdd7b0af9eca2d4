/**
 * docs/errors.md against the messages Recap really gives: every message the tests make
 * it give (tests/fixtures/messages.txt, written by `npm run messages`), the golden
 * cases' validate output, and a few made here that no test makes in process. Each
 * message must match a row of the page, and each row a message, so a message that is
 * added or reworded without its row, or a row left behind by a message that is gone,
 * fails here by name. See tests/docs/messages.ts for how a pattern reads.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, oneClient } from '../ingest/helpers.ts';
import {
  checkErrorsPage,
  compilePattern,
  ERRORS_PAGE,
  knownMessages,
  MIN_LITERAL,
  patternRows,
  type PageCheck,
} from './messages.ts';

cleanUpTempDirs();
afterEach(() => {
  vi.unstubAllEnvs();
});

const page = readFileSync(ERRORS_PAGE, 'utf8');

/**
 * Messages no recorded test makes in process (a child process makes them, or only the
 * fuzz tests, whose random inputs are not recorded): made here, each from the input
 * that makes it.
 */
const SPECIMENS: ReadonlyArray<{ files: Record<string, string>; yaml?: string; env?: string; says: RegExp }> = [
  {
    files: { 'a.csv': 'date,platform,impressions\n2025-01-01,x,1\n' },
    env: '30/11/2026',
    says: /^found RECAP_TODAY="30\/11\/2026", expected a date YYYY-MM-DD/,
  },
  {
    files: {
      'posts.csv': 'Post id,Date,Impressions,Engagements\n1,"Sat, Sep 6, 2025",100,5\n1,"Sat, Sep 6, 2025",100,5\n',
    },
    says: /^found post "1" a second time \(first at line 2\), expected each post once/,
  },
  {
    files: { 'a.csv': 'date,platform,impressions\n2025-01-01,x,1\n' },
    yaml: 'name: Acme\nfiles: [a.csv]\n',
    says: /^files: found "\[a.csv\]", expected file names in the client folder/,
  },
  {
    files: { 'a.csv': 'date,platform,,impressions\n2025-01-01,x,,1\n' },
    says: /^found a column with no name, expected a metric id/,
  },
  { files: { 'a.csv': ',,,\n,,,\n' }, says: /^found no header row, expected the header of a platform export/ },
];

function madeHere(): string[][] {
  return SPECIMENS.map(({ files, yaml, env }) => {
    if (env !== undefined) vi.stubEnv('RECAP_TODAY', env);
    const dir = oneClient(files, yaml);
    const problems = loadDataDir(dir, env === undefined ? { today: '2026-11-30' } : {}).problems;
    vi.unstubAllEnvs();
    return problems.map((problem) => problem.message);
  });
}

const list = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');

describe('docs/errors.md', () => {
  let made: string[][] = [];
  let messages: string[] = [];
  let result: PageCheck;
  beforeAll(() => {
    made = madeHere();
    messages = [...knownMessages(), ...made.flat()];
    result = checkErrorsPage(page, messages);
  });

  it('makes here, one from each input, the messages no recorded test makes', () => {
    expect(made).toEqual(SPECIMENS.map(({ says }) => [expect.stringMatching(says)]));
  });

  it('is checked against enough real messages to mean something', () => {
    expect(messages.length).toBeGreaterThan(600);
    expect(patternRows(page).length).toBeGreaterThan(100);
  });

  it('has a row for every message Recap gives', () => {
    expect(result.undocumented, `messages with no row in ${ERRORS_PAGE}:\n${list(result.undocumented)}`).toEqual([]);
  });

  it('documents no message Recap no longer gives', () => {
    const stale = result.stale.map((row) => `line ${row.line}: ${row.pattern}`);
    expect(stale, `rows of ${ERRORS_PAGE} that match no message (reworded or gone?):\n${list(stale)}`).toEqual([]);
  });

  it('says in each row which message it is, not just "found ..."', () => {
    const vague = result.vague.map((row) => `line ${row.line}: ${row.pattern}`);
    expect(vague, `patterns with fewer than ${MIN_LITERAL} characters of the message's words:\n${list(vague)}`).toEqual(
      [],
    );
  });
});

describe('the check itself', () => {
  const rows = '| message (pattern) | when |\n| --- | --- |\n';

  it('names a message that has no row, and a row that matches no message', () => {
    const table = `${rows}| \`date: found "2025-02-30", expected a day as YYYY-MM-DD\` | a bad date |\n| \`found a unicorn, expected a horse\` | never |\n`;
    const messages = [
      'date: found "1/2/2025", expected a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)',
      'found column "impresions", expected a metric id',
    ];
    const check = checkErrorsPage(table, messages);
    expect(check.undocumented).toEqual(['found column "impresions", expected a metric id']);
    expect(check.stale.map((row) => [row.line, row.pattern])).toEqual([[4, 'found a unicorn, expected a horse']]);
  });

  it('reads a quoted value, a number, ... and <name> as whatever the message holds there', () => {
    const { regex } = compilePattern(
      '<metric>: found a second value (7) for 2025-01-01, facebook, campaign "Spring"...',
    );
    expect(
      regex.test('clicks: found a second value (1,200) for 2026-09-30, facebook, campaign "Fall \\"26\\"", expected'),
    ).toBe(true);
    expect(regex.test('clicks: found a second value (7) for 2025-01-01, instagram, campaign "Spring"')).toBe(false);
    expect(
      compilePattern('goals.0.target: found "2.5%", expected').regex.test('goals.3.target: found nothing, expected'),
    ).toBe(true);
  });

  it('matches a message by its opening words, never from the middle', () => {
    const { regex } = compilePattern('found column "x" twice');
    expect(regex.test('found column "impressions" twice, expected each column once')).toBe(true);
    expect(regex.test('metric: found column "impressions" twice')).toBe(false);
  });

  it('counts only the message words of a pattern as saying which message it is', () => {
    expect(compilePattern('found "..." in <column>').literal).toBe('foundin'.length);
    expect(
      checkErrorsPage(`${rows}| \`found "x" in <column>\` | vague |\n`, ['found "1" in column "A"']).vague,
    ).toHaveLength(1);
  });
});

/**
 * problemParts splits a message along "found <value>, expected <what>": checked against
 * every message the other tests make Recap produce (tests/fixtures/problem-messages.txt),
 * by hand for one message of each shape, and on messages whose quotes could mislead it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClientConfig } from '../../src/ingest/client-config.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { problemParts } from '../../src/ingest/problems.ts';
import { cleanUpTempDirs, oneClient } from './helpers.ts';

cleanUpTempDirs();

const corpus = readFileSync(path.resolve(import.meta.dirname, '../fixtures/problem-messages.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => JSON.parse(line) as string);

const parts = (message: string) => problemParts({ message });

describe('problemParts on every message the tests produce', () => {
  it('has the messages gathered from the tests, all different', () => {
    expect(corpus.length).toBeGreaterThan(400);
    expect(new Set(corpus).size).toBe(corpus.length);
  });

  it('puts the message back together from its head and what was expected', () => {
    for (const message of corpus) {
      const { head, expected } = parts(message);
      expect(expected, message).not.toBeNull();
      expect([`${head}, expected ${expected}`, `${head}; expected ${expected}`], message).toContain(message);
    }
  });

  it('takes the value from right after "found": the quoted value bare, or the words as written', () => {
    for (const message of corpus) {
      const { head, value } = parts(message);
      if (!/(^| )found /.test(message)) {
        expect(value, message).toBeNull();
        continue;
      }
      expect(value, message).not.toBeNull();
      const quoted = head.includes(`found ${JSON.stringify(value)}`);
      expect(quoted || head.endsWith(`found ${value}`), message).toBe(true);
    }
  });

  it('finds a value in all but the one message that names nothing found', () => {
    const without = corpus.filter((message) => parts(message).value === null);
    expect(without).toEqual([
      'the file is empty; expected a header row such as date,platform,impressions and then data rows',
    ]);
  });
});

describe('problemParts, one message of each shape, checked by hand', () => {
  const cases: Array<[string, string | null, string]> = [
    [
      'impressions: found "$3", expected a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value',
      '$3',
      'a number such as 1234 or 1234.5 (decimal point ".", no units or % sign); leave the cell empty when there is no value',
    ],
    [
      'date: found an empty cell, expected a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)',
      'an empty cell',
      'a day as YYYY-MM-DD (2025-03-31) or a month as YYYY-MM (2025-03)',
    ],
    [
      'name: found nothing, expected the client name as text, such as "Northwind Outfitters"',
      'nothing',
      'the client name as text, such as "Northwind Outfitters"',
    ],
    [
      'name: found "\\"\\"", expected the client name as text, such as "Northwind Outfitters"',
      '""',
      'the client name as text, such as "Northwind Outfitters"',
    ],
    [
      'found 2 fields, expected 4 as in the header (date,platform,impressions,reach); a value that contains a comma must be in double quotes',
      '2 fields',
      '4 as in the header (date,platform,impressions,reach); a value that contains a comma must be in double quotes',
    ],
    [
      'clicks: found a second value (2) for 2025-01-01, facebook, no campaign, expected each date, platform, campaign and metric once: the first is at data/acme/a.csv:2',
      'a second value (2) for 2025-01-01, facebook, no campaign',
      'each date, platform, campaign and metric once: the first is at data/acme/a.csv:2',
    ],
    [
      'found "$8.27" in column "Amount Spent (USD)", expected an amount such as 8.27 or 1,200.50 (no currency sign)',
      '$8.27',
      'an amount such as 8.27 or 1,200.50 (no currency sign)',
    ],
    [
      'found "Sep 31, 2025" in column "Date", expected a date such as "Sat, Sep 6, 2025"',
      'Sep 31, 2025',
      'a date such as "Sat, Sep 6, 2025"',
    ],
    [
      'files: "recap.csv": found year "2025", expected no year for this file: it is Recap\'s own file, whose rows name their platform and whose dates carry their year, so the setting would change nothing',
      'year "2025"',
      "no year for this file: it is Recap's own file, whose rows name their platform and whose dates carry their year, so the setting would change nothing",
    ],
    ['found column "impressions" twice, expected each column once', 'column "impressions" twice', 'each column once'],
    [
      'money_unit: found "toman" with currency "USD", expected currency: IRR (1 toman = 10 rials)',
      'toman',
      'currency: IRR (1 toman = 10 rials)',
    ],
    [
      'goals.0.baseline: found 500, expected no baseline for a total goal (only a level goal starts from one; a total starts from 0)',
      '500',
      'no baseline for a total goal (only a level goal starts from one; a total starts from 0)',
    ],
    [
      'found unknown setting "dealine", expected one of id, label, metric, platform, kind, target, baseline, start, deadline (did you mean "deadline"?)',
      'unknown setting "dealine"',
      'one of id, label, metric, platform, kind, target, baseline, start, deadline (did you mean "deadline"?)',
    ],
    [
      'found byte 0xE9, which is not UTF-8, expected UTF-8 text: the file is probably in a legacy encoding such as Windows-1252 or Windows-1256; save it again as "CSV UTF-8"',
      'byte 0xE9, which is not UTF-8',
      'UTF-8 text: the file is probably in a legacy encoding such as Windows-1252 or Windows-1256; save it again as "CSV UTF-8"',
    ],
    [
      'the file is empty; expected a header row such as date,platform,impressions and then data rows',
      null,
      'a header row such as date,platform,impressions and then data rows',
    ],
  ];

  it.each(cases)('%s', (message, value, expected) => {
    expect(corpus).toContain(message);
    expect(parts(message)).toMatchObject({ value, expected });
  });

  it('gives the head: where and what was found', () => {
    expect(parts('goals.1.id: found "a" a second time, expected each goal id once')).toEqual({
      head: 'goals.1.id: found "a" a second time',
      value: 'a',
      expected: 'each goal id once',
    });
  });
});

describe('problemParts where quotes could mislead it', () => {
  it('does not split inside a quoted value that holds ", expected " or "found "', () => {
    // A cell that reads like a message: 2025-01-01,facebook,"found 1, expected 2"
    const dir = oneClient({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,"found 1, expected 2"\n' });
    const [problem, ...others] = loadDataDir(dir).problems;
    expect(others).toEqual([]);
    expect(problem!.message).toMatch(/^impressions: found "found 1, expected 2", expected a number/);
    expect(problemParts(problem!)).toMatchObject({
      head: 'impressions: found "found 1, expected 2"',
      value: 'found 1, expected 2',
    });
    expect(problemParts(problem!).expected).toMatch(/^a number such as 1234/);
  });

  it('splits a YAML error whose text has a lone quote', () => {
    const result = parseClientConfig('acme/client.yaml', 'name: "Acme\n');
    expect(result.problems.map((p) => p.message)).toEqual([
      'found YAML that cannot be read (Missing closing "quote), expected lines of "key: value"',
    ]);
    expect(problemParts(result.problems[0]!)).toEqual({
      head: 'found YAML that cannot be read (Missing closing "quote)',
      value: 'YAML that cannot be read (Missing closing "quote)',
      expected: 'lines of "key: value"',
    });
  });

  it('keeps a value cut short as the message shows it', () => {
    const long = 'x'.repeat(70);
    const dir = oneClient({ 'a.csv': `date,platform,impressions\n2025-01-01,facebook,${long}\n` });
    const [problem] = loadDataDir(dir).problems;
    expect(problemParts(problem!).value).toBe(`${'x'.repeat(57)}...`);
  });
});

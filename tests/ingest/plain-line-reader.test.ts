/**
 * A quote-free wide file is read by a one-pass fast path; a file with any double quote
 * goes through papaparse and the general checks. Both must accept the same values and
 * report the same problems at the same places, so each tricky line is read both ways.
 */
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { isoDate } from '../../src/model/calendar.ts';
import { cleanUpTempDirs, oneClient } from './helpers.ts';

cleanUpTempDirs();

const CLIENT_YAML = 'name: Acme\nmetrics:\n  - id: net_balance\n    kind: flow\n';

/** Everything a load tells about one file: problems, row counts and every series value. */
function outcome(csv: string) {
  const load = loadDataDir(oneClient({ 'a.csv': csv }, CLIENT_YAML));
  const values = (load.clients[0]?.series ?? [])
    .flatMap((s) =>
      [...s.dayValues].map(
        ([day, value]) => `${s.platform}/${s.campaign}/${s.category}/${s.metric}@${isoDate(day)}=${value}`,
      ),
    )
    .sort();
  const files = load.files.map(({ rowsRead, rowsAccepted }) => ({ rowsRead, rowsAccepted }));
  // Each load has its own temporary folder; the file is the same.
  const problems = load.problems.map(({ file, ...where }) => ({ file: file.split('/').pop(), ...where }));
  return { problems, files, values };
}

/** The same file with its header's first name quoted, which sends every line down the general path. */
function quotedHeader(csv: string): string {
  return `"${csv.slice(0, csv.indexOf(','))}"${csv.slice(csv.indexOf(','))}`;
}

const WIDE = 'date,platform,campaign,impressions,spend,net_balance';
const COSTS = 'date,platform,category,spend,cost,impressions';
const SPLIT = 'platform,impressions,date,campaign';

const lines: Array<[string, string, string]> = [
  ['integers and decimals', WIDE, '2025-01-01,facebook,spring,100,12.50,3'],
  ['empty cells are not reported', WIDE, '2025-01-01,facebook,spring,,,'],
  ['no digits before the point', WIDE, '2025-01-01,facebook,spring,.5,1,1'],
  ['no digits after the point', WIDE, '2025-01-01,facebook,spring,5.,1,1'],
  ['a lone minus sign', WIDE, '2025-01-01,facebook,spring,-,1,1'],
  ['a negative built-in metric', WIDE, '2025-01-01,facebook,spring,-5,1,1'],
  ['a negative custom metric', WIDE, '2025-01-01,facebook,spring,5,1,-7'],
  ['negative zero', WIDE, '2025-01-01,facebook,spring,-0,1,1'],
  ['an exponent', WIDE, '2025-01-01,facebook,spring,1e5,1,1'],
  ['leading zeros', WIDE, '2025-01-01,facebook,spring,007,0.250,1'],
  ['sixteen digits', WIDE, '2025-01-01,facebook,spring,1234567890123456,1,1'],
  ['many decimals', WIDE, '2025-01-01,facebook,spring,1,0.1234567890123,1'],
  ['spaces around a value', WIDE, '2025-01-01,facebook,spring, 42 ,1,1'],
  ['a blank cell of spaces', WIDE, '2025-01-01,facebook,spring,  ,1,1'],
  ['a unit after a number', WIDE, '2025-01-01,facebook,spring,100%,1,1'],
  ['Persian digits', WIDE, '2025-01-01,facebook,spring,۱۲۳,1,1'],
  ['one field too many', WIDE, '2025-01-01,facebook,spring,1,2,3,4'],
  ['one field too few', WIDE, '2025-01-01,facebook,spring,1,2'],
  ['a trailing comma', WIDE, '2025-01-01,facebook,spring,1,2,3,'],
  ['a bad date', WIDE, '2025-13-01,facebook,spring,1,2,3'],
  ['a month row', WIDE, '2025-01,facebook,spring,1,2,3'],
  ['the reserved platform all', WIDE, '2025-01-01,all,spring,1,2,3'],
  ['a platform in capitals', WIDE, '2025-01-01,Facebook,spring,1,2,3'],
  ['a campaign with spaces around it', WIDE, '2025-01-01,facebook, spring ,1,2,3'],
  ['no campaign', WIDE, '2025-01-01,facebook,,1,2,3'],
  ['costs with a category', COSTS, '2025-01-01,facebook,ads,10,5,'],
  ['a category in capitals', COSTS, '2025-01-01,facebook,Staff,10,5,'],
  ['an unknown category', COSTS, '2025-01-01,facebook,snacks,10,5,'],
  ['impressions in a category row', COSTS, '2025-01-01,facebook,ads,10,5,100'],
  ['impressions without a category', COSTS, '2025-01-01,facebook,,,,100'],
  ['platform and campaign apart', SPLIT, 'instagram,300,2025-01-02,launch'],
  ['a bad platform, apart', SPLIT, 'insta gram,300,2025-01-02,launch'],
];

describe('the quote-free fast path and the general path agree', () => {
  it.each(lines)('%s', (_name, header, line) => {
    // Each line follows an ordinary one, so the fast path is warm and the file is not all bad.
    const first =
      header === WIDE ? '2024-12-31,x,a,1,1,1' : header === COSTS ? '2024-12-31,x,,,,1' : 'x,1,2024-12-31,a';
    const csv = `${header}\n${first}\n${line}\n`;
    expect(csv.includes('"')).toBe(false);
    const plain = outcome(csv);
    const general = outcome(quotedHeader(csv));
    expect(plain).toEqual(general);
    expect(plain.files[0]!.rowsRead).toBe(2);
  });

  it('reads the values themselves, not only the same ones both ways', () => {
    const { problems, values } = outcome(`${WIDE}\n2025-01-01,facebook,spring,100,12.50,-3\n2025-01-02,x,,.25e0,,\n`);
    expect(values).toEqual([
      'facebook/spring//impressions@2025-01-01=100',
      'facebook/spring//net_balance@2025-01-01=-3',
      'facebook/spring//spend@2025-01-01=12.5',
    ]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([[3, 15]]); // "2025-01-02,x,," is 14 characters
  });
});

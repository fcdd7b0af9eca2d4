/**
 * Every kind of bad metric CSV named in the data contract: each is reported at its
 * exact file, line and column, with a message naming the value found and what was
 * expected, and nothing crashes. Columns are counted by hand in the comments.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, latin1, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

/** Loads a data dir with client `acme` holding `files`; `at(name)` is how a file's path is shown. */
function load(files: DirSpec, clientYaml?: string) {
  const dir = oneClient(files, clientYaml);
  const result = loadDataDir(dir);
  return { ...result, at: (name: string) => shown(path.join(dir, 'acme', name)) };
}

describe('metric columns in the header', () => {
  it('reports an unknown column and suggests the nearest metric id', () => {
    // date,platform,impresions: "impresions" starts at column 15
    const { problems, at } = load({ 'a.csv': 'date,platform,impresions\n2025-01-01,facebook,5\n' });
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 1,
        column: 15,
        says: ['"impresions"', 'expected a metric id', 'did you mean "impressions"?'],
      },
    ]);
  });

  it('reports a semicolon-separated file once, at its header, saying commas are expected', () => {
    const { problems, at } = load({
      'a.csv': 'date;platform;impressions\n2025-01-01;facebook;5\n2025-01-02;facebook;6\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 1, column: 1, says: ['separated by ";"', 'expected commas'] },
    ]);
  });

  it('reports an unknown column after a BOM at the column a person sees (the BOM is not a character of the line)', () => {
    const { problems, at } = load({ 'a.csv': '\ufeffdate,platform,impresions\r\n2025-01-01,facebook,5\r\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 1, column: 15, says: ['"impresions"', 'did you mean "impressions"?'] },
    ]);
  });

  it('reports a derived metric as a column (engagement_rate at column 27)', () => {
    // date,platform,impressions,engagement_rate: 5+9+12 = 26 characters before it
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions,engagement_rate\n2025-01-01,facebook,5,0.1\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 1, column: 27, says: ['"engagement_rate"', 'expected a base metric'] },
    ]);
  });

  it('reports ctr and roi columns as derived, each at its own column', () => {
    // date,platform,ctr,roi: ctr at 15, roi at 19
    const { problems, at } = load({ 'a.csv': 'date,platform,ctr,roi\n2025-01-01,facebook,1,2\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 1, column: 15, says: ['"ctr"', 'base metric'] },
      { file: at('a.csv'), line: 1, column: 19, says: ['"roi"', 'base metric'] },
    ]);
  });

  it('reports a derived metric named in the metric column of a long file', () => {
    // 2025-01-01,facebook,roi,5: roi at column 21
    const { problems, at } = load({ 'a.csv': 'date,platform,metric,value\n2025-01-01,facebook,roi,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 21, says: ['"roi"', 'base metric'] }]);
  });

  it('reports an unknown metric in a long file and suggests the nearest id', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,metric,value\n2025-01-01,facebook,folowers,5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['"folowers"', 'did you mean "followers"?'] },
    ]);
  });

  it('reports a column given twice', () => {
    // date,platform,impressions,impressions: the second one at 27
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions,impressions\n2025-01-01,facebook,5,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 1, column: 27, says: ['"impressions"', 'twice', 'once'] }]);
  });

  it('reports a header without a date column, naming the header found', () => {
    const { problems, at } = load({ 'a.csv': 'day,platform,impressions\n2025-01-01,facebook,5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 1, column: 1, says: ['"day,platform,impressions"', 'date column'] },
    ]);
  });
});

describe('values', () => {
  it('reports a value that is not a number at its column (12x at column 21)', () => {
    const { problems, at, files } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,12x\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['impressions', '"12x"', 'a number such as 1234'] },
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 1, rowsAccepted: 0 });
  });

  it('reports a negative value of a built-in metric', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,-5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['impressions', '"-5"', 'zero or a positive number'] },
    ]);
  });

  it('reports a negative value in a long file at the value column', () => {
    // 2025-01-01,facebook,spend,-3.5: -3.5 at 10+1+8+1+5+1 = 27
    const { problems, at } = load({ 'a.csv': 'date,platform,metric,value\n2025-01-01,facebook,spend,-3.5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 27, says: ['spend', '"-3.5"', 'zero or a positive number'] },
    ]);
  });

  it('reports a decimal comma, a percent sign and a currency sign as not numbers', () => {
    // header date,platform,spend,clicks,impressions
    const { problems, at } = load({
      'a.csv': 'date,platform,spend,clicks,impressions\n2025-01-01,facebook,"12,5",5%,$3\n',
    });
    // "12,5" at 21 (the quote), 5% at 28, $3 at 31
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['"12,5"', 'decimal point "."'] },
      { file: at('a.csv'), line: 2, column: 28, says: ['"5%"', 'a number'] },
      { file: at('a.csv'), line: 2, column: 31, says: ['"$3"', 'a number'] },
    ]);
  });

  it('reports an unquoted thousands separator as a row with too many fields', () => {
    // 2025-01-01,facebook,1,234: the extra field "234" at column 23
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,1,234\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 23, says: ['found 4 fields', 'expected 3', 'double quotes'] },
    ]);
  });
});

describe('dates', () => {
  it.each([['2025-13-01'], ['2025-02-30'], ['01/02/2025'], ['2025-1-5']])('reports the date %s at column 1', (date) => {
    const { problems, at } = load({ 'a.csv': `date,platform,impressions\n${date},facebook,5\n` });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 1, says: [`date: found "${date}"`, 'YYYY-MM-DD', 'YYYY-MM'] },
    ]);
  });

  it('reports an empty date as an empty cell', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n,facebook,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 1, says: ['an empty cell', 'YYYY-MM-DD'] }]);
  });

  it('reports a bad date at its own column when date is not the first column', () => {
    // platform,date,impressions / facebook,2025/01/01,5: the date at column 10
    const { problems, at } = load({ 'a.csv': 'platform,date,impressions\nfacebook,2025/01/01,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 10, says: ['"2025/01/01"', 'YYYY-MM-DD'] }]);
  });
});

describe('platforms', () => {
  it('reports the reserved platform "all" (column 12)', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,all,5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 12, says: ['"all"', 'reserved', 'a single platform'] },
    ]);
  });

  it('names the value as it was written when "All" is used', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,All,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 12, says: ['found "All"', 'reserved'] }]);
  });

  it('reports a platform that is not a slug', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,Face Book,5\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 12, says: ['"Face Book"', 'letters, digits and dashes'] },
    ]);
  });

  it('reports an empty platform', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 12, says: ['an empty cell', 'platform'] }]);
  });
});

describe('the same observation twice', () => {
  it('reports a repeated day in one file with both line numbers', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,5\n2025-01-02,facebook,6\n2025-01-01,facebook,7\n',
    });
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 4,
        column: 21,
        says: ['impressions', '(7)', '2025-01-01', 'facebook', `the first is at ${at('a.csv')}:2`],
      },
    ]);
  });

  it('reports a repeated observation across two files, naming the other file and line', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,5\n',
      'b.csv': 'date,platform,metric,value\n2025-01-02,facebook,impressions,1\n2025-01-01,facebook,impressions,9\n',
    });
    // 2025-01-01,facebook,impressions,9: 10+1+8+1+11+1 = 32 characters before the value, so column 33
    expectProblems(problems, [
      {
        file: at('b.csv'),
        line: 3,
        column: 33,
        says: [`found values that disagree with ${at('a.csv')}`, '(1 in all;', '9 here, 5 at', `${at('a.csv')}:2`],
      },
    ]);
  });

  it('counts the disagreements of two files once per pair, and takes values they share alike once, with a note', () => {
    const { problems, at, files } = load({
      // Two weekly downloads overlapping on Jan 3 and 4: the same values, counted once.
      'week1.csv':
        'date,platform,impressions\n2025-01-01,facebook,5\n2025-01-02,facebook,6\n2025-01-03,facebook,7\n2025-01-04,facebook,8\n',
      'week2.csv': 'date,platform,impressions\n2025-01-03,facebook,7\n2025-01-04,facebook,8\n2025-01-05,facebook,9\n',
      // A third file that disagrees on three days: one problem, at its first clash.
      'other.csv':
        'date,platform,impressions\n2025-01-01,facebook,50\n2025-01-02,facebook,60\n2025-01-05,facebook,90\n',
    });
    expectProblems(problems, [
      {
        file: at('week1.csv'),
        line: 2,
        column: 21,
        says: [`found values that disagree with ${at('other.csv')}`, '(2 in all;', '5 here, 50 at'],
      },
      {
        file: at('week2.csv'),
        line: 4,
        column: 21,
        says: [`found values that disagree with ${at('other.csv')}`, '(1 in all;', '9 here, 90 at'],
      },
    ]);
    expect(files.find((file) => file.file === at('week2.csv'))!.notes).toContain(
      `2 values also in ${at('week1.csv')}, the same there: counted once`,
    );
  });

  it('reports a repeated month total with both line numbers', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n2025-01,facebook,100\n2025-01,facebook,200\n',
    });
    // 2025-01,facebook,200: the value at column 18
    expectProblems(problems, [
      { file: at('a.csv'), line: 3, column: 18, says: ['(200)', '2025-01', `the first is at ${at('a.csv')}:2`] },
    ]);
  });

  it('points at the repeated cell of each metric in a wide file', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions,clicks\n2025-01-01,facebook,5,1\n2025-01-01,facebook,,2\n',
    });
    // 2025-01-01,facebook,,2: impressions is empty, so only clicks repeats, at 10+1+8+1+1 = 21, column 22
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 22, says: ['clicks', '(2)', `${at('a.csv')}:2`] }]);
  });

  it('treats the same day in two campaigns as two observations', () => {
    const { problems } = load({
      'a.csv':
        'date,platform,campaign,impressions\n2025-01-01,facebook,Spring,5\n2025-01-01,facebook,Summer,6\n2025-01-01,facebook,,7\n',
    });
    expect(problems).toEqual([]);
  });

  it('reports a repeated observation within the same campaign, naming the campaign', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,campaign,impressions\n2025-01-01,facebook,Spring,5\n2025-01-01,facebook,Spring,6\n',
    });
    // 2025-01-01,facebook,Spring,6: the value at 10+1+8+1+6+1 = 28
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 28, says: ['"Spring"', `${at('a.csv')}:2`] }]);
  });
});

describe('a month given as day rows and as a month row', () => {
  it('reports the month row and names the first day row', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n2025-01-05,facebook,10\n2025-01-03,facebook,20\n2025-01,facebook,300\n',
    });
    // 2025-01,facebook,300: the value at column 18; the first day of January given is 2025-01-03, line 3
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 4,
        column: 18,
        says: ['impressions', '2025-01', `${at('a.csv')}:3`, 'day rows', 'one or the other'],
      },
    ]);
  });

  it('reports it across files and per campaign', () => {
    const { problems, at } = load({
      'days.csv': 'date,platform,campaign,clicks\n2025-02-10,instagram,Launch,4\n2025-02-10,instagram,Other,4\n',
      'months.csv':
        'date,platform,campaign,metric,value\n2025-02,instagram,Launch,clicks,40\n2025-03,instagram,Other,clicks,40\n',
    });
    // 2025-02,instagram,Launch,clicks,40: 7+1+9+1+6+1+6+1 = 32 characters before the value, so column 33
    expectProblems(problems, [
      { file: at('months.csv'), line: 2, column: 33, says: ['clicks', '2025-02', '"Launch"', `${at('days.csv')}:2`] },
    ]);
  });
});

describe('rows with too few or too many fields', () => {
  it('reports a row with too few fields at the end of the row', () => {
    // 2025-01-01,facebook,5 is 21 characters: the missing field would start at column 22
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions,reach\n2025-01-01,facebook,5\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 22, says: ['found 3 fields', 'expected 4'] }]);
  });

  it('reports a row with too many fields at the first extra field, in a CRLF file', () => {
    // 2025-01-01,facebook,1,2,3 with 4 columns: the extra field at column 25
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions,reach\r\n2025-01-01,facebook,1,2,3\r\n2025-01-02,facebook\r\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 25, says: ['found 5 fields', 'expected 4'] },
      // 2025-01-02,facebook is 19 characters, the \r is not one a person sees
      { file: at('a.csv'), line: 3, column: 20, says: ['found 2 fields', 'expected 4'] },
    ]);
  });
});

describe('quotes', () => {
  it('reports an unclosed quote where the quoted field starts, and still reads the rows before it', () => {
    // 2025-01-02,facebook,"123: the opening quote at column 21 of line 3
    const { problems, at, clients } = load({
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,1\n2025-01-02,facebook,"123\n2025-01-03,facebook,5\n',
    });
    const series = findSeries(clients[0]!.series, 'facebook', 'impressions');
    expect(series.dayValues.get(day('2025-01-01'))).toBe(1);
    expectProblems(problems, [{ file: at('a.csv'), line: 3, column: 21, says: ['never closed', 'closing "'] }]);
  });

  it('reports an unclosed quote on the last line without a final newline', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,"123' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 21, says: ['never closed'] }]);
  });

  it('reports text after a closing quote once, where the field starts', () => {
    // 2025-01-01,facebook,"12"3: the field starts at column 21; the quote is closed, so not "never closed"
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-01-01,facebook,"12"3\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 21, says: ['after a closing quote'] }]);
  });

  it('counts lines inside a quoted line break, so later fields and rows keep their own lines', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,campaign,impressions\n2025-01-01,facebook,"Spring\nSale",12x\n2025-01-02,facebook,x,5y\n',
    });
    // line 3 is Sale",12x: 12x at column 7; line 4: 5y at 10+1+8+1+1+1 = 22 -> 23
    expectProblems(problems, [
      { file: at('a.csv'), line: 3, column: 7, says: ['"12x"'] },
      { file: at('a.csv'), line: 4, column: 23, says: ['"5y"'] },
    ]);
  });

  it('counts columns after a quoted value containing commas and escaped quotes', () => {
    // 2025-01-01,facebook,"Big ""Sale"", 2025",12x: the campaign field is 20 characters, 12x at 21+20+1 = 42
    const { problems, at } = load({
      'a.csv': 'date,platform,campaign,impressions\n2025-01-01,facebook,"Big ""Sale"", 2025",12x\n',
    });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 42, says: ['"12x"'] }]);
  });
});

describe('locations', () => {
  it('keeps line numbers right across blank lines', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n\n2025-01-01,facebook,1\n\n   \n2025-01-02,facebook,x\n',
    });
    expectProblems(problems, [{ file: at('a.csv'), line: 6, column: 21, says: ['"x"'] }]);
  });

  it('counts a character outside the Basic Multilingual Plane (an emoji) as one column', () => {
    // 2025-01-01,facebook,🎉 Sale,12x: the campaign is 6 characters (21-26), 12x at column 28
    const { problems, at } = load({ 'a.csv': 'date,platform,campaign,impressions\n2025-01-01,facebook,🎉 Sale,12x\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 28, says: ['"12x"'] }]);
  });
});

describe('many problems', () => {
  it('reports three bad cells on three lines as three problems, in order, and accepts the good rows', () => {
    const { problems, at, files, clients } = load({
      'a.csv': [
        'date,platform,impressions,clicks',
        '2025-01-01,facebook,12x,1', // 12x at 21
        '2025-01-02,facebook,10,2',
        '2025-01-03,facebook,11,-1', // -1 at 24
        '2025-01-04,facebook,12,3',
        '2025-01-05,facebook,1.2.3,4', // 1.2.3 at 21
        '',
      ].join('\n'),
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['"12x"'] },
      { file: at('a.csv'), line: 4, column: 24, says: ['clicks', '"-1"'] },
      { file: at('a.csv'), line: 6, column: 21, says: ['"1.2.3"'] },
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 5, rowsAccepted: 2 });
    const impressions = findSeries(clients[0]!.series, 'facebook', 'impressions');
    expect([...impressions.dayValues.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [day('2025-01-02'), 10],
      [day('2025-01-04'), 12],
    ]);
  });

  it('reports every problem in one row: date, platform and value', () => {
    // 2025-13-01,all,12x: date at 1, platform at 12, value at 16
    const { problems, at } = load({ 'a.csv': 'date,platform,impressions\n2025-13-01,all,12x\n' });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 1, says: ['"2025-13-01"'] },
      { file: at('a.csv'), line: 2, column: 12, says: ['"all"'] },
      { file: at('a.csv'), line: 2, column: 16, says: ['"12x"'] },
    ]);
  });

  it('reports header problems and row problems of several files together, sorted by file and line', () => {
    const { problems, at } = load({
      'b.csv': 'date,platform,impresions\n2025-01-01,facebook,5\n',
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,x\n2025-01-02,all,1\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['"x"'] },
      { file: at('a.csv'), line: 3, column: 12, says: ['"all"'] },
      { file: at('b.csv'), line: 1, column: 15, says: ['"impresions"'] },
    ]);
  });
});

describe('files that are not CSV text', () => {
  it('reports a Windows-1252 file at the first byte that is not UTF-8', () => {
    // 2025-01-01,facebook,Café,5 with é as the single byte 0xE9: "2025-01-01,facebook,Caf" is 23 characters
    const { problems, at, files } = load({
      'a.csv': latin1('date,platform,campaign,impressions\n2025-01-01,facebook,Caf\xe9,5\n'),
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 24, says: ['0xE9', 'not UTF-8', 'Windows-1252', 'CSV UTF-8'] },
    ]);
    expect(files).toEqual([{ file: at('a.csv'), shape: null, rowsRead: 0, rowsAccepted: 0 }]);
  });

  it('reports a Windows-1252 file whose bytes look like a UTF-8 lead and continuation (í, no-break space, €)', () => {
    // "Aní €" in Windows-1252 is 41 6E ED A0 80: ED A0 80 is the UTF-8 shape of a surrogate, which is not UTF-8
    const bytes = latin1('date,platform,campaign,impressions\n2025-01-01,facebook,An\xed\xa0\x80,5\n');
    const { problems, at } = load({ 'a.csv': bytes });
    // "2025-01-01,facebook,An" is 22 characters: the bad byte at column 23
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 23, says: ['0xED', 'not UTF-8'] }]);
  });

  it('counts the characters, not the bytes, of valid UTF-8 before a bad byte', () => {
    // 2025-01-01,facebook,Frühbucher Caf + 0xE9: 20 + 14 characters before it (ü is 2 bytes in UTF-8)
    const utf8 = Buffer.from('date,platform,campaign,impressions\n2025-01-01,facebook,Frühbucher Caf', 'utf8');
    const bytes = Buffer.concat([utf8, Uint8Array.of(0xe9), Buffer.from(',5\n')]);
    const { problems, at } = load({ 'a.csv': bytes });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 35, says: ['0xE9'] }]);
  });

  it('reads a UTF-16 LE file with BOM (as Meta exports them) like its UTF-8 twin', () => {
    const bytes = Buffer.concat([
      Uint8Array.of(0xff, 0xfe),
      Buffer.from('date,platform,impressions\r\n2025-01-01,facebook,5\r\n', 'utf16le'),
    ]);
    const { problems, files } = load({ 'a.csv': bytes });
    expect(problems).toEqual([]);
    expect(files[0]).toMatchObject({ shape: 'wide', rowsRead: 1, rowsAccepted: 1 });
  });

  it('reads a UTF-16 BE file with BOM, and points at a bad cell in it by character', () => {
    const le = Buffer.from('date,platform,impressions\n2025-01-01,facebook,5x\n', 'utf16le');
    const be = Buffer.from(le).swap16();
    const { problems, at } = load({ 'a.csv': Buffer.concat([Uint8Array.of(0xfe, 0xff), be]) });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 21, says: ['"5x"', 'a number'] }]);
  });

  it('reports an empty file at 1:1', () => {
    const { problems, at } = load({ 'a.csv': '' });
    expectProblems(problems, [{ file: at('a.csv'), line: 1, column: 1, says: ['empty', 'header row'] }]);
  });

  it('reports a file of blank lines at 1:1', () => {
    const { problems, at } = load({ 'a.csv': '\r\n  \r\n\r\n' });
    expectProblems(problems, [{ file: at('a.csv'), line: 1, column: 1, says: ['blank', 'header row'] }]);
  });

  it('reports a file with only a BOM as having no header', () => {
    const { problems, at } = load({ 'a.csv': '\ufeff' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: at('a.csv'), line: 1, column: 1 });
    expect(problems[0]!.message).toContain('header');
  });

  it.each([
    ['with a final newline', 'date,platform,impressions\n'],
    ['without a final newline', 'date,platform,impressions'],
    ['with BOM, CRLF and trailing blank lines', '\ufeffdate,platform,impressions\r\n\r\n'],
  ])('reports a header-only file (%s) where the data should start', (_label, text) => {
    const { problems, at, files } = load({ 'a.csv': text });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 1, says: ['a header but no data rows', 'at least one row'] },
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 0, rowsAccepted: 0 });
  });

  it('reports an Excel workbook saved with a .csv name', () => {
    const { problems, at } = load({ 'a.csv': Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00) });
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 1,
        column: 1,
        says: ['zip archive or an Excel workbook', 'expected CSV text', 'CSV UTF-8'],
      },
    ]);
  });

  it('reports a binary file at its first NUL byte', () => {
    const { problems, at } = load({
      'a.csv': Buffer.concat([Buffer.from('date,platform\nab'), Uint8Array.of(0, 1, 2)]),
    });
    expectProblems(problems, [{ file: at('a.csv'), line: 2, column: 3, says: ['NUL byte', 'UTF-8'] }]);
  });

  it('reports a spreadsheet next to the CSV files, naming its kind', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,5\n',
      'b.xlsx': 'PK',
      'c.ods': 'PK',
      'd.numbers': 'PK',
    });
    const saveAsCsv = ['expected CSV text', 'CSV UTF-8', 'LinkedIn'];
    expectProblems(problems, [
      { file: at('b.xlsx'), line: 1, column: 1, says: ['found an Excel workbook', ...saveAsCsv] },
      { file: at('c.ods'), line: 1, column: 1, says: ['found an OpenDocument spreadsheet', ...saveAsCsv] },
      { file: at('d.numbers'), line: 1, column: 1, says: ['found a Numbers spreadsheet', ...saveAsCsv] },
    ]);
  });

  it('still reads the other files of the client when one is unreadable', () => {
    const { problems, at, clients } = load({
      'a.csv': latin1('date,platform,impressions\n2025-01-01,facebook,\xe9\n'),
      'b.csv': 'date,platform,impressions\n2025-01-02,facebook,5\n2025-01-03,facebook,x\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 21, says: ['0xE9'] },
      { file: at('b.csv'), line: 3, column: 21, says: ['"x"'] },
    ]);
    expect(findSeries(clients[0]!.series, 'facebook', 'impressions').dayValues.get(day('2025-01-02'))).toBe(5);
  });
});

describe('large files, read in chunks', () => {
  // About 20,000 rows of ~45 characters: several 256 KB parsing chunks. Their 10,000 days
  // run from 2020 to 2047, so the client widens its window of dates.
  const clientYaml = 'name: Acme\ndates:\n  latest: 2047-12-31\n';
  const rows = ['date,platform,campaign,impressions'];
  for (let i = 0; i < 20_000; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + (i >> 1) * 86_400_000).toISOString().slice(0, 10);
    rows.push(`${date},${i % 2 === 0 ? 'facebook' : 'instagram'},Always on campaign,${1000 + i}`);
  }

  it('keeps line numbers right across chunks, through a quoted line break', () => {
    const lines = [...rows];
    // Row 12,000 (line 12,001) gets a campaign with a line break inside quotes: one record, two lines.
    lines[12_000] = lines[12_000]!.replace('Always on campaign', '"Always on\ncampaign"');
    // The record on line 18,002 (data row 18,000, after the two-line record) has a bad value.
    lines[18_000] = lines[18_000]!.replace(/,\d+$/, ',12x');
    const { problems, at, files } = load({ 'big.csv': lines.join('\n') + '\n' }, clientYaml);
    // "2044-...,instagram,Always on campaign,12x": 10 + 1 + 9 + 1 + 18 + 1 characters before the value
    expectProblems(problems, [{ file: at('big.csv'), line: 18_002, column: 41, says: ['"12x"'] }]);
    expect(files[0]!.rowsRead).toBe(20_000);
    expect(files[0]!.rowsAccepted).toBe(19_999);
  });

  it('locates an unclosed quote near the end of a large file', () => {
    const lines = [...rows];
    lines[19_990] = lines[19_990]!.replace('Always on campaign', '"Always on campaign');
    const { problems, at } = load({ 'big.csv': lines.join('\n') + '\n' }, clientYaml);
    // The opening quote is the first character of the campaign: 10 + 1 + 9 + 1 = column 21 (facebook row: 8 + 1)
    const platformWidth = lines[19_990]!.includes('instagram') ? 9 : 8;
    expectProblems(problems, [
      { file: at('big.csv'), line: 19_991, column: 10 + 1 + platformWidth + 1 + 1, says: ['never closed'] },
    ]);
  });
});

describe('cost categories', () => {
  it('reports a category that is not one of ads, content, staff, tools, other, suggesting the nearest', () => {
    // "2025-03,instagram,contnet,cost,10": the category starts at column 19
    const { problems, at } = load({
      'costs.csv': 'date,platform,category,metric,value\n2025-03,instagram,contnet,cost,10\n',
    });
    expectProblems(problems, [
      { file: at('costs.csv'), line: 2, column: 19, says: ['category: found "contnet"', 'did you mean "content"?'] },
    ]);
  });

  it('reports a metric other than spend or cost in a row with a category', () => {
    // "2025-03-01,facebook,content,5,12": 11 + 9 + 8 = 28 characters before impressions (5), at column 29
    const { problems, at } = load({
      'a.csv': 'date,platform,category,impressions,cost\n2025-03-01,facebook,content,5,12\n2025-03-02,facebook,,5,12\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 29, says: ['impressions: found a value in a row with category "content"'] },
    ]);
  });

  it('keeps a categorised cost apart from the uncategorised one of the same day', () => {
    const { problems, clients } = load({
      'a.csv': 'date,platform,category,cost\n2025-03-01,facebook,content,12\n2025-03-01,facebook,,3\n',
    });
    expect(problems).toEqual([]);
    expect(clients[0]!.series.map((s) => [s.category, s.dayValues.get(day('2025-03-01'))])).toEqual([
      ['content', 12],
      ['', 3],
    ]);
  });
});

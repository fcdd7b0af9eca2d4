/**
 * Exports as people re-save them: tab- or semicolon-separated, dates day first. Totals
 * are counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/ingest/csv.ts';
import { numericDateOrder } from '../../../src/ingest/exports/dates.ts';
import { expectProblems } from '../helpers.ts';
import { readText, values } from './read-helpers.ts';

describe('the separator of an export', () => {
  it('is the one a sep= line names, or the one the first line uses most', () => {
    expect(detectDelimiter('sep=\t\r\nFacebook reach\t\r\nDate\tPrimary\r\n')).toBe('\t');
    expect(detectDelimiter('sep=;\nDate;Views\n')).toBe(';');
    expect(detectDelimiter('Date;Impressions;Likes;\n2025-09-06;1200;30;\n')).toBe(';');
    expect(detectDelimiter('"Date","Views"\n')).toBe(',');
    // A comma inside quotes is no separator: "Sat, Sep 6, 2025";12;3 is semicolon-separated.
    expect(detectDelimiter('"Sat, Sep 6, 2025";"1,200";3\n')).toBe(';');
  });

  it('reads an X overview re-saved by Excel in a European locale: semicolons, trailing separators', () => {
    // Net follows 9 - 3 = 6 and 4 - 6 = -2; shares are Reposts only here: 6 and 1.
    const text =
      'Date;Impressions;Engagements;New follows;Unfollows;Reposts;\n' +
      'Sat, Sep 6, 2025;1200;85;9;3;6;\n' +
      'Fri, Sep 5, 2025;1050;70;4;6;1;\n';
    const read = readText(text);
    expect(read.format.id).toBe('x-account-overview');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => values(row))).toEqual([
      { impressions: 1200, engagements: 85, shares: 6, net_follows: 6 },
      { impressions: 1050, engagements: 70, shares: 1, net_follows: -2 },
    ]);
  });

  it('locates a bad value in a tab-separated file at its own column', () => {
    // "2025-08-01T00:00:00" is 19 characters and a tab: the value starts at column 21.
    const read = readText('sep=\t\nFacebook reach\t\nDate\tPrimary\n2025-08-01T00:00:00\t12x\n');
    expectProblems(read.problems, [{ file: 'in.csv', line: 4, column: 21, says: ['"12x"', 'column "Primary"'] }]);
  });
});

describe('numeric dates, day or month first', () => {
  it('is settled by a number over 12, or else by days in a row', () => {
    expect(numericDateOrder(['13-06-2025', '14-06-2025'])).toBe('day-first');
    expect(numericDateOrder(['06/13/2025'])).toBe('month-first');
    // 1, 2, 3 June day first are days in a row; month first they are a month apart.
    expect(numericDateOrder(['01-06-2025', '02-06-2025', '03-06-2025'])).toBe('day-first');
    expect(numericDateOrder(['06-01-2025', '06-02-2025', '06-03-2025'])).toBe('month-first');
    // One date, both numbers 12 or less: nothing settles it. Both over 12: the file contradicts itself.
    expect(numericDateOrder(['05-06-2025'])).toBeNull();
    expect(numericDateOrder(['13-06-2025', '06-13-2025'])).toBeNull();
  });

  it('reads a YouTube Totals.csv round-tripped through Excel day first, and says so', () => {
    // 13 June 1,224 views, 14 June 147: as in the real file in ../shared/real-exports.
    const read = readText('Date,Views\r\n13-06-2025,1224\r\n14-06-2025,147\r\n');
    expect(read.format.id).toBe('youtube-totals');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-06-13', { video_views: 1224 }],
      ['2025-06-14', { video_views: 147 }],
    ]);
    expect(read.notes).toContain('dates such as "13-06-2025" are read day first, as the file\'s dates settle it');
  });

  it('never guesses: a file whose dates do not settle the order gets one located message, with a count', () => {
    // 5 June and 12 July, or 6 May and 7 December: nothing in the file says.
    const read = readText('Date,Views\n05-06-2025,10\n12-07-2025,4\n');
    expectProblems(read.problems, [
      {
        file: 'in.csv',
        line: 2,
        column: 1,
        says: [
          '"05-06-2025" in column "Date" (dates like it in this file: 2)',
          'day or the month first',
          'expected date_format: day-first or month-first',
        ],
      },
    ]);
    expect(read.rows).toEqual([]);
  });

  it('reads them as date_format in client.yaml says, and says so', () => {
    const read = readText('Date,Views\n05-06-2025,10\n12-07-2025,4\n', { dateFormat: 'month-first' });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.from)).toEqual(['2025-05-06', '2025-12-07']);
    expect(read.notes).toContain('dates such as "05-06-2025" are read month first, as date_format in client.yaml says');
    expect([...read.settingsUsed]).toEqual(['date_format']);
    // A file that settles the order itself does not need the setting.
    expect([...readText('Date,Views\n13-06-2025,1\n', { dateFormat: 'month-first' }).settingsUsed]).toEqual([]);
  });
});

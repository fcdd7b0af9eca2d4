/**
 * LinkedIn Page sheets saved as CSV: followers, content metrics and visitors.
 */
import { describe, expect, it } from 'vitest';
import { spreadsheetRefusal } from '../../../src/ingest/exports/index.ts';
import { expectProblems } from '../helpers.ts';
import { readFixture, readText, spans, values } from './read-helpers.ts';

describe('LinkedIn Page exports', () => {
  it('reads the followers sheet: Total followers (new followers that day) as gross net follows', () => {
    const read = readFixture('linkedin-followers.csv');
    expect(read.format.id).toBe('linkedin-followers');
    expect(read.problems).toEqual([]);
    // Total followers = sponsored + organic + auto-invited: 0 + 3 + 1 = 4, then 2 + 5 + 0 = 7.
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-09-01', { net_follows: 4 }],
      ['2025-09-02', { net_follows: 7 }],
    ]);
    expect(read.rows.every((row) => row.platform === 'linkedin')).toBe(true);
    expect(read.notes.join(' ')).toContain('gross new followers');
  });

  it('reads the content sheet below its description row, ignoring rates and the empty trailing row', () => {
    const read = readFixture('linkedin-content.csv');
    expect(read.format.id).toBe('linkedin-content');
    expect(read.problems).toEqual([]);
    // Line 1 describes the sheet, line 2 is the header, line 5 is ",,,,": two rows read.
    expect(read.rowsRead).toBe(2);
    expect(spans(read.rows)).toEqual(['3 linkedin 2025-09-01..2025-09-01', '4 linkedin 2025-09-02..2025-09-02']);
    // The (total) columns: impressions 800 + 200 = 1000, clicks 20 + 5 = 25, reactions 30 + 2 = 32, comments 4, reposts 2 + 1 = 3.
    expect(values(read.rows[0]!)).toEqual({ impressions: 1000, clicks: 25, likes: 32, comments: 4, shares: 3 });
    expect(values(read.rows[1]!)).toEqual({ impressions: 1150, clicks: 31, likes: 40, comments: 6, shares: 5 });
  });

  it('reads the visitors sheet: total page views as profile visits', () => {
    const read = readFixture('linkedin-visitors.csv');
    expect(read.format.id).toBe('linkedin-visitors');
    // Total page views (total) = desktop + mobile: 14 + 9 = 23, then 11 + 4 = 15.
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-09-01', { profile_visits: 23 }],
      ['2025-09-02', { profile_visits: 15 }],
    ]);
  });

  it('reports a day-first date and a percentage in a count column', () => {
    const text = 'Date,Impressions (total),Clicks (total)\n13/09/2025,100,5\n09/14/2025,6.5%,5\n';
    const read = readText(text);
    // Line 3: "09/14/2025," is 11 characters: Impressions (total) at 12.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 1, says: ['"13/09/2025"', 'column "Date"', 'month/day/year'] },
      { file: 'in.csv', line: 3, column: 12, says: ['"6.5%"', 'column "Impressions (total)"', 'no % sign'] },
    ]);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([['2025-09-14', { clicks: 5 }]]);
  });

  it('refuses a workbook at line 1, column 1, saying how to save it as CSV', () => {
    const problem = spreadsheetRefusal('data/acme/linkedin.xls');
    expect(problem).toMatchObject({ file: 'data/acme/linkedin.xls', line: 1, column: 1 });
    expect(problem.message).toContain('expected CSV text');
    expect(problem.message).toContain('CSV UTF-8');
  });
});

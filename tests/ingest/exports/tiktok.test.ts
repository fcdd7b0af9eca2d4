/**
 * TikTok Studio: dates without a year, taken from the settings or the file name as the
 * year of the newest day, rolling back over a December → January step.
 */
import { describe, expect, it } from 'vitest';
import { expectProblems } from '../helpers.ts';
import { readFixture, readText, values } from './read-helpers.ts';

describe('TikTok Studio overview', () => {
  it('takes the year from the file name and rolls it over from December to January', () => {
    const read = readFixture('tiktok-overview-2026.csv');
    expect(read.format.id).toBe('tiktok-overview');
    expect(read.problems).toEqual([]);
    // Oldest first: Dec 30 and 31 are 2025, Jan 1 (the newest day) is 2026, the file name's year.
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-12-30', { video_views: 1441, profile_visits: 52, likes: 31, comments: 2, shares: 11 }],
      // "undefined" likes: not reported.
      ['2025-12-31', { video_views: 980, profile_visits: 40, comments: 1, shares: 3 }],
      ['2026-01-01', { video_views: 2100, profile_visits: 75, likes: 60, comments: 4, shares: 20 }],
    ]);
  });

  it('handles newest-first rows with the year from the settings', () => {
    const text =
      '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' +
      '"January 2","5","1","0","0","0"\n"January 1","4","1","0","0","0"\n"December 31","3","1","0","0","0"\n';
    const read = readText(text, { year: 2026 });
    expect(read.rows.map((row) => row.from)).toEqual(['2026-01-02', '2026-01-01', '2025-12-31']);
  });

  it('says once how to give the year when nothing gives it', () => {
    const text =
      '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' +
      '"August 30","5","1","0","0","0"\n"August 31","4","1","0","0","0"\n';
    const read = readText(text, { fileName: 'overview.csv' });
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 1, says: ['"August 30"', 'no year', "client's settings", 'file name'] },
    ]);
    expect(read.rows).toEqual([]);
  });

  it('reports a date it cannot read and a negative count of views', () => {
    const text =
      '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' +
      '"Ayer","5","1","0","0","0"\n"September 1","-4","1","0","0","0"\n';
    const read = readText(text, { year: 2025 });
    // Line 3: `"September 1",` is 14 characters: Video Views at 15.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 1, says: ['"Ayer"', 'with a month name', 'es, pt, fr, de'] },
      { file: 'in.csv', line: 3, column: 15, says: ['"-4"', 'column "Video Views"', 'expected a count of 0 or more'] },
    ]);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-09-01', { profile_visits: 1, likes: 0, comments: 0, shares: 0 }],
    ]);
  });

  it('reads the month names of the languages TikTok Studio downloads in', () => {
    // The same three days in nine languages: 8, 9 and 10 March 2025, 10 + 20 + 30 views.
    for (const days of [
      ['8 de marzo', '9 de marzo', '10 de marzo'],
      ['8 de março', '9 de março', '10 de março'],
      ['8 mars', '9 mars', '10 mars'],
      ['8. März', '9. März', '10. März'],
      ['8 Maret', '9 Maret', '10 Maret'],
      ['8 Mart', '9 Mart', '10 Mart'],
      ['۸ مارس', '۹ مارس', '۱۰ مارس'],
      ['٨ مارس', '٩ مارس', '١٠ مارس'],
      ['March 8', 'March 9', 'March 10'],
    ]) {
      const text =
        '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' +
        days.map((d, i) => `"${d}","${(i + 1) * 10}","1","0","0","0"\n`).join('');
      const read = readText(text, { year: 2025 });
      expect(read.problems, days[0]).toEqual([]);
      expect(
        read.rows.map((row) => [row.from, values(row).video_views]),
        days[0],
      ).toEqual([
        ['2025-03-08', 10],
        ['2025-03-09', 20],
        ['2025-03-10', 30],
      ]);
    }
  });
});

describe('TikTok Studio follower history', () => {
  it('reads followers (a stock) and the signed daily difference as net follows', () => {
    const read = readFixture('tiktok-followers.csv', { year: 2025 });
    expect(read.format.id).toBe('tiktok-followers');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-08-31', { followers: 1195, net_follows: -5 }],
      ['2025-08-30', { followers: 1200, net_follows: 5 }],
    ]);
  });
});

describe('TikTok Studio corrections', () => {
  it("sums a negative day as given, TikTok's correction for deleted comments, and says so", () => {
    // Comments: 3, then -1 (one deleted), then 2: the month total is 3 - 1 + 2 = 4.
    const text =
      '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n' +
      '"March 1","100","5","10","3","1"\n"March 2","80","4","-2","-1","0"\n"March 3","90","6","7","2","2"\n';
    const read = readText(text, { year: 2026 });
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => values(row).comments)).toEqual([3, -1, 2]);
    expect(read.rows.reduce((sum, row) => sum + values(row).comments!, 0)).toBe(4);
    expect(read.rows.reduce((sum, row) => sum + values(row).likes!, 0)).toBe(15);
    expect(read.notes).toContainEqual(expect.stringContaining('1 day has a negative count'));
  });
});

describe('TikTok Studio Content.csv', () => {
  it('reads each video as a post on its post day, identified by the id in its link', () => {
    const read = readFixture('tiktok-studio/Content.csv', { year: 2026 });
    expect(read.format.id).toBe('tiktok-content');
    expect(read.problems).toEqual([]);
    // Taken on January 18: January 10 and 2 are 2026; December 28 is after January 18, so 2025.
    expect(read.rows.map((row) => [row.postId, row.from, values(row)])).toEqual([
      ['7593820674163100946', '2026-01-10', { video_views: 28590, likes: 529, comments: 170, shares: 122, posts: 1 }],
      ['7590011122233344455', '2026-01-02', { video_views: 3120, likes: 88, comments: 4, shares: 9, posts: 1 }],
      ['7587766655544433322', '2025-12-28', { video_views: 9800, likes: 140, comments: 12, shares: 30, posts: 1 }],
    ]);
  });

  it('without a Time column, takes the newest post day as the newest, and asks for a year when nothing gives it', () => {
    const text =
      'Video title,Video link,Post time,Total views\n' +
      't,https://www.tiktok.com/@a/video/2,January 3,5\nt,https://www.tiktok.com/@a/video/1,December 30,7\n';
    const read = readText(text, { year: 2026 });
    expect(read.rows.map((row) => [row.postId, row.from])).toEqual([
      ['2', '2026-01-03'],
      ['1', '2025-12-30'],
    ]);
    const unknown = readText(text);
    expect(unknown.rows).toEqual([]);
    expectProblems(unknown.problems, [
      { file: 'in.csv', line: 2, column: 37, says: ['"January 3" with no year', 'tiktok-content-2025.csv'] },
    ]);
  });
});

describe('TikTok Studio Content.csv without a Time column', () => {
  it('takes the post just before the longest gap as the newest: across the turn of the year, or not', () => {
    const text = (days: string[]) =>
      'Video title,Video link,Post time,Total views\n' +
      days.map((day, i) => `t,https://www.tiktok.com/@a/video/${i + 1},${day},1`).join('\n') +
      '\n';
    // 28 December to 5 January: the newest is 5 January, so December is the year before.
    expect(readText(text(['December 28', 'January 5']), { year: 2026 }).rows.map((row) => row.from)).toEqual([
      '2025-12-28',
      '2026-01-05',
    ]);
    // March to June, all in the year given.
    expect(readText(text(['March 2', 'June 9']), { year: 2026 }).rows.map((row) => row.from)).toEqual([
      '2026-03-02',
      '2026-06-09',
    ]);
  });
});

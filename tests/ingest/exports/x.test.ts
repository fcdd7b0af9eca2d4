/**
 * X (Twitter) exports: the daily account overview, the per-post content export and the
 * legacy per-tweet export. Columns are counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { expectProblems } from '../helpers.ts';
import { cellOf, readFixture, readText, spans, values } from './read-helpers.ts';

describe('X account overview (daily)', () => {
  it('reads each day, newest first as exported, with shares = Reposts + Shares and net follows = New follows - Unfollows', () => {
    const read = readFixture('x-account-overview.csv');
    expect(read.format.id).toBe('x-account-overview');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(3);
    expect(spans(read.rows)).toEqual([
      '2 x 2025-09-06..2025-09-06',
      '3 x 2025-09-05..2025-09-05',
      '4 x 2025-09-04..2025-09-04',
    ]);
    // Sep 6: shares 6 reposts + 2 shares = 8; net follows 9 - 3 = 6. Media views (300) are not read.
    expect(values(read.rows[0]!)).toEqual({
      impressions: 1200,
      likes: 30,
      engagements: 85,
      saves: 4,
      shares: 8,
      comments: 5,
      profile_visits: 14,
      video_views: 150,
      posts: 2,
      net_follows: 6,
    });
    // Sep 5: "1,050" is 1050; shares 1 + 0 = 1; net follows 4 - 6 = -2.
    expect(values(read.rows[1]!)).toMatchObject({ impressions: 1050, shares: 1, net_follows: -2, posts: 1 });
    // Sep 4: video views "-" is not reported, so there is no video_views cell; shares 3 + 1 = 4.
    expect(values(read.rows[2]!)).not.toHaveProperty('video_views');
    expect(values(read.rows[2]!)).toMatchObject({ impressions: 980, shares: 4, net_follows: 5, posts: 0 });
    // Line 2: the quoted date "Sat, Sep 6, 2025" takes columns 1-18, so Impressions starts at 20,
    // New follows at 35 and Reposts (where shares are located) at 41.
    expect(cellOf(read.rows[0]!, 'impressions')).toEqual({ metric: 'impressions', value: 1200, line: 2, column: 20 });
    expect(cellOf(read.rows[0]!, 'net_follows').column).toBe(35);
    expect(cellOf(read.rows[0]!, 'shares').column).toBe(41);
    // No date in the file name: the newest row's day.
    expect(read.exportedThrough).toBe('2025-09-06');
  });

  it('reports every bad value with its location, and never a negative count', () => {
    const text =
      'Date,Impressions,Likes,Engagements,New follows,Unfollows\n' +
      '"Sat, Sep 6, 2025",12OO,-3,85,9,3\n' +
      '"Sep 31, 2025",10,1,2,1,0\n';
    const read = readText(text);
    // Line 2: the date takes columns 1-18; Impressions at 20, Likes at 25.
    // Line 3: "Sep 31, 2025" (there is no September 31) at column 1.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 20, says: ['"12OO"', 'column "Impressions"', 'expected a number'] },
      { file: 'in.csv', line: 2, column: 25, says: ['"-3"', 'column "Likes"', 'expected a count of 0 or more'] },
      { file: 'in.csv', line: 3, column: 1, says: ['"Sep 31, 2025"', 'column "Date"', '"Sat, Sep 6, 2025"'] },
    ]);
    // The good values of line 2 are still read.
    expect(spans(read.rows)).toEqual(['2 x 2025-09-06..2025-09-06']);
    expect(values(read.rows[0]!)).toEqual({ engagements: 85, net_follows: 6 });
  });
});

describe('X post content export (per post)', () => {
  it('reads one row per post on its publish day, with its id and posts: 1', () => {
    const read = readFixture('account_analytics_content_2025-09-01_2025-09-30.csv');
    expect(read.format.id).toBe('x-post-content');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.postId, row.from, row.to])).toEqual([
      ['1964012345678901234', '2025-09-06', '2025-09-06'],
      ['1963650000000000001', '2025-09-05', '2025-09-05'],
    ]);
    // Shares 20 reposts + 4 shares = 24; New follows (3) are not read from a post export.
    expect(values(read.rows[0]!)).toEqual({
      impressions: 5400,
      likes: 120,
      engagements: 310,
      saves: 15,
      shares: 24,
      comments: 12,
      profile_visits: 40,
      clicks: 25,
      posts: 1,
    });
    expect(values(read.rows[1]!)).toMatchObject({ impressions: 800, shares: 2, clicks: 4 });
    // The second post's text holds a line break: the row starts on line 3, its numbers are on line 4,
    // after `of text",` (9 characters) and the 45-character link and its comma: Impressions at column 56.
    expect(read.rows[1]!.line).toBe(3);
    expect(cellOf(read.rows[1]!, 'impressions')).toEqual({ metric: 'impressions', value: 800, line: 4, column: 56 });
    // The file name says the export runs to September 30.
    expect(read.exportedThrough).toBe('2025-09-30');
  });
});

describe('X tweet activity export, legacy (per tweet)', () => {
  it('reads the 2015 variant (favorites), float counts and "-" as not reported', () => {
    const text =
      '"Tweet id","Tweet permalink","Tweet text","time","impressions","engagements","engagement rate","retweets","replies","favorites","user profile clicks","url clicks","promoted impressions"\n' +
      '"600000000000000001","https://twitter.com/a/status/600000000000000001","Hello\nworld","2015-05-17 23:30 +0000","41.0","5.0","0.12195","1.0","0.0","3.0","-","1.0","-"\n';
    const read = readText(text, { fileName: 'tweet_activity_metrics_acme_20150501_20150531_en.csv' });
    expect(read.format.id).toBe('x-tweet-activity');
    expect(read.problems).toEqual([]);
    // 23:30 UTC on May 17 stays on May 17 (the UTC day); user profile clicks "-" gives no cell.
    expect(read.rows.map((row) => [row.postId, row.from, row.line])).toEqual([['600000000000000001', '2015-05-17', 2]]);
    expect(values(read.rows[0]!)).toEqual({
      impressions: 41,
      engagements: 5,
      shares: 1,
      comments: 0,
      likes: 3,
      clicks: 1,
      posts: 1,
    });
    expect(read.exportedThrough).toBe('2015-05-31');
  });

  it('refuses an id that a spreadsheet turned into scientific notation', () => {
    const text = '"Tweet id","time","impressions","engagements"\n"8.49049E+17","2017-04-04 00:00 +0000","29.0","1.0"\n';
    const read = readText(text);
    expectProblems(read.problems, [
      {
        file: 'in.csv',
        line: 2,
        column: 1,
        says: ['"8.49049E+17"', 'column "Tweet id"', "expected the post's full id"],
      },
    ]);
    expect(read.rows).toEqual([]);
  });
});

describe('columns an export has that Recap does not read', () => {
  it('reads an older export that says Share for Shares, and names every metric column it leaves out', () => {
    // An older X account overview: "Share" in the singular, and Media views, which Recap leaves out.
    const text =
      'Date,Impressions,Engagements,New follows,Unfollows,Reposts,Share,Media views\n' +
      '"Sat, Sep 6, 2025",1200,85,9,3,6,2,300\n' +
      '"Fri, Sep 5, 2025",1050,70,4,6,1,0,210\n';
    const read = readText(text);
    expect(read.problems).toEqual([]);
    // Shares are Reposts + Share: 6 + 2 = 8 on Sep 6, 1 + 0 = 1 on Sep 5; 9 in all, not 7.
    expect(read.rows.map((row) => values(row).shares)).toEqual([8, 1]);
    expect(read.notes).toContain('not read: "Media views"');
  });

  it('says nothing when every metric column is read', () => {
    const read = readText('Date,Impressions,Engagements,New follows,Unfollows\n"Sat, Sep 6, 2025",1200,85,9,3\n');
    expect(read.notes.filter((note) => note.startsWith('not read'))).toEqual([]);
  });
});

/**
 * YouTube Studio's three CSVs: Table data (per video), Chart data (per day per video)
 * and Totals (per day).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectProblems } from '../helpers.ts';
import { detectExport } from '../../../src/ingest/exports/index.ts';
import { cellOf, readFixture, readText, spans, values } from './read-helpers.ts';

describe('YouTube Studio Table data.csv', () => {
  const header = 'Content,Video title,Video publish time,Duration,Views,Subscribers,Impressions,Likes\n';

  it('skips the Total row, keeps ids that start with "-", and reads blank-dated rows without values silently', () => {
    const read = readText(
      header +
        'Total,,,,40,-1,900,12\n' +
        'GlIhjEa4FAk,First,"Sep 27, 2024",60,30,2,700,10\n' +
        ' -xYz123AbC,"Second, with a comma","Sep 20, 2024",45,10,-3,200,2\n' +
        'removedVid1,Removed,,30,0,0,0,0\n',
    );
    expect(read.format.id).toBe('youtube-table-data');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(4);
    expect(read.rows.map((row) => [row.line, row.postId, row.from])).toEqual([
      [3, 'GlIhjEa4FAk', '2024-09-27'],
      [4, '-xYz123AbC', '2024-09-20'],
    ]);
    expect(values(read.rows[0]!)).toEqual({ video_views: 30, net_follows: 2, impressions: 700, likes: 10, posts: 1 });
    // Subscribers is a net change and may be negative.
    expect(values(read.rows[1]!)).toEqual({ video_views: 10, net_follows: -3, impressions: 200, likes: 2, posts: 1 });
  });

  it('reports a blank publish date on a row with values, and a bad count', () => {
    const read = readText(header + 'GlIhjEa4FAk,First,,60,30,0,0,0\nYBJdAVwsKtI,Second,"Dec 23, 2024",7,ten,0,0,0\n');
    // Line 2: "GlIhjEa4FAk,First," is 18 characters: the publish time at 19.
    // Line 3: `YBJdAVwsKtI,Second,"Dec 23, 2024",7,` is 36 characters: Views at 37.
    expectProblems(read.problems, [
      {
        file: 'in.csv',
        line: 2,
        column: 19,
        says: ['empty cell', '"Video publish time"', '30 video_views', 'left out'],
      },
      { file: 'in.csv', line: 3, column: 37, says: ['"ten"', 'column "Views"', 'expected a number'] },
    ]);
    expect(read.rows.map((row) => [row.postId, values(row)])).toEqual([
      ['YBJdAVwsKtI', { net_follows: 0, impressions: 0, likes: 0, posts: 1 }],
    ]);
  });
});

describe('YouTube Studio Chart data.csv and Totals.csv', () => {
  it('sums Chart data per day over the videos, without a post id', () => {
    const read = readFixture(path.join('youtube-studio', 'Chart data.csv'));
    expect(read.format.id).toBe('youtube-chart-data');
    expect(read.problems).toEqual([]);
    // Sep 27: 12 + 5 = 17 views; Sep 28: 7 + (blank) = 7.
    expect(read.rows.map((row) => [row.from, row.postId, values(row)])).toEqual([
      ['2024-09-27', null, { video_views: 17 }],
      ['2024-09-28', null, { video_views: 7 }],
    ]);
    // A summed value is located at its first cell: line 2, after `2024-09-27,` (11), `GlIhjEa4FAk,` (12),
    // `First video,` (12) and `"Sep 27, 2024",` (15): 50 characters, so column 51.
    expect(cellOf(read.rows[0]!, 'video_views')).toEqual({ metric: 'video_views', value: 17, line: 2, column: 51 });
  });

  it('reads Totals per day, a blank cell being no value', () => {
    const read = readFixture(path.join('youtube-studio', 'Totals.csv'));
    expect(read.format.id).toBe('youtube-totals');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2024-09-27', { video_views: 17 }],
      ['2024-09-29', { video_views: 9 }],
    ]);
    expect(spans(read.rows)).toEqual(['2 youtube 2024-09-27..2024-09-27', '4 youtube 2024-09-29..2024-09-29']);
  });
});

describe('YouTube Studio Totals.csv of other chart metrics', () => {
  it('reads watch time, subscribers and impressions, each from a Totals.csv of its own', () => {
    const watch = readText('Date,Watch time (hours)\n2025-06-13,12.5\n2025-06-14,3.25\n');
    expect(watch.format.id).toBe('youtube-totals-watch-time');
    expect(watch.rows.map((row) => [row.from, values(row)])).toEqual([
      ['2025-06-13', { watch_hours: 12.5 }],
      ['2025-06-14', { watch_hours: 3.25 }],
    ]);
    // Subscribers is YouTube's net change: gained minus lost, so a day may be negative.
    const subscribers = readText('Date,Subscribers\n2025-06-13,4\n2025-06-14,-2\n', {
      file: 'Totals.csv',
      fileName: 'Totals.csv',
    });
    expect(subscribers.format.id).toBe('youtube-totals-subscribers');
    expect(subscribers.rows.map((row) => values(row))).toEqual([{ net_follows: 4 }, { net_follows: -2 }]);
    const impressions = readText('Date,Impressions\n2025-06-13,1500\n', {
      file: 'Totals (1).csv',
      fileName: 'Totals (1).csv',
    });
    expect(impressions.format.id).toBe('youtube-totals-impressions');
    expect(impressions.rows.map((row) => values(row))).toEqual([{ impressions: 1500 }]);
  });

  it('does not take an X account overview, or a Recap file without its platform column, for one', () => {
    const read = readText('Date,Impressions,Engagements,New follows,Unfollows\n"Sat, Sep 6, 2025",10,2,1,0\n', {
      fileName: 'Totals.csv',
    });
    expect(read.format.id).toBe('x-account-overview');
    // Only a file named as Studio names it: date,impressions elsewhere is a Recap file missing its platform.
    expect(detectExport('date,impressions\n2025-06-13,1500\n', 'impressions.csv')).toMatchObject({ format: null });
  });
});

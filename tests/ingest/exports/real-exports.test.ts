/**
 * The real exports in ../shared/real-exports, read in place, never copied. Their totals
 * were worked out from the files themselves, as each comment says.
 *
 * When the folder is missing the tests are skipped with a loud warning; under CI its
 * absence is a failure, so that the check can never pass silently.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realExportsMissing, REAL_EXPORTS, reportMissingRealExports } from '../../real-exports-folder.ts';
import { cellOf, readFile, total, values } from './read-helpers.ts';

reportMissingRealExports('the real-export tests');

const real = (name: string) => path.join(REAL_EXPORTS, name);

describe('real exports', () => {
  it.skipIf(realExportsMissing)('X legacy tweet activity: 10 tweets, one with a line break in its text', () => {
    const read = readFile(real('tweet_activity_metrics_TCORSStgOrg_20170401_20170408_en.csv'));
    expect(read.format.id).toBe('x-tweet-activity');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(10);
    expect(read.rows).toHaveLength(10);
    // The "impressions" column, tweet by tweet: 29+10+102+33+29+100+35+34+27+87 = 486.
    expect(total(read.rows, 'impressions')).toBe(486);
    // "engagements": 1+2+3+4+1+6+0+0+1+3 = 21; "retweets": 1 + 2 + 1 = 4; "likes": 1 + 1 + 2 = 4;
    // "url clicks": 1+2+2+4+1+2 = 12; "replies" are all 0.
    expect(total(read.rows, 'engagements')).toBe(21);
    expect(total(read.rows, 'shares')).toBe(4);
    expect(total(read.rows, 'likes')).toBe(4);
    expect(total(read.rows, 'clicks')).toBe(12);
    expect(total(read.rows, 'comments')).toBe(0);
    expect(total(read.rows, 'posts')).toBe(10);
    // Tweets from 2017-04-01 00:00 to 2017-04-04 00:00 UTC.
    expect(read.rows.map((row) => row.from).sort()).toEqual([
      '2017-04-01',
      '2017-04-01',
      '2017-04-01',
      '2017-04-02',
      '2017-04-02',
      '2017-04-02',
      '2017-04-03',
      '2017-04-03',
      '2017-04-03',
      '2017-04-04',
    ]);
    // The tweet of line 10 goes on to line 11: two links (23 characters each, a space between) and `",`
    // then the 24-character quoted time and a comma: its impressions "27.0" start at column 75.
    const broken = read.rows.find((row) => row.postId === '848248639441055744')!;
    expect(broken.line).toBe(10);
    expect(cellOf(broken, 'impressions')).toEqual({ metric: 'impressions', value: 27, line: 11, column: 75 });
    // From the file name's "_20170408_".
    expect(read.exportedThrough).toBe('2017-04-08');
  });

  it.skipIf(realExportsMissing)('Facebook Insights post export: one post below the descriptive second row', () => {
    const read = readFile(real('facebook-insights-post-level-2017-01-19.csv'));
    expect(read.format.id).toBe('facebook-insights-posts');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(2);
    expect(read.rows).toHaveLength(1);
    const post = read.rows[0]!;
    expect([post.line, post.postId, post.from, post.platform]).toEqual([
      3,
      '1605839243031680_1867404650208470',
      '2017-01-19',
      'facebook',
    ]);
    // Read off line 3 by the header of line 1 (and row 2's "(Total Count)" for the repeated video views titles).
    expect(values(post)).toEqual({
      reach: 35,
      impressions: 60,
      engagements: 2,
      clicks: 1,
      likes: 1,
      comments: 1,
      shares: 1,
      video_views: 0,
      posts: 1,
    });
  });

  it.skipIf(realExportsMissing)('Meta Ads Manager: 535 campaigns in USD, blanks as 0', () => {
    const read = readFile(real('meta-ads-manager.csv'), { currency: 'USD', platform: 'facebook' });
    expect(read.format.id).toBe('meta-ads-manager');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(535);
    expect(read.rows).toHaveLength(535);
    // Summed with awk, counting fields from the end of each line because campaign names hold commas:
    // Impressions 555759, Link Clicks 1550, Post Engagement 38227, Amount Spent 4343.72.
    expect(total(read.rows, 'impressions')).toBe(555759);
    expect(total(read.rows, 'clicks')).toBe(1550);
    expect(total(read.rows, 'engagements')).toBe(38227);
    expect(total(read.rows, 'spend')).toBeCloseTo(4343.72, 2);
    // Line 2 ran 2017-07-17 to 07-19, inside the reporting dates 2017-04-19 to 07-19.
    expect(read.rows[0]).toMatchObject({
      campaign: 'Post: "Hydrogen cyanide is found in rat poison. It’s..."',
      from: '2017-07-17',
      to: '2017-07-19',
    });
    // Line 509: 4 impressions, blank link clicks (0), 0.04 spent, Apr 23-25.
    const small = read.rows.find((row) => row.line === 509)!;
    expect([small.campaign, small.from, small.to]).toEqual([
      'B Free of Tobacco - Page Post Engagement',
      '2017-04-23',
      '2017-04-25',
    ]);
    expect(values(small)).toMatchObject({ impressions: 4, clicks: 0, spend: 0.04 });
    expect(read.exportedThrough).toBe('2017-07-19');
  });

  it.skipIf(realExportsMissing)('Meta Ads Manager: amounts in USD for a EUR client are refused at the header', () => {
    const read = readFile(real('meta-ads-manager.csv'), { currency: 'EUR', platform: 'facebook' });
    // The header's quoted names up to "Reporting Ends", and the commas, take 169 characters.
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ line: 1, column: 170 });
    expect(read.problems[0]!.message).toContain('"Amount Spent (USD)"');
    expect(total(read.rows, 'spend')).toBe(0);
    expect(read.rows).toHaveLength(535);
  });

  it.skipIf(realExportsMissing)('YouTube Studio Table data: the Total row skipped, six videos', () => {
    const read = readFile(real('youtube-studio-table-data.csv'));
    expect(read.format.id).toBe('youtube-table-data');
    expect(read.problems).toEqual([]);
    expect(read.rowsRead).toBe(7);
    expect(read.rows).toHaveLength(6);
    // Views 4 + 10 + 2 + 5 + 1 + 3 = 25, as the Total row says. Subscribers: 0 on five videos and blank
    // on the last, so 0, while the Total row says -2 (lost on videos the table does not list).
    expect(total(read.rows, 'video_views')).toBe(25);
    expect(total(read.rows, 'net_follows')).toBe(0);
    expect(read.rows.map((row) => [row.postId, row.from])).toEqual([
      ['GlIhjEa4FAk', '2025-01-08'],
      ['YBJdAVwsKtI', '2024-12-23'],
      ['axe3IdS3TZc', '2024-12-26'],
      ['JP0YM2-7dWs', '2024-12-27'],
      ['EKV_vATBUYU', '2024-12-26'],
      ['xuZP_lPb_gQ', '2024-12-18'],
    ]);
    // No date in the file name: the newest publish day.
    expect(read.exportedThrough).toBe('2025-01-08');
  });
});

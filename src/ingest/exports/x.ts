/**
 * X (Twitter): the daily account overview, the per-post content export and the
 * legacy per-tweet export (tweet_activity_metrics_*.csv).
 *
 * Shares are Reposts plus Shares: X's "Shares" counts sharing by DM or link, "Reposts"
 * are retweets; both spread the post, and other platforms count reposts as shares.
 * Media views are left out: they count image views too, so they are not video views.
 */
import { parseAnyFullDate, parseIsoDateTime } from './dates.ts';
import { POST_LEVEL_NOTE, readPosts } from './posts.ts';
import type { MetricSpec, Reading } from './reading.ts';
import type { ExportAdapter } from './adapter.ts';

const POST_FOLLOWS_NOTE =
  'follows credited to single posts are left out: they are new follows without unfollows, and the account overview gives the net change';

const overviewSpecs: MetricSpec[] = [
  { metric: 'impressions', terms: [{ names: ['impressions'] }] },
  { metric: 'likes', terms: [{ names: ['likes'] }] },
  { metric: 'engagements', terms: [{ names: ['engagements'] }] },
  { metric: 'saves', terms: [{ names: ['bookmarks'] }] },
  { metric: 'shares', terms: [{ names: ['reposts'] }, { names: ['shares'] }] },
  { metric: 'comments', terms: [{ names: ['replies'] }] },
  { metric: 'profile_visits', terms: [{ names: ['profile visits'] }] },
  { metric: 'video_views', terms: [{ names: ['video views'] }] },
  { metric: 'posts', terms: [{ names: ['create post', 'create posts'] }] },
  {
    metric: 'net_follows',
    terms: [{ names: ['new follows'] }, { names: ['unfollows'], sign: -1 }],
    needsAll: true,
  },
];

export const xAccountOverview: ExportAdapter = {
  format: {
    id: 'x-account-overview',
    label: 'X account overview (daily)',
    platform: 'x',
    level: 'daily',
    required: ['date', 'impressions', 'engagements', 'new follows', 'unfollows'],
    excluded: ['post id'],
    notes: ['net follows are New follows minus Unfollows; shares are Reposts plus Shares (shares by DM or link)'],
  },
  read(reading: Reading) {
    const dateColumn = reading.column('date');
    const specs = reading.resolve(overviewSpecs);
    for (const record of reading.dataRecords) {
      reading.rowsRead++;
      if (reading.isTotalRow(record, dateColumn)) continue;
      const cells = reading.cells(record, specs);
      const day = reading.date(record, dateColumn, parseAnyFullDate, '"Sat, Sep 6, 2025"');
      if (day === null) continue;
      reading.addRow({ from: day, to: day, platform: 'x', campaign: '', postId: null, cells }, record);
    }
  },
};

const contentSpecs: MetricSpec[] = [
  { metric: 'impressions', terms: [{ names: ['impressions'] }] },
  { metric: 'likes', terms: [{ names: ['likes'] }] },
  { metric: 'engagements', terms: [{ names: ['engagements'] }] },
  { metric: 'saves', terms: [{ names: ['bookmarks'] }] },
  { metric: 'shares', terms: [{ names: ['reposts'] }, { names: ['shares'] }] },
  { metric: 'comments', terms: [{ names: ['replies'] }] },
  { metric: 'profile_visits', terms: [{ names: ['profile visits'] }] },
  { metric: 'clicks', terms: [{ names: ['url clicks'] }] },
  { metric: 'video_views', terms: [{ names: ['video views'] }] },
];

export const xPostContent: ExportAdapter = {
  format: {
    id: 'x-post-content',
    label: 'X post content export (per post)',
    platform: 'x',
    level: 'post',
    required: ['post id', 'date', 'impressions', 'engagements'],
    excluded: [],
    notes: [POST_LEVEL_NOTE, POST_FOLLOWS_NOTE],
  },
  read(reading: Reading) {
    readPosts(reading, {
      platform: 'x',
      id: ['post id'],
      published: ['date'],
      identity: { link: ['post link'], caption: ['post text'] },
      parseDate: parseAnyFullDate,
      dateExample: '"Sat, Sep 6, 2025"',
      specs: contentSpecs,
    });
  },
};

const legacySpecs: MetricSpec[] = [
  { metric: 'impressions', terms: [{ names: ['impressions'] }] },
  { metric: 'engagements', terms: [{ names: ['engagements'] }] },
  { metric: 'shares', terms: [{ names: ['retweets'] }] },
  { metric: 'comments', terms: [{ names: ['replies'] }] },
  // The 2015 export says favorites.
  { metric: 'likes', terms: [{ names: ['likes', 'favorites'] }] },
  { metric: 'profile_visits', terms: [{ names: ['user profile clicks'] }] },
  { metric: 'clicks', terms: [{ names: ['url clicks'] }] },
];

export const xLegacyTweetActivity: ExportAdapter = {
  format: {
    id: 'x-tweet-activity',
    label: 'X (Twitter) tweet activity export, legacy (per tweet)',
    platform: 'x',
    level: 'post',
    required: ['tweet id', 'time', 'impressions', 'engagements'],
    excluded: [],
    notes: [
      POST_LEVEL_NOTE,
      POST_FOLLOWS_NOTE,
      'tweets are placed on their UTC day',
      // X never said whether the plain columns include promoted activity; adding could double count.
      'the promoted columns are left out',
    ],
  },
  read(reading: Reading) {
    readPosts(reading, {
      platform: 'x',
      id: ['tweet id'],
      published: ['time'],
      identity: { link: ['tweet permalink'], caption: ['tweet text'] },
      parseDate: parseIsoDateTime,
      dateExample: '"2017-04-04 00:00 +0000"',
      specs: legacySpecs,
    });
  },
};

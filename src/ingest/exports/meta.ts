/**
 * Facebook and Instagram (Meta): the legacy Insights post export, the Business Suite
 * post exports and the daily per-metric files. Ads Manager is in meta-ads.ts.
 *
 * Meta renamed impressions to views in 2025, so views and impressions both become
 * impressions: one series across the rename.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import type { ExportAdapter } from './adapter.ts';
import { parseIsoDateTime, parseUsDate } from './dates.ts';
import { POST_LEVEL_NOTE, readPosts } from './posts.ts';
import { normaliseName, type MetricSpec, type Reading } from './reading.ts';

const POST_FOLLOWS_NOTE = 'follows credited to single posts are left out: they are new follows without unfollows';

/**
 * The legacy export repeats column titles ("Lifetime Organic Video Views" twice); only
 * row 2's description tells the count of views from the count of people.
 */
function describedAsTotalCount(reading: Reading): (index: number) => boolean {
  const description = reading.dataRecords[0];
  return (index) => description !== undefined && /\(total count\)\s*$/i.test(reading.raw(description, index));
}

export const facebookInsightsPosts: ExportAdapter = {
  format: {
    id: 'facebook-insights-posts',
    label: 'Facebook Insights post export, legacy (per post)',
    platform: 'facebook',
    level: 'post',
    required: ['post id', 'posted', 'lifetime post total reach', 'lifetime post total impressions'],
    excluded: [],
    notes: [
      POST_LEVEL_NOTE,
      'engagements are "Lifetime Engaged Users" (people who clicked anywhere in the post); likes, comments and shares are the "Post Stories by action type" counts; clicks are "Post Consumptions"',
    ],
  },
  read(reading: Reading) {
    const totalCount = describedAsTotalCount(reading);
    const specs: MetricSpec[] = [
      { metric: 'reach', terms: [{ names: ['lifetime post total reach'] }] },
      { metric: 'impressions', terms: [{ names: ['lifetime post total impressions'] }] },
      { metric: 'engagements', terms: [{ names: ['lifetime engaged users'] }] },
      { metric: 'clicks', terms: [{ names: ['lifetime post consumptions'] }] },
      { metric: 'likes', terms: [{ names: ['lifetime post stories by action type - like'] }] },
      { metric: 'comments', terms: [{ names: ['lifetime post stories by action type - comment'] }] },
      { metric: 'shares', terms: [{ names: ['lifetime post stories by action type - share'] }] },
      {
        metric: 'video_views',
        terms: [
          { names: ['lifetime organic video views'], prefer: totalCount },
          { names: ['lifetime paid video views'], prefer: totalCount },
        ],
      },
    ];
    const idColumn = reading.column('post id');
    const first = reading.dataRecords[0];
    readPosts(reading, {
      platform: 'facebook',
      id: ['post id'],
      published: ['posted'],
      parseDate: parseUsDate,
      dateExample: '"01/19/2017 09:03:47 AM"',
      specs,
      // Row 2 describes the columns and has no post id.
      skip: (record) => record === first && reading.raw(record, idColumn).trim() === '',
    });
  },
};

/** Business Suite exports lifetime totals and says so in its Date column. */
function lifetimeOnly(reading: Reading): (record: CsvRecord) => boolean {
  const dateColumn = reading.column('date');
  return (record) => {
    const date = reading.raw(record, dateColumn).trim();
    if (dateColumn === -1 || date === '' || date.toLowerCase() === 'lifetime') return false;
    reading.problem(
      record,
      dateColumn,
      `found ${quote(date)} in column ${quote(reading.headerText(dateColumn))}, expected "Lifetime": export the posts with lifetime totals, which Recap places on each post's publish day; this row was left out`,
    );
    return true;
  };
}

export const facebookPosts: ExportAdapter = {
  format: {
    id: 'facebook-posts',
    label: 'Facebook post export, Meta Business Suite (per post)',
    platform: 'facebook',
    level: 'post',
    required: ['post id', 'page id', 'publish time', 'reach'],
    excluded: [],
    notes: [POST_LEVEL_NOTE, 'engagements are "Reactions, Comments and Shares"; likes are all reactions'],
  },
  read(reading: Reading) {
    readPosts(reading, {
      platform: 'facebook',
      id: ['post id'],
      published: ['publish time'],
      parseDate: parseUsDate,
      dateExample: '"11/10/2025 21:00"',
      specs: [
        { metric: 'impressions', terms: [{ names: ['views', 'impressions'] }] },
        { metric: 'reach', terms: [{ names: ['reach'] }] },
        { metric: 'engagements', terms: [{ names: ['reactions, comments and shares'] }] },
        { metric: 'likes', terms: [{ names: ['reactions'] }] },
        { metric: 'comments', terms: [{ names: ['comments'] }] },
        { metric: 'shares', terms: [{ names: ['shares'] }] },
        { metric: 'clicks', terms: [{ names: ['total clicks'] }] },
      ],
      skip: lifetimeOnly(reading),
    });
  },
};

export const instagramPosts: ExportAdapter = {
  format: {
    id: 'instagram-posts',
    label: 'Instagram post export, Meta Business Suite (per post)',
    platform: 'instagram',
    level: 'post',
    required: ['post id', 'account username', 'publish time', 'reach'],
    excluded: [],
    notes: [POST_LEVEL_NOTE, POST_FOLLOWS_NOTE],
  },
  read(reading: Reading) {
    readPosts(reading, {
      platform: 'instagram',
      id: ['post id'],
      published: ['publish time'],
      parseDate: parseUsDate,
      dateExample: '"11/10/2025 21:00"',
      specs: [
        { metric: 'impressions', terms: [{ names: ['views', 'impressions'] }] },
        { metric: 'reach', terms: [{ names: ['reach'] }] },
        { metric: 'likes', terms: [{ names: ['likes'] }] },
        { metric: 'comments', terms: [{ names: ['comments'] }] },
        { metric: 'shares', terms: [{ names: ['shares'] }] },
        { metric: 'saves', terms: [{ names: ['saves'] }] },
      ],
      skip: lifetimeOnly(reading),
    });
  },
};

/**
 * The metric a daily file's title names. "Follows" are new follows, a gross flow with
 * no unfollows subtracted; they go to net_follows all the same, because they are the
 * follower growth the marketer sees in Meta, and the methodology says they are gross.
 */
const DAILY_TITLE_METRICS: ReadonlyMap<string, string> = new Map([
  ['views', 'impressions'],
  ['impressions', 'impressions'],
  ['reach', 'reach'],
  ['follows', 'net_follows'],
  ['new follows', 'net_follows'],
  ['visits', 'profile_visits'],
  ['profile visits', 'profile_visits'],
  ['page visits', 'profile_visits'],
  ['interactions', 'engagements'],
  ['content interactions', 'engagements'],
  ['link clicks', 'clicks'],
]);

const META_PLATFORMS: ReadonlyMap<string, string> = new Map([
  ['facebook', 'facebook'],
  ['instagram', 'instagram'],
]);

export const metaDailyMetric: ExportAdapter = {
  format: {
    id: 'meta-daily-metric',
    label: 'Meta Business Suite daily metric file (Facebook or Instagram)',
    platform: null,
    level: 'daily',
    required: ['date', 'primary'],
    excluded: [],
    notes: ['the metric is named by the title line above the header ("Facebook follows")'],
  },
  read(reading: Reading) {
    const header = reading.header;
    const title = [...reading.table.records.slice(0, reading.table.headerIndex)]
      .reverse()
      .find((record) => record.fields.length === 1 && !/^sep=/i.test(record.fields[0]!.trim()));
    const known = [...new Set(DAILY_TITLE_METRICS.keys())].join(', ');
    const skipAll = (): void => {
      reading.rowsRead = reading.dataRecords.length;
    };
    if (title === undefined) {
      reading.problemAtLine(
        header.line,
        1,
        `found no title line above the "Date","Primary" header, expected one naming the metric, such as "Facebook follows": download the file from Meta Business Suite again, or add that line`,
      );
      return skipAll();
    }
    const titleText = title.fields[0]!.trim();
    const words = normaliseName(titleText).split(' ');
    const platform = META_PLATFORMS.get(words[0]!) ?? null;
    const metricName = (platform === null ? words : words.slice(1)).join(' ');
    const metric = DAILY_TITLE_METRICS.get(metricName);
    if (metric === undefined) {
      reading.problem(
        title,
        0,
        `found the title ${quote(titleText)}, expected one naming a metric Recap reads (${known}), such as "Facebook follows"; this file was not read`,
      );
      return skipAll();
    }
    const slug = platform ?? reading.platformSetting();
    if (slug === undefined) {
      reading.problem(
        title,
        0,
        `found the title ${quote(titleText)}, which names no platform, expected "Facebook ..." or "Instagram ...": set the platform in the client's settings`,
      );
      return skipAll();
    }
    if (metric === 'net_follows') {
      reading.notes.push(
        `"${titleText}" counts new follows without unfollows: the net follows read from it are gross new follows`,
      );
    }
    const dateColumn = reading.column('date');
    const valueColumn = reading.column('primary');
    for (const record of reading.dataRecords) {
      reading.rowsRead++;
      if (reading.isTotalRow(record, dateColumn)) continue;
      const value = reading.number(record, valueColumn, metric);
      const day = reading.date(record, dateColumn, parseIsoDateTime, '"2025-08-01T00:00:00"');
      if (day === null) continue;
      const cells = value === null ? [] : [reading.cell(record, valueColumn, metric, value)];
      reading.addRow({ from: day, to: day, platform: slug, campaign: '', postId: null, cells }, record);
    }
  },
};

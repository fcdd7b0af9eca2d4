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
      identity: { link: ['permalink'], caption: ['post message'], type: ['type'] },
      parseDate: parseUsDate,
      dateExample: '"01/19/2017 09:03:47 AM"',
      specs,
      // Row 2 describes the columns and has no post id.
      skip: (record) => record === first && reading.raw(record, idColumn).trim() === '',
    });
  },
};

/**
 * Meta writes its own failures into the export as rows with no post id or publish time
 * and "An error occurred while computing metadata for content with ID ..." in Data
 * comment. They are Meta's, not the user's: left out, counted in a note that quotes
 * Meta, and never a problem.
 */
function metaErrorRows(reading: Reading): (record: CsvRecord) => boolean {
  const commentColumn = reading.column('data comment');
  const idColumn = reading.column('post id');
  let skipped = 0;
  return (record) => {
    const comment = reading.raw(record, commentColumn).trim();
    if (commentColumn === -1 || reading.raw(record, idColumn).trim() !== '' || !/^an error occurred/i.test(comment)) {
      return false;
    }
    skipped++;
    const note = (n: number) =>
      `${n} ${n === 1 ? 'row' : 'rows'} of Meta's own errors left out, with no post in ${n === 1 ? 'it' : 'them'} (Meta: ${quote(comment.replace(/ with ID .*$/i, ' ...'))})`;
    const at = reading.notes.indexOf(note(skipped - 1));
    if (at === -1) reading.notes.push(note(skipped));
    else reading.notes[at] = note(skipped);
    return true;
  };
}

/** Rows to pass over in a Business Suite post export: Meta's error rows, and rows that are not lifetime totals. */
function businessSuiteSkips(reading: Reading): (record: CsvRecord) => boolean {
  const metaError = metaErrorRows(reading);
  const notLifetime = lifetimeOnly(reading);
  return (record) => metaError(record) || notLifetime(record);
}

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
      identity: {
        link: ['permalink'],
        caption: ['description', 'title'],
        type: ['post type'],
        labels: ['custom labels'],
      },
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
      skip: businessSuiteSkips(reading),
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
      identity: { link: ['permalink'], caption: ['description'], type: ['post type'], labels: ['custom labels'] },
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
      skip: businessSuiteSkips(reading),
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

/** A platform named in a file name: `IG VIEWS.csv`, `FB reach.csv`, `instagram-follows.csv`. */
const FILE_NAME_PLATFORMS: ReadonlyMap<string, string> = new Map([
  ['fb', 'facebook'],
  ['facebook', 'facebook'],
  ['ig', 'instagram'],
  ['insta', 'instagram'],
  ['instagram', 'instagram'],
]);

function platformInFileName(fileName: string): string | null {
  const words = fileName
    .toLowerCase()
    .replace(/\.csv$/, '')
    .split(/[^a-z]+/);
  return words.map((word) => FILE_NAME_PLATFORMS.get(word)).find((platform) => platform !== undefined) ?? null;
}

/** One "title, header, days" block: Meta stacks Facebook's and Instagram's in one file. */
interface DailySection {
  readonly title: CsvRecord | undefined;
  readonly header: CsvRecord;
  readonly days: CsvRecord[];
}

const isTitle = (record: CsvRecord): boolean =>
  record.fields.filter((field) => field.trim() !== '').length === 1 && !/^sep=/i.test(record.fields[0]!.trim());
const isDailyHeader = (record: CsvRecord): boolean =>
  normaliseName(record.fields[0] ?? '') === 'date' && normaliseName(record.fields[1] ?? '') === 'primary';

function dailySections(reading: Reading): DailySection[] {
  const title = [...reading.table.records.slice(0, reading.table.headerIndex)].reverse().find(isTitle);
  const sections: DailySection[] = [{ title, header: reading.header, days: [] }];
  const records = reading.dataRecords;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const next = records[i + 1];
    if (isTitle(record) && next !== undefined && isDailyHeader(next)) {
      sections.push({ title: record, header: next, days: [] });
      i++;
    } else if (isDailyHeader(record)) sections.push({ title: undefined, header: record, days: [] });
    else sections.at(-1)!.days.push(record);
  }
  return sections;
}

export const metaDailyMetric: ExportAdapter = {
  format: {
    id: 'meta-daily-metric',
    label: 'Meta Business Suite daily metric file (Facebook or Instagram)',
    platform: null,
    level: 'daily',
    required: ['date', 'primary'],
    excluded: [],
    notes: [],
  },
  read(reading: Reading) {
    const sections = dailySections(reading);
    const known = [...new Set(DAILY_TITLE_METRICS.keys())].join(', ');
    const named = sections.map((section) => {
      const text = section.title?.fields.find((field) => field.trim() !== '')?.trim() ?? '';
      const words = normaliseName(text).split(' ');
      const platform = META_PLATFORMS.get(words[0]!) ?? null;
      return {
        section,
        text,
        platform,
        metric: DAILY_TITLE_METRICS.get((platform === null ? words : words.slice(1)).join(' ')),
      };
    });
    const readAs: string[] = [];
    for (const [index, { section, text, platform, metric }] of named.entries()) {
      const skip = (): void => {
        reading.rowsRead += section.days.length;
      };
      if (section.title === undefined) {
        reading.problemAtLine(
          section.header.line,
          1,
          `found no title line above the "Date","Primary" header, expected one naming the metric, such as "Facebook follows": download the file from Meta Business Suite again, or add that line`,
        );
        skip();
        continue;
      }
      if (metric === undefined) {
        reading.problem(
          section.title,
          0,
          `found the title ${quote(text)}, expected one naming a metric Recap reads (${known}), such as "Facebook follows"; this section was not read`,
        );
        skip();
        continue;
      }
      // A title without a platform: the file's name may say it; Meta stacks Facebook's section
      // before Instagram's; otherwise the client's settings must.
      const fromName = platformInFileName(reading.context.fileName);
      const beforeInstagram = index === 0 && named.slice(1).some((other) => other.platform === 'instagram');
      const slug = platform ?? fromName ?? (beforeInstagram ? 'facebook' : reading.platformSetting());
      if (slug === undefined) {
        reading.problem(
          section.title,
          0,
          `found the title ${quote(text)}, which names no platform, and a file name that names none either, expected "Facebook ..." or "Instagram ..." in one of them: rename the file (FB ${text}.csv) or set the platform in the client's settings`,
        );
        skip();
        continue;
      }
      const why =
        platform !== null
          ? ''
          : fromName !== null
            ? ', the platform from the file name'
            : beforeInstagram
              ? ', the platform as Meta stacks it, Facebook before Instagram'
              : ", the platform from the client's settings";
      readAs.push(`${quote(text)} -> ${metric}, ${slug}${why}`);
      if (metric === 'net_follows') {
        reading.notes.push(
          `${quote(text)} counts new follows without unfollows: the net follows read from it are gross new follows`,
        );
      }
      for (const record of section.days) {
        reading.rowsRead++;
        if (reading.isTotalRow(record, 0)) continue;
        const value = reading.number(record, 1, metric);
        const day = reading.date(record, 0, parseIsoDateTime, '"2025-08-01T00:00:00"');
        if (day === null) continue;
        const cells = value === null ? [] : [reading.cell(record, 1, metric, value)];
        reading.addRow({ from: day, to: day, platform: slug, campaign: '', postId: null, cells }, record);
      }
    }
    reading.use(0);
    reading.use(1);
    if (readAs.length > 0) reading.notes.unshift(`read as ${readAs.join('; ')}`);
  },
};

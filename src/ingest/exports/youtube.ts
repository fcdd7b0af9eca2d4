/**
 * YouTube Studio's download: a zip of "Table data.csv" (one row per video), "Chart
 * data.csv" (one row per day per video) and "Totals.csv" (one row per day).
 * Subscribers is already a net change (gained minus lost), so it may be negative.
 */
import { quote } from '../problems.ts';
import type { ExportAdapter } from './adapter.ts';
import { parseAnyFullDate } from './dates.ts';
import { POST_LEVEL_NOTE, readPosts } from './posts.ts';
import type { MetricSpec, Reading } from './reading.ts';
import { Sums } from './sums.ts';

const specs: MetricSpec[] = [
  { metric: 'video_views', terms: [{ names: ['views'] }] },
  { metric: 'engaged_views', terms: [{ names: ['engaged views'] }] },
  { metric: 'watch_hours', terms: [{ names: ['watch time (hours)'] }] },
  { metric: 'net_follows', terms: [{ names: ['subscribers'], signed: true }] },
  { metric: 'impressions', terms: [{ names: ['impressions'] }] },
  { metric: 'likes', terms: [{ names: ['likes'] }] },
  { metric: 'comments', terms: [{ names: ['comments added', 'comments'] }] },
  { metric: 'shares', terms: [{ names: ['shares'] }] },
];

export const youtubeTableData: ExportAdapter = {
  format: {
    id: 'youtube-table-data',
    label: 'YouTube Studio "Table data.csv" (per video)',
    platform: 'youtube',
    level: 'post',
    required: ['content', 'video title'],
    excluded: ['date'],
    notes: [
      POST_LEVEL_NOTE,
      "each video's values cover the period chosen in YouTube Studio, placed on the video's publish day",
    ],
  },
  read(reading: Reading) {
    if (reading.column('video publish time') === -1) {
      reading.rowsRead = reading.dataRecords.length;
      reading.problemAtLine(
        reading.header.line,
        1,
        'found no "Video publish time" column, expected one: Recap places each video on its publish day; add the column in YouTube Studio\'s advanced mode and download again',
      );
      return;
    }
    readPosts(reading, {
      platform: 'youtube',
      id: ['content'],
      published: ['video publish time'],
      identity: {
        linkOf: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
        caption: ['video title'],
        allOfType: 'video',
      },
      parseDate: parseAnyFullDate,
      dateExample: '"Sep 27, 2024"',
      specs,
      // Studio leaves the date blank for some rows (removed videos): harmless unless they hold values.
      undated: (record, cells) => {
        if (cells.every((cell) => cell.value === 0)) return;
        const index = reading.column('video publish time');
        const what = cells.map((cell) => `${cell.value} ${cell.metric}`).join(', ');
        reading.problem(
          record,
          index,
          `found an empty cell in column ${quote(reading.headerText(index))}, expected the video's publish date such as "Sep 27, 2024": this video's values (${what}) cannot be placed on a day and were left out`,
        );
      },
    });
  },
};

function readDailySums(reading: Reading, skipTotals: number): void {
  const dateColumn = reading.column('date');
  const resolved = reading.resolve(specs);
  const sums = new Sums();
  for (const record of reading.dataRecords) {
    reading.rowsRead++;
    if (reading.isTotalRow(record, dateColumn) || reading.isTotalRow(record, skipTotals)) continue;
    const cells = reading.cells(record, resolved);
    const day = reading.date(record, dateColumn, parseAnyFullDate, '"2024-09-27"');
    if (day !== null) sums.add(day, day, record.line, cells);
  }
  reading.rows.push(...sums.rows('youtube'));
}

export const youtubeChartData: ExportAdapter = {
  format: {
    id: 'youtube-chart-data',
    label: 'YouTube Studio "Chart data.csv" (daily, per video)',
    platform: 'youtube',
    level: 'daily',
    required: ['date', 'content', 'video title'],
    excluded: [],
    partsOfAccount: true,
    notes: [
      "each day's values are the sum over the videos in the file; where Totals.csv gives the day, its total is the channel's",
    ],
  },
  read(reading: Reading) {
    readDailySums(reading, reading.column('content'));
  },
};

/**
 * Totals.csv holds whichever metric the chart showed: Views, or Engaged views, Watch
 * time, Subscribers, Impressions. Each is a format of its own, recognised by its column.
 */
function youtubeTotalsOf(
  id: string,
  what: string,
  column: string,
  only: { excluded?: readonly string[]; fileName?: RegExp } = {},
): ExportAdapter {
  return {
    format: {
      id: `youtube-totals-${id}`,
      label: `YouTube Studio "Totals.csv" of ${what} (daily)`,
      platform: 'youtube',
      level: 'daily',
      required: ['date', column],
      excluded: ['content', 'views', ...(only.excluded ?? [])],
      notes: [],
    },
    ...(only.fileName ? { fileName: only.fileName } : {}),
    read(reading: Reading) {
      readDailySums(reading, -1);
    },
  };
}

/** A Date and a Subscribers or Impressions column alone could be anyone's: Studio names the file Totals.csv. */
const TOTALS_FILE = /totals/i;

export const youtubeTotalsEngaged = youtubeTotalsOf('engaged', 'engaged views', 'engaged views');
export const youtubeTotalsWatchTime = youtubeTotalsOf('watch-time', 'watch time', 'watch time (hours)');
export const youtubeTotalsSubscribers = youtubeTotalsOf('subscribers', 'subscribers', 'subscribers', {
  excluded: ['followers', 'engagements'],
  fileName: TOTALS_FILE,
});
export const youtubeTotalsImpressions = youtubeTotalsOf('impressions', 'impressions', 'impressions', {
  excluded: ['engagements', 'clicks', 'reach', 'primary'],
  fileName: TOTALS_FILE,
});

export const youtubeTotals: ExportAdapter = {
  format: {
    id: 'youtube-totals',
    label: 'YouTube Studio "Totals.csv" (daily)',
    platform: 'youtube',
    level: 'daily',
    required: ['date', 'views'],
    // Other exports with a Date and a Views column are not YouTube's.
    excluded: ['content', 'post id', 'sessions', 'active users', 'users', 'primary'],
    notes: [],
  },
  read(reading: Reading) {
    readDailySums(reading, -1);
  },
};

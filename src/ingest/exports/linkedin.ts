/**
 * LinkedIn Page exports. LinkedIn downloads .xls workbooks; each sheet saved as CSV
 * is one of these formats. Dates are MM/DD/YYYY.
 */
import type { ExportAdapter } from './adapter.ts';
import { parseUsDate } from './dates.ts';
import type { MetricSpec, Reading } from './reading.ts';

function readDaily(reading: Reading, specs: readonly MetricSpec[]): void {
  const dateColumn = reading.column('date');
  const resolved = reading.resolve(specs);
  for (const record of reading.dataRecords) {
    reading.rowsRead++;
    if (reading.isTotalRow(record, dateColumn)) continue;
    const cells = reading.cells(record, resolved);
    const day = reading.date(record, dateColumn, parseUsDate, '"09/30/2025" (month/day/year)');
    if (day === null) continue;
    reading.addRow({ from: day, to: day, platform: 'linkedin', campaign: '', postId: null, cells }, record);
  }
}

/**
 * "Total followers" is the day's new followers, not the audience size. LinkedIn reports
 * no unfollows, so these gross new followers go to net_follows and the methodology says so.
 */
export const linkedinFollowers: ExportAdapter = {
  format: {
    id: 'linkedin-followers',
    label: 'LinkedIn Page followers (daily)',
    platform: 'linkedin',
    level: 'daily',
    required: ['date', 'organic followers', 'total followers'],
    excluded: [],
    notes: ['LinkedIn reports new followers without unfollows: net follows from LinkedIn are gross new followers'],
  },
  read(reading: Reading) {
    readDaily(reading, [{ metric: 'net_follows', terms: [{ names: ['total followers'] }] }]);
  },
};

export const linkedinContent: ExportAdapter = {
  format: {
    id: 'linkedin-content',
    label: 'LinkedIn Page content metrics (daily)',
    platform: 'linkedin',
    level: 'daily',
    required: ['date', 'impressions (total)', 'clicks (total)'],
    excluded: [],
    notes: ['likes are all reactions; shares are reposts (called shares before 2024)'],
  },
  read(reading: Reading) {
    readDaily(reading, [
      { metric: 'impressions', terms: [{ names: ['impressions (total)'] }] },
      { metric: 'clicks', terms: [{ names: ['clicks (total)'] }] },
      { metric: 'likes', terms: [{ names: ['reactions (total)'] }] },
      { metric: 'comments', terms: [{ names: ['comments (total)'] }] },
      { metric: 'shares', terms: [{ names: ['reposts (total)', 'shares (total)'] }] },
    ]);
  },
};

export const linkedinVisitors: ExportAdapter = {
  format: {
    id: 'linkedin-visitors',
    label: 'LinkedIn Page visitors (daily)',
    platform: 'linkedin',
    level: 'daily',
    required: ['date', 'total page views (total)'],
    excluded: [],
    notes: ["profile visits are the Page's total page views (desktop and mobile)"],
  },
  read(reading: Reading) {
    readDaily(reading, [{ metric: 'profile_visits', terms: [{ names: ['total page views (total)'] }] }]);
  },
};

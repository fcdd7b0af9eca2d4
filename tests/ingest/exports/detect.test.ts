/**
 * Recognising an export by a required subset of its columns, below any preamble, and
 * saying which known formats were nearest when none matches.
 */
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  detectExport,
  isRecapHeader,
  readExport,
  unrecognisedExportMessage,
} from '../../../src/ingest/exports/index.ts';

/** A header of each format as exported, with what must come before it. */
const SAMPLES: ReadonlyArray<{ id: string; preamble?: string; names: string[] }> = [
  {
    id: 'x-account-overview',
    names:
      'Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,Create Post,Video views,Media views'.split(
        ',',
      ),
  },
  {
    id: 'x-post-content',
    names:
      'Post id,Date,Post text,Post Link,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Replies,Reposts,Profile visits,Detail Expands,URL Clicks,Hashtag Clicks,Permalink Clicks'.split(
        ',',
      ),
  },
  {
    id: 'x-tweet-activity',
    names:
      'Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets,replies,likes,user profile clicks,url clicks'.split(
        ',',
      ),
  },
  {
    id: 'facebook-insights-posts',
    names:
      'Post ID,Permalink,Post Message,Type,Posted,Lifetime Post Total Reach,Lifetime Post organic reach,Lifetime Post Total Impressions,Lifetime Engaged Users'.split(
        ',',
      ),
  },
  {
    id: 'facebook-posts',
    names: [
      ...'Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Caption type,Permalink,Post type,Date,Views,Reach'.split(
        ',',
      ),
      'Reactions, Comments and Shares',
      ...'Reactions,Comments,Shares,Total clicks'.split(','),
    ],
  },
  {
    id: 'instagram-posts',
    names:
      'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves'.split(
        ',',
      ),
  },
  { id: 'meta-daily-metric', preamble: 'sep=,\n"Facebook follows"\n', names: ['Date', 'Primary', 'Secondary'] },
  {
    id: 'meta-ads-manager',
    names:
      'Campaign Name,Ends,Campaign ID,Impressions,Link Clicks,Post Shares,Post Engagement,Starts,Reporting Starts,Reporting Ends,Amount Spent (USD)'.split(
        ',',
      ),
  },
  {
    id: 'linkedin-followers',
    names: 'Date,Sponsored followers,Organic followers,Auto-invited followers,Total followers'.split(','),
  },
  {
    id: 'linkedin-content',
    preamble: '"Aggregated content metrics",,,\n',
    names:
      'Date,Impressions (organic),Impressions (sponsored),Impressions (total),Clicks (organic),Clicks (total),Reactions (total),Comments (total),Reposts (total),Engagement rate (total)'.split(
        ',',
      ),
  },
  {
    id: 'linkedin-visitors',
    names:
      'Date,Overview page views (total),Total page views (desktop),Total page views (mobile devices),Total page views (total),Total unique visitors (total)'.split(
        ',',
      ),
  },
  {
    id: 'youtube-table-data',
    names: 'Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions'.split(
      ',',
    ),
  },
  { id: 'youtube-chart-data', names: 'Date,Content,Video title,Video publish time,Views'.split(',') },
  { id: 'youtube-totals', names: ['Date', 'Views', 'Watch time (hours)'] },
  { id: 'youtube-totals-engaged', names: ['Date', 'Engaged views', 'Watch time (hours)'] },
  { id: 'youtube-totals-watch-time', names: ['Date', 'Watch time (hours)', 'Average view duration'] },
  { id: 'youtube-totals-subscribers', names: ['Date', 'Subscribers', 'Subscribers gained'] },
  { id: 'youtube-totals-impressions', names: ['Date', 'Impressions', 'Impressions click-through rate (%)'] },
  { id: 'tiktok-overview', names: ['Date', 'Video Views', 'Profile Views', 'Likes', 'Comments', 'Shares'] },
  { id: 'tiktok-followers', names: ['Date', 'Followers', 'Difference in followers from previous day'] },
  {
    id: 'tiktok-content',
    names: [
      'Time',
      'Video title',
      'Video link',
      'Post time',
      'Total likes',
      'Total comments',
      'Total shares',
      'Total views',
    ],
  },
  {
    id: 'recap-posts',
    names: ['post_id', 'platform', 'published', 'url', 'type', 'caption', 'impressions', 'engagements'],
  },
  {
    id: 'ga4-report',
    preamble:
      '# ----------------------------------------\n# Traffic acquisition\n#\n# Start date: 20260501\n# End date: 20260531\n',
    names:
      'Session primary channel group (Default Channel Group),Sessions,Engaged sessions,Engagement rate,Key events,Total revenue'.split(
        ',',
      ),
  },
];

function csvLine(names: readonly string[]): string {
  return names.map((name) => (name.includes(',') ? `"${name}"` : name)).join(',');
}

function formatOf(id: string) {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) throw new Error(`no format ${id}`);
  return format;
}

describe('detectExport', () => {
  it('has a sample for every format, and every format a distinct id', () => {
    expect(SAMPLES.map((s) => s.id).sort()).toEqual(EXPORT_FORMATS.map((f) => f.id).sort());
  });

  for (const sample of SAMPLES) {
    const text = (names: readonly string[]) => `${sample.preamble ?? ''}${csvLine(names)}\n`;
    const headerLine = (sample.preamble ?? '').split('\n').length;

    it(`detects ${sample.id} below its preamble`, () => {
      // YouTube's plainest Totals.csv headers are recognised by their file name too.
      expect(detectExport(text(sample.names), 'Totals.csv')).toEqual({ format: formatOf(sample.id), headerLine });
    });

    it(`detects ${sample.id} with an added unknown column and a dropped optional one`, () => {
      const required = formatOf(sample.id).required;
      const optional = sample.names.find((name) => !required.includes(name.trim().toLowerCase()));
      expect(optional, 'the sample has an optional column').toBeDefined();
      const names = [...sample.names.filter((name) => name !== optional), 'A column added next month'];
      expect(detectExport(text(names), 'Totals.csv').format?.id).toBe(sample.id);
    });
  }

  it('skips a title row and a date-range row above the header', () => {
    const text = 'Acme report,,,\n"Sep 1, 2025 - Sep 30, 2025",,,\nDate,Video Views,Profile Views,Likes\n';
    expect(detectExport(text)).toEqual({ format: formatOf('tiktok-overview'), headerLine: 3 });
  });

  it("leaves Recap's own date,platform header to the Recap reader", () => {
    expect(isRecapHeader(['Date', ' Platform ', 'impressions'])).toBe(true);
    expect(isRecapHeader(['Date', 'Impressions'])).toBe(false);
    const detection = detectExport('date,platform,impressions\n2025-09-01,x,5\n');
    expect(detection).toMatchObject({ format: null, recap: true, headerLine: 1, nearest: [] });
  });

  it('names the nearest formats and the columns each lacked for an unknown header', () => {
    const detection = detectExport(
      'Date,Impresions,Likes,Engagements,New follows,Unfollows\n"Sat, Sep 6, 2025",1,2,3,4,5\n',
    );
    if (detection.format !== null) throw new Error('expected no format');
    expect(detection.nearest[0]).toEqual({ format: formatOf('x-account-overview'), missing: ['impressions'] });
    expect(detection.nearest.length).toBeLessThanOrEqual(3);
    const message = unrecognisedExportMessage(detection.nearest, detection.headerNames);
    expect(message).toContain('found columns "Date, Impresions, Likes, Engagements, New follows, Unfollows"');
    expect(message).toContain("expected Recap's own date,platform,... header or a known platform export");
    expect(message).toContain(
      'nearest: X account overview (daily), missing "impressions" (closest column: "Impresions")',
    );
  });

  it('says no format comes near when none shares a column', () => {
    const message = unrecognisedExportMessage([], ['Foo', 'Bar']);
    expect(message).toBe(
      'found columns "Foo, Bar", expected Recap\'s own date,platform,... header or a known platform export; no known export has any of these columns',
    );
  });

  it('makes readExport report an unknown file once, at its header line', () => {
    const read = readExport('Report\nWhen,Impressions,Clicks\n2025-09-01,1,2\n', {
      file: 'data/acme/odd.csv',
      fileName: 'odd.csv',
      currency: 'USD',
      timeZone: 'UTC',
    });
    expect(read.format).toBeNull();
    expect(read.rows).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ file: 'data/acme/odd.csv', line: 2, column: 1 });
    expect(read.problems[0]!.message).toContain('found columns "When, Impressions, Clicks"');
    expect(read.problems[0]!.message).toContain('nearest: ');
  });
});

describe('readExport on bad input', () => {
  const junk = [
    '',
    ' ',
    '-',
    'undefined',
    'x',
    '-1',
    '1e5',
    '1.22158E+17',
    '6.5%',
    '"',
    'Total',
    '99999999999999999999',
    '\u0000',
  ];

  it('never throws, whatever the cells hold, and locates every problem in the file', () => {
    for (const sample of SAMPLES) {
      const rows = junk.map((value, i) => sample.names.map((_, k) => junk[(i + k) % junk.length] ?? value).join(','));
      const text = `${sample.preamble ?? ''}${csvLine(sample.names)}\n${rows.join('\n')}\n`;
      const lines = text.split('\n').length;
      const read = readExport(text, { file: 'junk.csv', fileName: 'junk.csv', currency: 'USD', timeZone: 'UTC' });
      for (const problem of read.problems) {
        expect(problem.file).toBe('junk.csv');
        expect(problem.line).toBeGreaterThanOrEqual(1);
        expect(problem.line).toBeLessThanOrEqual(lines);
        expect(problem.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('reports an unclosed quote from the CSV reader along with the rows before it', () => {
    const read = readExport('Date,Video Views,Profile Views\n"August 1",5,1\n"August 2,6,1\n', {
      file: 'a.csv',
      fileName: 'a.csv',
      currency: 'USD',
      timeZone: 'UTC',
      year: 2025,
    });
    expect(read.format?.id).toBe('tiktok-overview');
    expect(read.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:1']);
    expect(read.problems[0]!.message).toContain('never closed');
    expect(read.rows.map((row) => row.from)).toEqual(['2025-08-01']);
  });
});

/**
 * What happens to a platform export's rows once an adapter has read them: day rows
 * become day values, post rows count once per post (the newer export wins) and add up
 * per publish day, a span becomes a month total or a located problem.
 */
import { CrossFileRepeats } from '../../src/ingest/cross-file-repeats.ts';
import { describe, expect, it } from 'vitest';
import { storeExports, type ReadExportFile } from '../../src/ingest/export-files.ts';
import type { ExportFormat, ExportRead, ExportRow } from '../../src/ingest/exports/types.ts';
import type { ClientIngest } from '../../src/ingest/observation-sink.ts';
import { RowTable } from '../../src/ingest/row-table.ts';
import { GregorianCalendar, isoDate, parseIsoDate } from '../../src/model/calendar.ts';
import { dateWindow } from '../../src/ingest/date-window.ts';
import { ProblemList } from '../../src/ingest/problems.ts';
import { PersianCalendar } from '../../src/model/persian-calendar.ts';
import { MetricCatalogue } from '../../src/model/metrics.ts';
import { ObservationLog } from '../../src/model/observation-log.ts';

function format(level: ExportFormat['level']): ExportFormat {
  return {
    id: `test-${level}`,
    label: `Test ${level} export`,
    platform: 'x',
    level,
    required: [],
    excluded: [],
    notes: [],
  };
}

function ingest(): ClientIngest {
  return {
    catalogue: new MetricCatalogue(),
    calendar: new GregorianCalendar(),
    series: new Map(),
    seriesList: [],
    log: new ObservationLog(),
    repeats: new CrossFileRepeats(),
    posts: [],
    traffic: [],
    rows: new RowTable(),
    problems: new ProblemList(),
    warnings: new ProblemList(),
    window: dateWindow(parseIsoDate('2026-11-30')!),
  };
}

/** A row on `line` whose cells sit at columns 10, 20, ... of that line. */
function row(from: string, line: number, cells: Record<string, number>, extra: Partial<ExportRow> = {}): ExportRow {
  return {
    from,
    to: from,
    line,
    platform: 'x',
    campaign: '',
    postId: null,
    cells: Object.entries(cells).map(([metric, value], i) => ({ metric, value, line, column: 10 * (i + 1) })),
    ...extra,
  };
}

function file(
  name: string,
  level: ExportFormat['level'],
  rows: ExportRow[],
  exportedThrough: string | null = null,
): ReadExportFile {
  const read: ExportRead = {
    format: format(level),
    rows,
    problems: [],
    rowsRead: rows.length,
    exportedThrough,
    notes: [],
    settingsUsed: new Set(),
  };
  return { file: `data/acme/${name}`, text: '', read };
}

/** Every day value by series, after the log is split, and the repeats it found. */
function dayValues(client: ClientIngest): { values: Record<string, Array<[string, number]>>; repeats: number } {
  const perSeries = client.log.bySeries(client.seriesList.length);
  const values: Record<string, Array<[string, number]>> = {};
  let repeats = 0;
  for (const series of client.seriesList) {
    repeats += series.setDays(perSeries[series.id]!).length;
    const days = [...series.dayValues].sort((a, b) => a[0] - b[0]).map(([d, v]) => [isoDate(d), v] as [string, number]);
    if (days.length > 0) values[`${series.platform}/${series.campaign}/${series.metric}`] = days;
  }
  return { values, repeats };
}

describe('storing platform exports', () => {
  it('puts day rows into their series and reports how many rows each file used', () => {
    const client = ingest();
    const [summary] = storeExports(client, [
      file('daily.csv', 'daily', [
        row('2025-09-06', 2, { impressions: 1200, likes: 30 }),
        row('2025-09-05', 3, { impressions: 800 }),
      ]),
    ]);
    expect(summary).toMatchObject({
      file: 'data/acme/daily.csv',
      format: 'Test daily export',
      level: 'daily',
      rowsRead: 2,
      rowsAccepted: 2,
    });
    expect(dayValues(client).values).toEqual({
      'x//impressions': [
        ['2025-09-05', 800],
        ['2025-09-06', 1200],
      ],
      'x//likes': [['2025-09-06', 30]],
    });
    expect(client.problems).toEqual([]);
  });

  it('adds up the posts published on the same day, each post once', () => {
    const client = ingest();
    storeExports(client, [
      file('posts.csv', 'post', [
        row('2025-09-06', 2, { impressions: 500, posts: 1 }, { postId: 'a' }),
        row('2025-09-06', 3, { impressions: 700, posts: 1 }, { postId: 'b' }),
        row('2025-09-07', 4, { impressions: 90, posts: 1 }, { postId: 'c' }),
      ]),
    ]);
    // 2025-09-06: 500 + 700 = 1,200 impressions from 2 posts
    expect(dayValues(client)).toEqual({
      values: {
        'x//impressions': [
          ['2025-09-06', 1200],
          ['2025-09-07', 90],
        ],
        'x//posts': [
          ['2025-09-06', 2],
          ['2025-09-07', 1],
        ],
      },
      repeats: 0,
    });
  });

  it('counts a post found in two exports once, from the newer export, and says so', () => {
    const client = ingest();
    const summaries = storeExports(client, [
      // The September export saw post a at 500 impressions; the October export, later, at 900.
      file(
        'posts-october.csv',
        'post',
        [
          row('2025-09-06', 2, { impressions: 900 }, { postId: 'a' }),
          row('2025-10-02', 3, { impressions: 40 }, { postId: 'd' }),
        ],
        '2025-10-31',
      ),
      file(
        'posts-september.csv',
        'post',
        [
          row('2025-09-06', 2, { impressions: 500 }, { postId: 'a' }),
          row('2025-09-07', 3, { impressions: 60 }, { postId: 'b' }),
        ],
        '2025-09-30',
      ),
    ]);
    expect(dayValues(client).values['x//impressions']).toEqual([
      ['2025-09-06', 900],
      ['2025-09-07', 60],
      ['2025-10-02', 40],
    ]);
    expect(summaries.map((s) => [s.rowsAccepted, s.notes])).toEqual([
      [2, []],
      [1, ['1 post replaced by the newer export data/acme/posts-october.csv']],
    ]);
    expect(client.problems).toEqual([]);
  });

  it('adds up posts of the same day kept from different exports into one day value', () => {
    const client = ingest();
    const summaries = storeExports(client, [
      file('posts-a.csv', 'post', [row('2025-09-06', 2, { impressions: 500 }, { postId: 'a' })], '2025-09-30'),
      file('posts-b.csv', 'post', [row('2025-09-06', 2, { impressions: 300 }, { postId: 'b' })], '2025-10-31'),
    ]);
    // One value for 2025-09-06, 500 + 300, not two values for the same day.
    expect(dayValues(client)).toEqual({ values: { 'x//impressions': [['2025-09-06', 800]] }, repeats: 0 });
    expect(summaries.map((s) => s.rowsAccepted)).toEqual([1, 1]);
    // Stored once, holding a record of each file.
    expect(client.rows.recordsOf(0)).toEqual(
      new Map([
        [0, 1],
        [1, 1],
      ]),
    );
    expect(client.problems).toEqual([]);
  });

  it('reports a post twice in an older export even when a newer export has it too', () => {
    const client = ingest();
    storeExports(client, [
      file(
        'posts-old.csv',
        'post',
        [
          row('2025-09-06', 2, { impressions: 500 }, { postId: 'a' }),
          row('2025-09-06', 3, { impressions: 500 }, { postId: 'a' }),
        ],
        '2025-09-30',
      ),
      file('posts-new.csv', 'post', [row('2025-09-06', 2, { impressions: 900 }, { postId: 'a' })], '2025-10-31'),
    ]);
    expect(client.problems.map((p) => [p.file, p.line])).toEqual([['data/acme/posts-old.csv', 3]]);
    expect(dayValues(client).values['x//impressions']).toEqual([['2025-09-06', 900]]);
  });

  it('counts every record an adapter added up into a row as used, and would reject them all', () => {
    const client = ingest();
    const summed = file('ga4.csv', 'daily', [{ ...row('2025-09-06', 2, { sessions: 40 }), records: 4 }]);
    const [web] = storeExports(client, [{ ...summed, read: { ...summed.read, rowsRead: 4 } }]);
    expect(web).toMatchObject({ rowsRead: 4, rowsAccepted: 4 });
    expect(dayValues(client).values).toEqual({ 'x//sessions': [['2025-09-06', 40]] });
    // Were that day given again elsewhere, all four records would be taken off the file's count.
    expect(client.rows.recordsOf(0)).toEqual(new Map([[0, 4]]));
  });

  it('reports the same post twice in one export at the second row', () => {
    const client = ingest();
    storeExports(client, [
      file('posts.csv', 'post', [
        row('2025-09-06', 2, { impressions: 500 }, { postId: 'a' }),
        row('2025-09-06', 5, { impressions: 500 }, { postId: 'a' }),
      ]),
    ]);
    expect(client.problems).toEqual([
      expect.objectContaining({
        file: 'data/acme/posts.csv',
        line: 5,
        message: expect.stringContaining('post "a" a second time (first at line 2)'),
      }),
    ]);
    expect(dayValues(client).values['x//impressions']).toEqual([['2025-09-06', 500]]);
  });

  it('adds up campaigns of the same name in a month, and counts one across months in the month with most of its days', () => {
    const client = ingest();
    const span = (from: string, to: string, line: number, campaign: string, spend: number) => ({
      ...row(from, line, { spend }),
      to,
      campaign,
    });
    const [ads] = storeExports(client, [
      file('ads.csv', 'campaign', [
        span('2017-07-17', '2017-07-19', 2, 'Spring', 100),
        span('2017-07-03', '2017-07-05', 3, 'Spring', 50),
        // April 19-30 is 12 days, May 31, June 30, July 1-19 is 19: May has most.
        span('2017-04-19', '2017-07-19', 4, 'Summer', 70),
      ]),
    ]);
    const total = (campaign: string, month: string) =>
      client.seriesList.find((s) => s.campaign === campaign && s.metric === 'spend')?.monthTotals.get(month)?.value;
    expect(total('Spring', '2017-07')).toBe(150);
    expect(total('Summer', '2017-05')).toBe(70);
    expect(ads).toMatchObject({ rowsAccepted: 3, level: 'campaign' });
    expect(ads!.notes).toEqual([expect.stringContaining('1 campaign row ran across the end of a month')]);
    expect(client.problems).toEqual([]);
  });

  it('counts a campaign that ran one day as a total like the others, not as a day value', () => {
    const client = ingest();
    const span = (from: string, to: string, line: number, spend: number) => ({
      ...row(from, line, { spend }),
      to,
      campaign: 'Launch',
    });
    const [ads] = storeExports(client, [
      file('ads.csv', 'campaign', [span('2025-09-03', '2025-09-03', 2, 20), span('2025-09-10', '2025-09-14', 3, 80)]),
    ]);
    const spend = client.seriesList.find((s) => s.metric === 'spend')!;
    expect(spend.monthTotals.get('2025-09')?.value).toBe(100);
    expect(dayValues(client).values).toEqual({});
    expect(ads).toMatchObject({ rowsAccepted: 2 });
    expect(client.problems).toEqual([]);
  });

  it('counts the one-day campaigns of an export without a day breakdown as totals', () => {
    const client = ingest();
    // An Ads Manager export for "Yesterday": every campaign ran that one day, and no Day column.
    const day = (campaign: string, line: number, spend: number) => ({
      ...row('2025-09-03', line, { spend }),
      campaign,
    });
    storeExports(client, [file('ads-yesterday.csv', 'campaign', [day('Launch', 2, 20), day('Brand', 3, 30)])]);
    expect(dayValues(client).values).toEqual({});
    const total = (campaign: string) =>
      client.seriesList.find((s) => s.campaign === campaign)?.monthTotals.get('2025-09')?.value;
    expect([total('Launch'), total('Brand')]).toEqual([20, 30]);
  });

  it('keeps the days of a campaign export broken down by day', () => {
    const client = ingest();
    const day = (from: string, line: number, spend: number) => ({ ...row(from, line, { spend }), campaign: 'Launch' });
    const daily = file('ads-daily.csv', 'campaign', [day('2025-09-03', 2, 20), day('2025-09-04', 3, 30)]);
    storeExports(client, [{ ...daily, read: { ...daily.read, dailyBreakdown: true } }]);
    expect(dayValues(client).values).toEqual({
      'x/Launch/spend': [
        ['2025-09-03', 20],
        ['2025-09-04', 30],
      ],
    });
  });

  it('points a problem with a span at its first cell, below the row when a quoted line break came first', () => {
    const client = ingest();
    const spanning = {
      ...row('2026-06-01', 11, { sessions: 100 }),
      to: '2026-06-18',
      cells: [{ metric: 'sessions', value: 100, line: 13, column: 4 }],
    };
    storeExports(client, [file('ga4.csv', 'daily', [spanning])]);
    expect(client.problems.map((p) => [p.line, p.column])).toEqual([[13, 4]]);
  });

  it('makes a whole month of a daily report a month total, and refuses part of a month', () => {
    const client = ingest();
    const span = (from: string, to: string, line: number) => ({ ...row(from, line, { sessions: 100 }), to });
    const [web] = storeExports(client, [
      file('ga4.csv', 'daily', [span('2026-05-01', '2026-05-31', 10), span('2026-06-01', '2026-06-18', 11)]),
    ]);
    expect(client.seriesList.find((s) => s.metric === 'sessions')?.monthTotals.get('2026-05')?.value).toBe(100);
    expect(web!.rowsAccepted).toBe(1);
    expect(client.problems.map((p) => [p.file, p.line, p.column])).toEqual([['data/acme/ga4.csv', 11, 10]]);
    expect(client.problems[0]!.message).toContain('found numbers for 2026-06-01 to 2026-06-18 in one row');
    expect(client.problems[0]!.message).toContain('a whole month');
  });

  it('tells a Persian-calendar client which Gregorian days its months cover', () => {
    const client = { ...ingest(), calendar: new PersianCalendar() };
    // A GA4 report for May 2026 spans the end of Ordibehesht 1405 and the start of Khordad.
    storeExports(client, [
      file('ga4.csv', 'daily', [{ ...row('2026-05-01', 10, { sessions: 100 }), to: '2026-05-31' }]),
    ]);
    expect(client.problems).toHaveLength(1);
    expect(client.problems[0]!.message).toContain('1405-02 runs 2026-04-21 to 2026-05-21');
    expect(client.problems[0]!.message).toContain("whole months of the client's persian calendar");
    expect(client.problems[0]!.message).not.toContain('Ads Manager');
  });

  it('points at the export cell of a day given twice', () => {
    const client = ingest();
    storeExports(client, [
      file('daily.csv', 'daily', [
        row('2025-09-06', 2, { impressions: 1 }),
        row('2025-09-06', 7, { likes: 3, impressions: 2 }),
      ]),
    ]);
    const impressions = client.seriesList.find((s) => s.metric === 'impressions')!;
    const repeat = impressions.setDays(client.log.bySeries(client.seriesList.length)[impressions.id]!)[0]!;
    // The repeated impressions cell is the second cell of line 7: column 20.
    expect(client.rows.locateCell(repeat.row, 'impressions')).toEqual({
      file: 'data/acme/daily.csv',
      line: 7,
      column: 20,
    });
  });
});

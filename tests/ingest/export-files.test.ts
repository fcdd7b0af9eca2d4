/**
 * What happens to a platform export's rows once an adapter has read them: day rows
 * become day values, post rows count once per post (the newer export wins) and add up
 * per publish day, a span becomes a month total or a located problem.
 */
import { describe, expect, it } from 'vitest';
import { storeExports, type ReadExportFile } from '../../src/ingest/export-files.ts';
import type { ExportFormat, ExportRead, ExportRow } from '../../src/ingest/exports/types.ts';
import { RowTable, type ClientIngest } from '../../src/ingest/metric-file.ts';
import { GregorianCalendar, isoDate } from '../../src/model/calendar.ts';
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
    rows: new RowTable(),
    problems: [],
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

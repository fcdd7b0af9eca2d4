/**
 * What the data contract tolerates: the values must reach the series exactly, with no
 * problem reported.
 */
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { isoDate } from '../../src/model/calendar.ts';
import type { Series } from '../../src/model/series.ts';
import { cleanUpTempDirs, day, findSeries, oneClient, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

/** Loads client `acme` and insists that nothing was reported. */
function clean(files: DirSpec, clientYaml?: string) {
  const load = loadDataDir(oneClient(files, clientYaml));
  expect(load.problems).toEqual([]);
  expect(load.clients).toHaveLength(1);
  return { ...load, series: load.clients[0]!.series };
}

function days(series: Series): Array<[string, number]> {
  return [...series.dayValues.entries()].sort((a, b) => a[0] - b[0]).map(([d, v]) => [isoDate(d), v]);
}

describe('tolerated CSV text', () => {
  it('reads a file with a UTF-8 BOM and CRLF line ends', () => {
    const { series, files } = clean({
      'a.csv': '\ufeffdate,platform,impressions,reach\r\n2025-01-01,facebook,100,50\r\n2025-01-02,facebook,200,60\r\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([
      ['2025-01-01', 100],
      ['2025-01-02', 200],
    ]);
    expect(days(findSeries(series, 'facebook', 'reach'))).toEqual([
      ['2025-01-01', 50],
      ['2025-01-02', 60],
    ]);
    expect(files[0]).toMatchObject({ shape: 'wide', rowsRead: 2, rowsAccepted: 2 });
  });

  it('reads a long file with a BOM, CRLF and no final line end', () => {
    const { series, files } = clean({
      'a.csv':
        '\ufeffdate,platform,metric,value\r\n2025-01-01,youtube,followers,1460\r\n2025-01-01,youtube,video_views,777',
    });
    expect(days(findSeries(series, 'youtube', 'followers'))).toEqual([['2025-01-01', 1460]]);
    expect(findSeries(series, 'youtube', 'followers').kind).toBe('stock');
    expect(days(findSeries(series, 'youtube', 'video_views'))).toEqual([['2025-01-01', 777]]);
    expect(files[0]).toMatchObject({ shape: 'long', rowsRead: 2, rowsAccepted: 2 });
  });

  it('reads the same values with and without quotes, blank lines and old Mac CR line ends', () => {
    const plain = 'date,platform,impressions\n\n2025-01-01,facebook,100\n  \n2025-01-02,facebook,200\n';
    const quoted = 'date,platform,impressions\n\n"2025-01-01",facebook,"100"\n  \n2025-01-02,"facebook",200\n';
    const mac = 'date,platform,impressions\r2025-01-01,facebook,100\r2025-01-02,facebook,200\r';
    for (const text of [plain, quoted, mac]) {
      const { series, files } = clean({ 'a.csv': text });
      expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([
        ['2025-01-01', 100],
        ['2025-01-02', 200],
      ]);
      expect(files[0]).toMatchObject({ rowsRead: 2, rowsAccepted: 2 });
    }
  });

  it('counts lines the same with and without quotes, blank lines included', () => {
    // The bad value is on line 5 either way: header, blank, row, blank, bad row.
    for (const text of [
      'date,platform,impressions\n\n2025-01-01,facebook,100\n\n2025-01-02,facebook,2x\n',
      'date,platform,impressions\n\n"2025-01-01",facebook,100\n\n2025-01-02,facebook,2x\n',
    ]) {
      const load = loadDataDir(oneClient({ 'a.csv': text }));
      expect(load.problems.map((p) => [p.line, p.column])).toEqual([[5, 21]]);
    }
  });

  it('reads a thousands separator inside quotes: "1,234" is 1234', () => {
    const { series } = clean({
      'a.csv': 'date,platform,impressions,spend\n2025-01-01,facebook,"1,234","1,234,567.5"\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([['2025-01-01', 1234]]);
    expect(days(findSeries(series, 'facebook', 'spend'))).toEqual([['2025-01-01', 1234567.5]]);
  });

  it('reads values with spaces around them: " 42 " is 42', () => {
    const { series } = clean({
      'a.csv': 'date,platform,impressions,clicks,reach\n 2025-01-01 , facebook , 42 ," 7 ",\t3\t\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([['2025-01-01', 42]]);
    expect(days(findSeries(series, 'facebook', 'clicks'))).toEqual([['2025-01-01', 7]]);
    expect(days(findSeries(series, 'facebook', 'reach'))).toEqual([['2025-01-01', 3]]);
  });

  it('reads Persian digits: ۱۲۳ is 123', () => {
    const { series } = clean({ 'a.csv': 'date,platform,impressions,spend\n2025-01-01,instagram,۱۲۳,۱۲٫۵\n' });
    expect(days(findSeries(series, 'instagram', 'impressions'))).toEqual([['2025-01-01', 123]]);
    expect(days(findSeries(series, 'instagram', 'spend'))).toEqual([['2025-01-01', 12.5]]);
  });

  it('reads Arabic-Indic digits: ١٢٣ is 123', () => {
    const { series } = clean({ 'a.csv': 'date,platform,impressions,clicks\n2025-01-01,instagram,١٢٣,"١٬٢٣٤"\n' });
    expect(days(findSeries(series, 'instagram', 'impressions'))).toEqual([['2025-01-01', 123]]);
    expect(days(findSeries(series, 'instagram', 'clicks'))).toEqual([['2025-01-01', 1234]]);
  });

  it('treats an empty cell as not reported, not as zero', () => {
    const { series, files } = clean({
      'a.csv':
        'date,platform,impressions,clicks\n2025-01-01,facebook,100,\n2025-01-02,facebook,,5\n2025-01-03,facebook,  ,0\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([['2025-01-01', 100]]);
    // a written 0 is an observation, an empty or blank cell is not
    expect(days(findSeries(series, 'facebook', 'clicks'))).toEqual([
      ['2025-01-02', 5],
      ['2025-01-03', 0],
    ]);
    expect(files[0]).toMatchObject({ rowsRead: 3, rowsAccepted: 3 });
  });

  it('treats an empty value in a long file as not reported', () => {
    const { series } = clean({
      'a.csv': 'date,platform,metric,value\n2025-01-01,facebook,impressions,\n2025-01-02,facebook,impressions,9\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([['2025-01-02', 9]]);
  });

  it('creates no series for a column that is empty throughout', () => {
    const { series } = clean({ 'a.csv': 'date,platform,impressions,clicks\n2025-01-01,facebook,1,\n' });
    expect(series.map((s) => s.metric)).toEqual(['impressions']);
  });
});

describe('shapes, months and campaigns', () => {
  it('keeps a month row as a month total, apart from day rows of other months', () => {
    const { series } = clean({
      'a.csv': 'date,platform,spend\n2025-01,facebook,300.5\n2025-02-03,facebook,10\n2025-02-04,facebook,11\n',
    });
    const spend = findSeries(series, 'facebook', 'spend');
    expect([...spend.monthTotals.keys()]).toEqual(['2025-01']);
    expect(spend.monthTotals.get('2025-01')!.value).toBe(300.5);
    expect(days(spend)).toEqual([
      ['2025-02-03', 10],
      ['2025-02-04', 11],
    ]);
  });

  it('keeps campaigns apart and uses "" for no campaign', () => {
    const { series } = clean({
      'a.csv': 'date,platform,campaign,clicks\n2025-01-01,facebook,Spring Sale,3\n2025-01-01,facebook,,4\n',
    });
    expect(days(findSeries(series, 'facebook', 'clicks', 'Spring Sale'))).toEqual([['2025-01-01', 3]]);
    expect(days(findSeries(series, 'facebook', 'clicks', ''))).toEqual([['2025-01-01', 4]]);
  });

  it('reads the same series from several files', () => {
    const { series } = clean({
      'a.csv': 'date,platform,impressions\n2025-01-01,facebook,1\n',
      'b.csv': 'date,platform,metric,value\n2025-01-02,facebook,impressions,2\n',
    });
    expect(days(findSeries(series, 'facebook', 'impressions'))).toEqual([
      ['2025-01-01', 1],
      ['2025-01-02', 2],
    ]);
  });

  it('accepts a custom metric from client.yaml, with its kind, and allows it to be negative', () => {
    const { series } = clean(
      { 'a.csv': 'date,platform,newsletter_signups,net_followers\n2025-01-01,web,12,-3\n' },
      'name: Acme\nmetrics:\n  - id: newsletter_signups\n    kind: flow\n  - id: net_followers\n    kind: stock\n',
    );
    const signups = findSeries(series, 'web', 'newsletter_signups');
    expect(signups.kind).toBe('flow');
    expect(signups.dayValues.get(day('2025-01-01'))).toBe(12);
    const net = findSeries(series, 'web', 'net_followers');
    expect(net.kind).toBe('stock');
    expect(net.dayValues.get(day('2025-01-01'))).toBe(-3);
  });

  it('accepts a negative net_follows, a net change, in both the plain and the quoted path', () => {
    for (const text of [
      'date,platform,net_follows,followers\n2025-01-01,x,-4,1200\n',
      'date,platform,net_follows,followers\n"2025-01-01",x,"-4",1200\n',
    ]) {
      const { series } = clean({ 'a.csv': text });
      expect(findSeries(series, 'x', 'net_follows').kind).toBe('flow');
      expect(findSeries(series, 'x', 'net_follows').dayValues.get(day('2025-01-01'))).toBe(-4);
    }
  });

  it('accepts every built-in metric as a column', () => {
    const ids = [
      'followers',
      'net_follows',
      'impressions',
      'reach',
      'engagements',
      'likes',
      'comments',
      'shares',
      'saves',
      'clicks',
      'video_views',
      'profile_visits',
      'sessions',
      'posts',
      'leads',
      'conversions',
      'revenue',
      'spend',
      'cost',
    ];
    const { series } = clean({
      'a.csv': `date,platform,${ids.join(',')}\n2025-01-01,facebook,${ids.map((_, i) => i).join(',')}\n`,
    });
    expect(series.map((s) => s.metric).sort()).toEqual([...ids].sort());
    // Each column holds its own index, so every value landed under its own id.
    for (const [index, id] of ids.entries()) {
      expect(findSeries(series, 'facebook', id).dayValues.get(day('2025-01-01'))).toBe(index);
    }
  });

  it('reads a leap day', () => {
    const { series } = clean({ 'a.csv': 'date,platform,posts\n2024-02-29,facebook,1\n' });
    expect(days(findSeries(series, 'facebook', 'posts'))).toEqual([['2024-02-29', 1]]);
  });
});

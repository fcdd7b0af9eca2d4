/**
 * The monthly report through the whole pipeline: hand-made CSVs in a temp data dir
 * -> loadDataDir -> buildClientReport -> reportJson. Every expected number is worked
 * out by hand in the comment next to it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { isoDate } from '../../src/model/calendar.ts';
import { buildOne, dailyCsv, makeDataDir, removeDataDirs, wrap } from './fixture.ts';

afterAll(removeDataDirs);

describe('ROI worked examples through the pipeline', () => {
  const load = loadDataDir(
    makeDataDir({
      // E-commerce, as month totals: content and software costs are separate series (campaigns).
      ecommerce: {
        yaml: 'name: Shop Co\ncurrency: USD\n',
        files: {
          'march.csv': [
            'date,platform,campaign,revenue,spend,cost',
            '2024-03,shop,,50000,10000,',
            '2024-03,shop,content,,,5000',
            '2024-03,shop,software,,,3000',
          ].join('\n'),
        },
      },
      // B2B, as day rows: 100 leads at $200 each.
      b2b: {
        yaml: 'name: B2B Co\nlead_value: 200\nconversion_value: 0\n',
        files: {
          'april.csv': [
            'date,platform,leads,spend,cost',
            '2024-04-01,linkedin,60,1200,',
            '2024-04-15,linkedin,,,1500',
            '2024-04-20,linkedin,,,500',
            '2024-04-30,linkedin,40,800,',
          ].join('\n'),
        },
      },
    }),
  );

  it('loads both clients without problems', () => {
    expect(load.problems).toEqual([]);
    expect(load.clients.map((c) => c.slug).sort()).toEqual(['b2b', 'ecommerce']);
  });

  const built = (slug: string) => {
    const client = load.clients.find((c) => c.slug === slug);
    if (!client) throw new Error(`no client ${slug}`);
    const report = buildClientReport(client);
    if (!report) throw new Error('no report');
    return wrap(report);
  };

  it('E-commerce: value 50,000, cost 10,000 + 5,000 + 3,000 = 18,000, ROI 177.78%', () => {
    const r = built('ecommerce');
    expect(r.report.months.map((m) => m.month.id)).toEqual(['2024-03']);
    const all = r.json('2024-03').platforms['all']!;
    expect(all['revenue']!.value).toBe(50_000);
    expect(all['spend']!.value).toBe(10_000);
    // 5,000 content + 3,000 software
    expect(all['cost']!.value).toBe(8_000);
    expect(all['value']!.value).toBe(50_000);
    expect(all['total_cost']!.value).toBe(18_000);
    // (50,000 - 18,000) / 18,000 * 100 = 177.777…
    expect(all['roi']!.value).toBeCloseTo(177.7778, 4);
    // ROAS 50,000 / 10,000 = 5 (a multiple, ad spend only)
    expect(all['roas']!.value).toBeCloseTo(5, 10);
  });

  it('B2B: value 100 leads x $200 = 20,000, cost 2,000 + 1,500 + 500 = 4,000, ROI 400%', () => {
    const r = built('b2b');
    const json = r.json('2024-04');
    expect(json.partial).toBe(false);
    const all = json.platforms['all']!;
    // 60 + 40
    expect(all['leads']!.value).toBe(100);
    // 1,200 + 800 LinkedIn ads
    expect(all['spend']!.value).toBe(2_000);
    // 1,500 content + 500 analytics
    expect(all['cost']!.value).toBe(2_000);
    // 100 x 200
    expect(all['value']!.value).toBe(20_000);
    expect(all['total_cost']!.value).toBe(4_000);
    // (20,000 - 4,000) / 4,000 * 100 = 400
    expect(all['roi']!.value).toBeCloseTo(400, 6);
    // the single platform gives the same figure
    expect(json.platforms['linkedin']!['roi']!.value).toBeCloseTo(400, 6);
  });
});

describe('stocks and flows', () => {
  const r = buildOne({
    files: {
      'insta.csv': [
        'date,platform,followers,impressions',
        '2024-01-01,insta,1000,100',
        '2024-01-10,insta,1300,200',
        '2024-01-20,insta,1200,300',
        // followers not reported on the 31st: empty is not zero
        '2024-01-31,insta,,400',
        '2024-02-05,insta,1500,50',
        '2024-02-29,insta,,50',
      ].join('\n'),
    },
  });

  it('followers (a stock) is the last observation in the month, not the sum, average, max or an empty cell', () => {
    // last reported: 1,200 on Jan 20 (sum 3,500, average 1,166.67, max 1,300, Jan 31 empty)
    expect(r.figures('2024-01', 'insta', 'followers').value).toBe(1_200);
    expect(r.figures('2024-01', 'all', 'followers').value).toBe(1_200);
    // February: 1,500 (Feb 5), Feb 29 empty
    const feb = r.figures('2024-02', 'insta', 'followers');
    expect(feb.value).toBe(1_500);
    // mom: 1,500 - 1,200 = 300; 300 / 1,200 * 100 = 25
    expect(feb.mom).toEqual({ previous: 1_200, change: 300, pct: 25 });
  });

  it('impressions (a flow) are summed over the month', () => {
    // 100 + 200 + 300 + 400 = 1,000
    expect(r.figures('2024-01', 'insta', 'impressions').value).toBe(1_000);
    // 50 + 50 = 100; mom change 100 - 1,000 = -900, pct -900 / 1,000 * 100 = -90
    const feb = r.figures('2024-02', 'insta', 'impressions');
    expect(feb.value).toBe(100);
    expect(feb.mom).toEqual({ previous: 1_000, change: -900, pct: -90 });
  });
});

describe('ratios are recomputed from sums', () => {
  const r = buildOne({
    files: {
      'insta.csv': [
        'date,platform,impressions,engagements,clicks',
        '2024-01-01,insta,100,10,5', // ER 10%, CTR 5%
        '2024-01-02,insta,900,10,5', // ER 1.11%, CTR 0.56%
      ].join('\n'),
    },
  });

  it('engagement rate is sum(engagements) / sum(impressions), not the average of daily rates', () => {
    // (10 + 10) / (100 + 900) * 100 = 2 (the average of daily rates would be (10 + 1.111) / 2 = 5.56)
    expect(r.figures('2024-01', 'insta', 'engagement_rate').value).toBeCloseTo(2, 10);
    expect(r.metricJson('2024-01', 'all', 'engagement_rate').value).toBeCloseTo(2, 10);
  });

  it('CTR is sum(clicks) / sum(impressions)', () => {
    // (5 + 5) / 1,000 * 100 = 1 (average of daily rates: (5 + 0.556) / 2 = 2.78)
    expect(r.figures('2024-01', 'insta', 'ctr').value).toBeCloseTo(1, 10);
  });
});

describe('platforms and the cross-platform total', () => {
  const r = buildOne({
    files: {
      'social.csv': [
        'date,platform,followers,impressions,engagements,clicks,shares',
        '2024-01-01,alpha,500,600,60,30,',
        '2024-01-31,alpha,520,400,40,20,',
        '2024-01-01,beta,700,1000,20,,3',
        '2024-01-31,beta,710,2000,40,,4',
      ].join('\n'),
    },
  });

  it('per platform: its own sums and ratios', () => {
    // alpha: impressions 600 + 400 = 1,000, engagements 60 + 40 = 100, ER 100 / 1,000 * 100 = 10
    expect(r.figures('2024-01', 'alpha', 'impressions').value).toBe(1_000);
    expect(r.figures('2024-01', 'alpha', 'engagement_rate').value).toBeCloseTo(10, 10);
    // beta: impressions 3,000, engagements 60, ER 60 / 3,000 * 100 = 2
    expect(r.figures('2024-01', 'beta', 'impressions').value).toBe(3_000);
    expect(r.figures('2024-01', 'beta', 'engagement_rate').value).toBeCloseTo(2, 10);
  });

  it('all: flows summed over platforms, ratio recomputed from the sums (not the average of platform rates)', () => {
    // impressions 1,000 + 3,000 = 4,000; engagements 100 + 60 = 160
    expect(r.figures('2024-01', 'all', 'impressions').value).toBe(4_000);
    expect(r.figures('2024-01', 'all', 'engagements').value).toBe(160);
    // ER 160 / 4,000 * 100 = 4 (average of platform rates would be (10 + 2) / 2 = 6)
    expect(r.figures('2024-01', 'all', 'engagement_rate').value).toBeCloseTo(4, 10);
  });

  it("all: followers is the sum of each platform's last observation", () => {
    // 520 + 710 = 1,230
    expect(r.figures('2024-01', 'all', 'followers').value).toBe(1_230);
  });

  it('all: a metric counts only the platforms that reported it; a platform that did not has no entry', () => {
    // clicks only on alpha: 30 + 20 = 50
    expect(r.figures('2024-01', 'all', 'clicks').value).toBe(50);
    // shares only on beta: 3 + 4 = 7
    expect(r.figures('2024-01', 'all', 'shares').value).toBe(7);
    const json = r.json('2024-01');
    expect(json.platforms['beta']!['clicks']).toBeUndefined();
    expect(json.platforms['beta']!['ctr']).toBeUndefined();
    expect(json.platforms['alpha']!['shares']).toBeUndefined();
  });

  it('all: a rate is taken over the platforms that report both of its inputs', () => {
    // beta reports impressions but no clicks, so its 3,000 impressions stay out of the CTR:
    // clicks 50 / alpha's impressions 1,000 * 100 = 5 (not 50 / 4,000 * 100 = 1.25)
    expect(r.figures('2024-01', 'all', 'ctr').value).toBeCloseTo(5, 10);
    // The engagement rate, which both report, still uses both: 160 / 4,000 * 100 = 4
    expect(r.figures('2024-01', 'all', 'engagement_rate').value).toBeCloseTo(4, 10);
  });
});

describe('all: money efficiency is blended across platforms', () => {
  it('takes ROAS and CPA over all revenue, spend and conversions when the shop and the ads report apart', () => {
    // The common set-up: the ads platform reports spend and clicks, the website revenue and conversions.
    const r = buildOne({
      files: {
        'ads.csv': ['date,platform,spend,clicks', '2024-01-10,facebook,200,400'].join('\n'),
        'shop.csv': ['date,platform,revenue,conversions', '2024-01-10,website,1000,10'].join('\n'),
      },
    });
    // ROAS = 1,000 / 200 = 5; CPA = 200 / 10 = 20; ROI = (1,000 - 200) / 200 * 100 = 400
    expect(r.figures('2024-01', 'all', 'roas').value).toBeCloseTo(5, 10);
    expect(r.figures('2024-01', 'all', 'cpa').value).toBeCloseTo(20, 10);
    expect(r.figures('2024-01', 'all', 'roi').value).toBeCloseTo(400, 10);
    // Neither platform has both inputs, so neither has a ROAS or CPA of its own.
    expect(r.json('2024-01').platforms['facebook']!['roas']).toBeUndefined();
    expect(r.json('2024-01').platforms['website']!['cpa']).toBeUndefined();
    // The conversion rate describes one platform's own audience: no platform reports conversions and clicks.
    expect(r.json('2024-01').platforms['all']!['conversion_rate']).toBeUndefined();
  });

  it('counts ad spend that reported no revenue, rather than flattering the return', () => {
    const r = buildOne({
      files: {
        'ads.csv': [
          'date,platform,spend,revenue,conversions,clicks',
          '2024-01-10,instagram,100,600,4,50',
          '2024-01-10,facebook,200,,,80',
        ].join('\n'),
      },
    });
    // Blended ROAS = 600 / (100 + 200) = 2, not instagram's own 600 / 100 = 6.
    expect(r.figures('2024-01', 'instagram', 'roas').value).toBeCloseTo(6, 10);
    expect(r.figures('2024-01', 'all', 'roas').value).toBeCloseTo(2, 10);
    // Blended CPA = 300 / 4 = 75; CPC stays like for like: (100 + 200) / (50 + 80) = 2.3077
    expect(r.figures('2024-01', 'all', 'cpa').value).toBeCloseTo(75, 10);
    expect(r.figures('2024-01', 'all', 'cpc').value).toBeCloseTo(300 / 130, 10);
    // Conversion rate is like for like: only instagram reports conversions and clicks: 4 / 50 * 100 = 8.
    expect(r.figures('2024-01', 'all', 'conversion_rate').value).toBeCloseTo(8, 10);
  });
});

describe('campaigns within a platform', () => {
  const r = buildOne({
    files: {
      'paid.csv': [
        'date,platform,campaign,impressions,clicks,spend',
        '2024-01-01,alpha,Spring,100,5,10',
        '2024-01-01,alpha,Retargeting,300,6,12',
        '2024-01-02,alpha,Spring,200,4,8',
        '2024-01-03,alpha,Retargeting,400,10,20',
      ].join('\n'),
      'organic.csv': ['date,platform,impressions', '2024-01-02,alpha,1000'].join('\n'),
    },
  });

  it('adds every campaign and the organic rows into the platform total', () => {
    // impressions 100 + 300 + 200 + 400 + 1,000 = 2,000; clicks 5 + 6 + 4 + 10 = 25; spend 10 + 12 + 8 + 20 = 50
    expect(r.figures('2024-01', 'alpha', 'impressions').value).toBe(2_000);
    expect(r.figures('2024-01', 'alpha', 'clicks').value).toBe(25);
    expect(r.figures('2024-01', 'alpha', 'spend').value).toBe(50);
    // CPC 50 / 25 = 2; CTR 25 / 2,000 * 100 = 1.25
    expect(r.figures('2024-01', 'alpha', 'cpc').value).toBeCloseTo(2, 10);
    expect(r.figures('2024-01', 'alpha', 'ctr').value).toBeCloseTo(1.25, 10);
    expect(r.figures('2024-01', 'all', 'impressions').value).toBe(2_000);
  });
});

describe('leap February and partial months', () => {
  const load = loadDataDir(
    makeDataDir({
      'leap-full': {
        files: { 'd.csv': dailyCsv('date,platform,impressions', '2024-02-01', '2024-02-29', () => 'insta,1') },
      },
      'leap-partial': {
        files: { 'd.csv': dailyCsv('date,platform,impressions', '2024-02-01', '2024-02-28', () => 'insta,1') },
      },
      'feb-2025': {
        files: { 'd.csv': dailyCsv('date,platform,impressions', '2025-02-01', '2025-02-28', () => 'insta,1') },
      },
    }),
  );
  const built = (slug: string) => {
    const client = load.clients.find((c) => c.slug === slug);
    if (!client) throw new Error(`no client ${slug}`);
    const report = buildClientReport(client);
    if (!report) throw new Error('no report');
    return wrap(report);
  };

  it('loads without problems', () => {
    expect(load.problems).toEqual([]);
    expect(load.clients).toHaveLength(3);
  });

  it('data through 2024-02-29 makes February 2024 a full month', () => {
    const r = built('leap-full');
    const json = r.json('2024-02');
    expect(json.partial).toBe(false);
    expect(json.coverage).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // 29 days x 1
    expect(json.platforms['insta']!['impressions']!.value).toBe(29);
  });

  it('data through 2024-02-28 leaves February 2024 partial', () => {
    const r = built('leap-partial');
    const feb = r.month('2024-02');
    expect(feb.partial).toBe(true);
    expect(isoDate(feb.coverage.from)).toBe('2024-02-01');
    expect(isoDate(feb.coverage.to)).toBe('2024-02-28');
    expect(r.json('2024-02').partial).toBe(true);
  });

  it('data through 2025-02-28 makes February 2025 a full month', () => {
    const r = built('feb-2025');
    const json = r.json('2025-02');
    expect(json.partial).toBe(false);
    expect(json.coverage).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    // 28 days x 1
    expect(json.platforms['insta']!['impressions']!.value).toBe(28);
  });
});

describe('a month with no data between two months with data', () => {
  const r = buildOne({
    files: {
      'insta.csv':
        dailyCsv('date,platform,impressions', '2024-01-01', '2024-01-31', () => 'insta,10') +
        dailyCsv('date,platform,impressions', '2024-03-01', '2024-03-31', () => 'insta,20')
          .split('\n')
          .slice(1)
          .join('\n'),
    },
  });

  it('still appears, with null values', () => {
    expect(r.report.months.map((m) => m.month.id)).toEqual(['2024-01', '2024-02', '2024-03']);
    const feb = r.figures('2024-02', 'insta', 'impressions');
    expect(feb.value).toBeNull();
    expect(r.figures('2024-02', 'all', 'impressions').value).toBeNull();
    // Feb vs Jan: previous 31 x 10 = 310 is known, but there is nothing to compare
    expect(feb.mom).toEqual({ previous: 310, change: null, pct: null });
  });

  it('the month after it has no month-over-month previous value (n/a)', () => {
    const mar = r.figures('2024-03', 'insta', 'impressions');
    // 31 x 20 = 620
    expect(mar.value).toBe(620);
    expect(mar.mom).toEqual({ previous: null, change: null, pct: null });
    expect(r.metricJson('2024-03', 'all', 'impressions').mom).toEqual({ previous: null, change: null, pct: null });
  });

  it('quarter-to-date still adds the months that have data', () => {
    // Jan 310 + Feb nothing + Mar 620 = 930
    expect(r.figures('2024-03', 'insta', 'impressions').qtd.value).toBe(930);
  });
});

/*
 * A long daily timeline, 2023-01-01 to 2024-05-18 (so May 2024 is partial: day 18).
 * impressions on every day of month m: m in 2023 (Jan 1, Feb 2, ...), m + 10 in 2024 (Jan 11, Feb 12, ...).
 * followers on day d of month m: 1000 x m + d in 2023, 20000 + 1000 x m + d in 2024.
 */
describe('comparisons: mom, yoy, qtd, ytd, partial months like for like', () => {
  const r = buildOne({
    files: {
      'insta.csv': dailyCsv('date,platform,impressions,followers', '2023-01-01', '2024-05-18', (iso) => {
        const year = Number(iso.slice(0, 4));
        const month = Number(iso.slice(5, 7));
        const day = Number(iso.slice(8, 10));
        const impressions = month + (year - 2023) * 10;
        const followers = (year === 2024 ? 20_000 : 0) + 1_000 * month + day;
        return `insta,${impressions},${followers}`;
      }),
    },
  });

  it('covers every month from the first to the last day of data', () => {
    expect(r.report.months).toHaveLength(17); // Jan 2023 .. May 2024 = 12 + 5
    expect(isoDate(r.report.dataFrom)).toBe('2023-01-01');
    expect(isoDate(r.report.dataThrough)).toBe('2024-05-18');
  });

  it('the first month has nothing earlier to compare with', () => {
    const jan = r.figures('2023-01', 'insta', 'impressions');
    // 31 x 1 = 31
    expect(jan.value).toBe(31);
    expect(jan.mom).toEqual({ previous: null, change: null, pct: null });
    expect(jan.yoy).toEqual({ previous: null, change: null, pct: null });
    expect(jan.qtd.previous).toBeNull();
    expect(jan.ytd.previous).toBeNull();
  });

  it('a full month (March 2024): mom vs February, yoy vs March 2023', () => {
    expect(r.month('2024-03').partial).toBe(false);
    const mar = r.figures('2024-03', 'insta', 'impressions');
    // 31 days x 13 = 403
    expect(mar.value).toBe(403);
    // Feb 2024 (leap): 29 x 12 = 348; change 55; pct 55 / 348 * 100 = 15.8046
    expect(mar.mom.previous).toBe(348);
    expect(mar.mom.change).toBe(55);
    expect(mar.mom.pct).toBeCloseTo(15.8046, 3);
    // Mar 2023: 31 x 3 = 93; change 310; pct 310 / 93 * 100 = 333.333
    expect(mar.yoy.previous).toBe(93);
    expect(mar.yoy.change).toBe(310);
    expect(mar.yoy.pct).toBeCloseTo(333.3333, 3);
  });

  it('February 2024 yoy compares with the 28-day February 2023', () => {
    const feb = r.figures('2024-02', 'insta', 'impressions');
    // 29 x 12 = 348 vs 28 x 2 = 56
    expect(feb.value).toBe(348);
    expect(feb.yoy.previous).toBe(56);
  });

  it('qtd and ytd (March 2024, Q1): the quarter so far against the same span a year earlier', () => {
    const mar = r.figures('2024-03', 'insta', 'impressions');
    // 2024: Jan 31 x 11 = 341 + Feb 29 x 12 = 348 + Mar 31 x 13 = 403 -> 1,092
    // 2023: Jan 31 x 1 = 31 + Feb 28 x 2 = 56 + Mar 31 x 3 = 93 -> 180
    // change 912; pct 912 / 180 * 100 = 506.667
    expect(mar.qtd.value).toBe(1_092);
    expect(mar.qtd.previous).toBe(180);
    expect(mar.qtd.change).toBe(912);
    expect(mar.qtd.pct).toBeCloseTo(506.6667, 3);
    expect(mar.ytd.value).toBe(1_092);
    expect(mar.ytd.previous).toBe(180);
  });

  it('qtd and ytd differ in Q2 (April 2024)', () => {
    const apr = r.figures('2024-04', 'insta', 'impressions');
    // qtd: Apr 2024 30 x 14 = 420 vs Apr 2023 30 x 4 = 120
    expect(apr.qtd.value).toBe(420);
    expect(apr.qtd.previous).toBe(120);
    // ytd: 341 + 348 + 403 + 420 = 1,512 vs 31 + 56 + 93 + 120 = 300
    expect(apr.ytd.value).toBe(1_512);
    expect(apr.ytd.previous).toBe(300);
  });

  it('a month whose data stops on day 18 is partial, covered to day 18', () => {
    const may = r.month('2024-05');
    expect(may.partial).toBe(true);
    expect(isoDate(may.coverage.from)).toBe('2024-05-01');
    expect(isoDate(may.coverage.to)).toBe('2024-05-18');
    const json = r.json('2024-05');
    expect(json.partial).toBe(true);
    expect(json.coverage).toEqual({ from: '2024-05-01', to: '2024-05-18' });
    expect(json.data_through).toBe('2024-05-18');
    // the full months before it are not partial
    expect(r.month('2024-04').partial).toBe(false);
  });

  it('a partial month compares flows with the first 18 days of earlier months (like for like)', () => {
    const may = r.figures('2024-05', 'insta', 'impressions');
    // 18 x 15 = 270
    expect(may.value).toBe(270);
    // mom: Apr 1-18 2024 = 18 x 14 = 252 (not the full April 30 x 14 = 420); change 18; pct 18 / 252 * 100 = 7.142857
    expect(may.mom.previous).toBe(252);
    expect(may.mom.change).toBe(18);
    expect(may.mom.pct).toBeCloseTo(7.142857, 4);
    // yoy: May 1-18 2023 = 18 x 5 = 90 (not 31 x 5 = 155); change 180; pct 180 / 90 * 100 = 200
    expect(may.yoy).toEqual({ previous: 90, change: 180, pct: 200 });
  });

  it('a partial month: qtd and ytd against the same span a year earlier, cut at day 18', () => {
    const may = r.figures('2024-05', 'insta', 'impressions');
    // qtd: Apr 2024 420 + May 1-18 270 = 690 vs Apr 2023 120 + May 1-18 2023 90 = 210
    // change 480; pct 480 / 210 * 100 = 228.571
    expect(may.qtd.value).toBe(690);
    expect(may.qtd.previous).toBe(210);
    expect(may.qtd.pct).toBeCloseTo(228.5714, 3);
    // ytd: 341 + 348 + 403 + 420 + 270 = 1,782 vs 31 + 56 + 93 + 120 + 90 = 390
    // change 1,392; pct 1,392 / 390 * 100 = 356.923
    expect(may.ytd.value).toBe(1_782);
    expect(may.ytd.previous).toBe(390);
    expect(may.ytd.pct).toBeCloseTo(356.9231, 3);
  });

  it('followers (a stock): last observation, compared with the last observation in the earlier span', () => {
    const mar = r.figures('2024-03', 'insta', 'followers');
    // Mar 31 2024: 20,000 + 3,000 + 31 = 23,031; Feb 29 2024: 20,000 + 2,000 + 29 = 22,029; Mar 31 2023: 3,031
    expect(mar.value).toBe(23_031);
    expect(mar.mom.previous).toBe(22_029);
    expect(mar.yoy.previous).toBe(3_031);
    const may = r.figures('2024-05', 'insta', 'followers');
    // May 18 2024: 20,000 + 5,000 + 18 = 25,018
    expect(may.value).toBe(25_018);
    // like for like: Apr 18 2024 = 24,018 (not Apr 30 = 24,030); pct 1,000 / 24,018 * 100 = 4.16355
    expect(may.mom.previous).toBe(24_018);
    expect(may.mom.pct).toBeCloseTo(4.16355, 4);
    // May 18 2023 = 5,018 (not May 31 = 5,031)
    expect(may.yoy.previous).toBe(5_018);
    // qtd: last in Apr 1 - May 18 2023 = 5,018
    expect(may.qtd.value).toBe(25_018);
    expect(may.qtd.previous).toBe(5_018);
  });
});

/*
 * Revenue and spend by day (May 2024: 100 and 10 a day; June: 200 and 10 a day, stopping on June 18),
 * other costs as month totals: 2024-05 = 1,000, 2024-06 = 1,200.
 */
describe('month totals and like-for-like spans', () => {
  const r = buildOne({
    files: {
      'shop.csv': dailyCsv('date,platform,revenue,spend', '2024-05-01', '2024-06-18', (iso) =>
        iso.startsWith('2024-05') ? 'shop,100,10' : 'shop,200,10',
      ),
      'costs.csv': ['date,platform,metric,value', '2024-05,shop,cost,1000', '2024-06,shop,cost,1200'].join('\n'),
    },
  });

  it('a month total counts in full in its month', () => {
    const may = r.month('2024-05');
    expect(may.partial).toBe(false);
    const all = may.platforms['all']!;
    // revenue 31 x 100 = 3,100; spend 31 x 10 = 310; cost 1,000; total cost 1,310
    expect(all['revenue']!.value).toBe(3_100);
    expect(all['cost']!.value).toBe(1_000);
    expect(all['total_cost']!.value).toBe(1_310);
    // ROI (3,100 - 1,310) / 1,310 * 100 = 1,790 / 1,310 * 100 = 136.6412
    expect(all['roi']!.value).toBeCloseTo(136.6412, 3);
  });

  it('in a partial month the month total still counts in full', () => {
    const jun = r.month('2024-06');
    expect(jun.partial).toBe(true);
    expect(isoDate(jun.coverage.to)).toBe('2024-06-18');
    const all = jun.platforms['all']!;
    // revenue 18 x 200 = 3,600; spend 18 x 10 = 180; cost 1,200; total 1,380
    expect(all['revenue']!.value).toBe(3_600);
    expect(all['spend']!.value).toBe(180);
    expect(all['cost']!.value).toBe(1_200);
    expect(all['total_cost']!.value).toBe(1_380);
    // ROI (3,600 - 1,380) / 1,380 * 100 = 2,220 / 1,380 * 100 = 160.8696
    expect(all['roi']!.value).toBeCloseTo(160.8696, 3);
  });

  it('a like-for-like span that cuts through a month total is unknown, and so is every metric built on it', () => {
    const all = r.month('2024-06').platforms['all']!;
    // day rows are cut fine: revenue May 1-18 = 18 x 100 = 1,800; change 1,800; pct 100
    expect(all['revenue']!.mom).toEqual({ previous: 1_800, change: 1_800, pct: 100 });
    // spend May 1-18 = 18 x 10 = 180
    expect(all['spend']!.mom.previous).toBe(180);
    // value needs no cost: 1,800
    expect(all['value']!.mom.previous).toBe(1_800);
    // the May cost total cannot be split into May 1-18: unknown, not 0 and not 1,000
    expect(all['cost']!.mom).toEqual({ previous: null, change: null, pct: null });
    // total cost is unknown, not just the spend (180)
    expect(all['total_cost']!.mom).toEqual({ previous: null, change: null, pct: null });
    // ROI is unknown, not (1,800 - 180) / 180 * 100 = 900 as if there were no other cost
    expect(all['roi']!.mom).toEqual({ previous: null, change: null, pct: null });
    // the same in data.json
    expect(r.metricJson('2024-06', 'all', 'roi').mom).toEqual({ previous: null, change: null, pct: null });
    expect(r.metricJson('2024-06', 'shop', 'total_cost').mom.previous).toBeNull();
  });

  it('a span that holds whole month totals counts them (qtd of June)', () => {
    const all = r.month('2024-06').platforms['all']!;
    // Apr 1 - Jun 30: cost 1,000 + 1,200 = 2,200; revenue 3,100 + 3,600 = 6,700; spend 310 + 180 = 490
    expect(all['cost']!.qtd.value).toBe(2_200);
    expect(all['revenue']!.qtd.value).toBe(6_700);
    expect(all['total_cost']!.qtd.value).toBe(2_690);
    // ROI (6,700 - 2,690) / 2,690 * 100 = 4,010 / 2,690 * 100 = 149.0706
    expect(all['roi']!.qtd.value).toBeCloseTo(149.0706, 3);
    // no data a year earlier
    expect(all['roi']!.qtd.previous).toBeNull();
  });
});

describe('reach', () => {
  const r = buildOne({
    files: {
      'daily.csv': ['date,platform,reach', '2024-01-01,alpha,100', '2024-01-02,alpha,150', '2024-01-03,alpha,120'].join(
        '\n',
      ),
      'monthly.csv': ['date,platform,metric,value', '2024-01,beta,reach,900'].join('\n'),
    },
  });

  it('daily reach summed over several days is flagged as an upper bound', () => {
    const reach = r.metricJson('2024-01', 'alpha', 'reach');
    // 100 + 150 + 120 = 370
    expect(reach.value).toBe(370);
    expect(reach.upper_bound).toBe(true);
  });

  it("a platform's own monthly reach is not flagged", () => {
    const reach = r.metricJson('2024-01', 'beta', 'reach');
    expect(reach.value).toBe(900);
    expect(reach.upper_bound).toBeUndefined();
    expect(r.figures('2024-01', 'beta', 'reach').upperBound).toBe(false);
  });

  it('reach added over platforms is an upper bound', () => {
    const reach = r.metricJson('2024-01', 'all', 'reach');
    // 370 + 900 = 1,270
    expect(reach.value).toBe(1_270);
    expect(reach.upper_bound).toBe(true);
  });

  it('other metrics never carry the flag', () => {
    const other = buildOne({
      files: { 'a.csv': ['date,platform,impressions', '2024-01-01,alpha,1', '2024-01-02,alpha,2'].join('\n') },
    });
    expect(other.metricJson('2024-01', 'alpha', 'impressions').upper_bound).toBeUndefined();
  });
});

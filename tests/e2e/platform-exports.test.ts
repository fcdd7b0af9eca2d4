/**
 * Platform exports dropped into a client folder, through the whole pipeline: the
 * format each file was read as, the rows it gave, and the monthly numbers they make.
 *
 * The real exports live in ../shared/real-exports; they are read from there into a
 * temporary data folder for each run, never kept in the project. Without that folder
 * the test says so loudly, and under CI it fails.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientModel } from '../../src/aggregate/period-model.ts';
import { buildClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import { validationReport } from '../../src/validate.ts';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';
import { realExportsMissing, REAL_EXPORTS, reportMissingRealExports } from '../real-exports-folder.ts';

cleanUpTempDirs();

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'exports');
reportMissingRealExports('the real-export pipeline test');

/** A data folder with one client whose folder holds copies of `files` (absolute paths). */
function clientWith(files: readonly string[], clientYaml: string): string {
  const dir = makeDataDir({ 'acme/client.yaml': clientYaml });
  for (const file of files) copyFileSync(file, path.join(dir, 'acme', path.basename(file)));
  return dir;
}

describe('platform exports through the pipeline', () => {
  it.skipIf(realExportsMissing)('reads the four real exports side by side into monthly numbers', () => {
    const files = readdirSync(REAL_EXPORTS)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => path.join(REAL_EXPORTS, name));
    const dir = clientWith(
      files,
      'name: Real exports\ncurrency: USD\nfiles:\n  meta-ads-manager.csv:\n    platform: facebook\n',
    );
    const load = loadDataDir(dir);
    expect(load.problems).toEqual([]);
    const byName = Object.fromEntries(load.files.map((f) => [path.basename(f.file), f]));
    expect(byName['meta-ads-manager.csv']).toMatchObject({
      format: 'Meta Ads Manager export (per campaign)',
      level: 'campaign',
      rowsRead: 535,
      rowsAccepted: 535,
    });
    expect(byName['tweet_activity_metrics_TCORSStgOrg_20170401_20170408_en.csv']).toMatchObject({
      level: 'post',
      rowsAccepted: 10,
    });
    // The YouTube file's first data row is its Total, which is skipped: 7 read, 6 used.
    expect(byName['youtube-studio-table-data.csv']).toMatchObject({ level: 'post', rowsRead: 7, rowsAccepted: 6 });
    // The legacy Facebook file's second line describes the columns: 2 records read, 1 post.
    expect(byName['facebook-insights-post-level-2017-01-19.csv']).toMatchObject({ rowsRead: 2, rowsAccepted: 1 });

    const report = buildClientReport(load.clients[0]!)!;
    const sum = (platform: string, metric: string, from: string, to: string) =>
      report.months
        .filter((m) => m.month.id >= from && m.month.id <= to)
        .reduce((total, m) => total + (m.platforms[platform]?.[metric]?.value ?? 0), 0);
    // Every tweet is from 1-8 April 2017: 29+10+102+33+29+100+35+34+27+87 = 486 impressions.
    expect(report.months.find((m) => m.month.id === '2017-04')!.platforms['x']!['impressions']!.value).toBe(486);
    // The Ads Manager campaigns ran from April to July 2017: 555,759 impressions, $4,343.72 spent,
    // whichever month each campaign counts in (the legacy Facebook post is from January).
    expect(sum('facebook', 'impressions', '2017-04', '2017-07')).toBe(555_759);
    expect(sum('facebook', 'spend', '2017-01', '2017-12')).toBeCloseTo(4343.72, 2);
    // The validate output names each file's format.
    expect(validationReport(load)).toContain(
      'meta-ads-manager.csv: Meta Ads Manager export (per campaign), 535 rows read, 535 used',
    );
    // The top posts, checked by hand with a spreadsheet sort: April 2017's best tweet drew 6
    // engagements on 100 impressions (the next, 4 on 33); its rate is n/a below 500 impressions.
    const model = clientModel(report);
    const [tweet] = model.period('2017-04').topPosts().all.best;
    expect([tweet!.post.id, tweet!.engagements, tweet!.impressions, tweet!.engagementRate]).toEqual([
      '848610993366237184',
      6,
      100,
      null,
    ]);
    expect(tweet!.post.link).toBe('https://twitter.com/TCORSStgOrg/status/848610993366237184');
    expect(tweet!.post.caption).toMatch(/^Formaldehyde is used to embalm dead bodies/);
    // January 2017's one Facebook post: a link post with 2 engaged users on 60 impressions.
    const [post] = model.period('2017-01').topPosts().all.best;
    expect([post!.post.id, post!.post.type, post!.engagements, post!.impressions]).toEqual([
      '1605839243031680_1867404650208470',
      'link',
      2,
      60,
    ]);
  });

  it.skipIf(realExportsMissing)("places the real tweets on the client's clock and finds the hours that work", () => {
    const tweets = path.join(REAL_EXPORTS, 'tweet_activity_metrics_TCORSStgOrg_20170401_20170408_en.csv');
    const dir = clientWith([tweets], 'name: TCORS\ntimezone: America/New_York\n');
    const load = loadDataDir(dir);
    expect(load.problems).toEqual([]);
    expect(load.files[0]!.notes).toContain(
      'publish times are written in UTC and shown on the America/New_York clock (timezone: in client.yaml)',
    );
    const report = buildClientReport(load.clients[0]!)!;
    const impressions = (month: string) =>
      report.months.find((m) => m.month.id === month)?.platforms['x']?.['impressions']?.value;
    // Hand check against the file: New York is UTC-4 in April 2017, so the tweet of
    // 2017-04-01 00:00 UTC (87 impressions) went out at 20:00 on 31 March; April keeps 486 - 87.
    expect([impressions('2017-03'), impressions('2017-04')]).toEqual([87, 399]);
    // The tweets went out at 19:00, 22:00 and 00:00 UTC: 15:00, 18:00 and 20:00 in New York.
    // 15:00: 3 + 6 + 1 engagements on 102 + 100 + 27 impressions = 10 / 229;
    // 18:00: 2 + 1 + 0 on 10 + 29 + 34 = 3 / 73; 20:00: 1 + 4 + 0 + 3 on 29 + 33 + 35 + 87 = 8 / 184.
    const works = clientModel(report).period('2017-04').whatWorks();
    expect(works.timeZone).toBe('America/New_York');
    expect(works.byHour.map((g) => [g.key, g.posts, g.engagementRate?.toFixed(4), g.rank])).toEqual([
      ['15', 3, ((10 / 229) * 100).toFixed(4), 1],
      ['18', 3, ((3 / 73) * 100).toFixed(4), 3],
      ['20', 4, ((8 / 184) * 100).toFixed(4), 2],
    ]);
  });

  it('reads written fixtures of X, TikTok, LinkedIn and Google Analytics together', () => {
    const dir = clientWith(
      [
        'x-account-overview.csv',
        'tiktok-overview-2026.csv',
        'linkedin-followers.csv',
        'ga4-traffic-acquisition.csv',
      ].map((name) => path.join(FIXTURES, name)),
      'name: Acme\n',
    );
    const load = loadDataDir(dir);
    expect(load.problems).toEqual([]);
    expect(load.files.map((f) => f.format)).toEqual([
      'Google Analytics 4 report',
      'LinkedIn Page followers (daily)',
      'TikTok Studio overview (daily)',
      'X account overview (daily)',
    ]);
    // GA4's rows are one per channel, added up into May's total: the 3 channels count as
    // used, its Grand total row (skipped) does not.
    const ga4 = load.files.find((f) => f.format === 'Google Analytics 4 report')!;
    expect(ga4).toMatchObject({ rowsRead: 4, rowsAccepted: 3 });
    const report = buildClientReport(load.clients[0]!)!;
    const september = report.months.find((m) => m.month.id === '2025-09')!;
    // X, 4-6 September 2025: impressions 980 + 1,050 + 1,200 = 3,230;
    // net follows (5 - 0) + (4 - 6) + (9 - 3) = 9.
    expect(september.platforms['x']!['impressions']!.value).toBe(3230);
    expect(september.platforms['x']!['net_follows']!.value).toBe(9);
  });

  it('counts a post once when a newer export repeats it, taking the newer numbers', () => {
    const september = readFileSync(path.join(FIXTURES, 'account_analytics_content_2025-09-01_2025-09-30.csv'), 'utf8');
    // A month later the launch post has 7,100 impressions instead of 5,400; the other post is not in it.
    const october = september
      .split('\n')
      .filter((line, i) => i === 0 || line.startsWith('1964012345678901234'))
      .join('\n')
      .replace(',5400,', ',7100,');
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/account_analytics_content_2025-09-01_2025-09-30.csv': september,
      'acme/account_analytics_content_2025-09-01_2025-10-31.csv': october,
    });
    const load = loadDataDir(dir);
    expect(load.problems).toEqual([]);
    const month = buildClientReport(load.clients[0]!)!.months.find((m) => m.month.id === '2025-09')!;
    // 7,100 (the launch post, from the newer export) + 800 (the other post) = 7,900; 2 posts, not 3.
    expect(month.platforms['x']!['impressions']!.value).toBe(7900);
    expect(month.platforms['x']!['posts']!.value).toBe(2);
    const older = load.files.find((f) => f.file.endsWith('2025-09-30.csv'))!;
    expect(older.rowsAccepted).toBe(1);
    expect(older.notes).toContainEqual(
      expect.stringMatching(/^1 post replaced by the newer export .*2025-10-31\.csv$/),
    );
  });

  it('lets a files: path beat a bare name, and leaves the settings of a file it could not read alone', () => {
    const tiktok = readFileSync(path.join(FIXTURES, 'tiktok-overview-2026.csv'), 'utf8');
    const dir = makeDataDir({
      // The bare name comes after the path in the YAML: the path still wins for its file.
      'acme/client.yaml':
        'name: Acme\nfiles:\n  a/overview.csv:\n    year: 2024\n  overview.csv:\n    year: 2030\n  empty.csv:\n    year: 2025\n',
      'acme/a/overview.csv': tiktok,
      // A TikTok export with only its header: refused for that, not for its year setting.
      'acme/empty.csv': `${tiktok.split('\n')[0]}\n`,
    });
    const { problems, clients } = loadDataDir(dir);
    expect(problems.map((p) => [path.basename(p.file), p.line])).toEqual([['empty.csv', 2]]);
    expect(problems[0]!.message).toContain('found the header of a TikTok Studio overview (daily) but no data rows');
    const months = buildClientReport(clients[0]!)!.months.map((m) => m.month.id);
    // January 1 is in 2024, the year under a/overview.csv; December 30 and 31 in 2023.
    expect(months[0]).toBe('2023-12');
    expect(months.at(-1)).toBe('2024-01');
  });

  it('adds up posts of one day from two exports; a daily file for the day wins over both', () => {
    const [header, launch] = readFileSync(
      path.join(FIXTURES, 'account_analytics_content_2025-09-01_2025-09-30.csv'),
      'utf8',
    ).split('\n');
    // Export a holds the launch post (6 Sep) with 5,400 impressions; export b, a later one,
    // another post of 6 Sep with 700.
    const other = launch!.replaceAll('1964012345678901234', '1964099999999999999').replace(',5400,', ',700,');
    const files = {
      'acme/client.yaml': 'name: Acme\n',
      'acme/account_analytics_content_2025-09-01_2025-09-30.csv': `${header}\n${launch}\n`,
      'acme/account_analytics_content_2025-09-01_2025-10-31.csv': `${header}\n${other}\n`,
    };
    const impressions = (dir: string) => {
      const { problems, clients } = loadDataDir(dir, { today: '2026-11-30' });
      expect(problems).toEqual([]);
      return buildClientReport(clients[0]!)!.months.find((m) => m.month.id === '2025-09')!.platforms['x']![
        'impressions'
      ]!.value;
    };
    expect(impressions(makeDataDir(files))).toBe(5_400 + 700);
    // Recap's own file gives 6 September: it is the account's total for the day.
    expect(
      impressions(makeDataDir({ ...files, 'acme/recap.csv': 'date,platform,impressions\n2025-09-06,x,999\n' })),
    ).toBe(999);
  });

  it('refuses an unknown export, naming the nearest formats and what they lacked', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/x.csv':
        'Date,Impresions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows\n"Sat, Sep 6, 2025",1,2,3,4,5,6,7\n',
    });
    const { problems, files } = loadDataDir(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: 1 });
    expect(problems[0]!.message).toContain('X account overview (daily)');
    expect(problems[0]!.message).toContain('"impressions"');
    expect(files[0]).toMatchObject({ rowsRead: 0, rowsAccepted: 0 });
  });

  it("applies client.yaml's files: settings by path or bare name, and reports a setting no file needs", () => {
    const tiktok = readFileSync(path.join(FIXTURES, 'tiktok-overview-2026.csv'), 'utf8');
    const x = readFileSync(path.join(FIXTURES, 'x-account-overview.csv'), 'utf8');
    const yaml = [
      'name: Acme',
      'files:',
      '  tiktok/overview.csv:', // line 3: a path in the client folder
      '    year: 2025',
      '  x-account-overview.csv:', // line 5: a bare name, in a subfolder
      '    platform: instagram', // line 6: an X export names its platform itself
      '  recap.csv:',
      '    year: 2025', // line 8: Recap's own dates carry their year
      '  youtube/Totals.csv:', // line 9: no such file (the key is pointed at)
      '    platform: youtube',
      '',
    ].join('\n');
    const dir = makeDataDir({
      'acme/client.yaml': yaml,
      'acme/tiktok/overview.csv': tiktok,
      'acme/x/x-account-overview.csv': x,
      'acme/recap.csv': 'date,platform,impressions\n2025-09-01,web,10\n',
    });
    const { problems, clients } = loadDataDir(dir);
    expect(problems.map((p) => [path.basename(p.file), p.line])).toEqual([
      ['client.yaml', 6],
      ['client.yaml', 8],
      ['client.yaml', 9],
    ]);
    expect(problems[0]!.message).toBe(
      'files: "x-account-overview.csv": found platform "instagram", expected no platform for this file: it names its platform itself, so the setting would change nothing',
    );
    expect(problems[1]!.message).toContain(
      'found year "2025", expected no year for this file: it is Recap\'s own file, whose rows name their platform and whose dates carry their year',
    );
    expect(problems[2]!.message).toContain(
      'found "youtube/Totals.csv", expected the name of a file in this client\'s folder',
    );
    // The year reached the TikTok file in its subfolder: its newest day, January 1, is in
    // 2025, so its December days are in 2024 (1,441 + 980 video views).
    const months = buildClientReport(clients[0]!)!.months;
    expect(months.find((m) => m.month.id === '2024-12')?.platforms['tiktok']?.['video_views']?.value).toBe(2421);
    expect(months.find((m) => m.month.id === '2025-01')?.platforms['tiktok']?.['video_views']?.value).toBe(2100);
  });

  it("reads a Meta post export's times in the zone files: gives, and reports a timezone a file does not need", () => {
    const yaml = [
      'name: Acme',
      'timezone: Asia/Tehran',
      'files:',
      '  meta-posts.csv:',
      '    timezone: Europe/Berlin', // Meta writes the downloader's clock and names no zone
      '  recap-posts.csv:',
      '    timezone: Europe/Berlin', // line 7: its times state their offset
      '',
    ].join('\n');
    const dir = makeDataDir({
      'acme/client.yaml': yaml,
      'acme/meta-posts.csv':
        'Post ID,Page ID,Page name,Title,Description,Publish time,Permalink,Post type,Date,Views,Reach\n' +
        '1,9,Acme,,Late post,06/30/2026 23:10,,Photo,Lifetime,100,80\n',
      'acme/recap-posts.csv': 'post_id,platform,published,impressions\np1,x,2026-06-30T23:10:00+02:00,50\n',
    });
    const { problems, clients } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems.map((p) => [path.basename(p.file), p.line, p.message])).toEqual([
      [
        'client.yaml',
        7,
        'files: "recap-posts.csv": found timezone "Europe/Berlin", expected no timezone for this file: its publish times state their time zone, or it gives no times of day, so the setting would change nothing',
      ],
    ]);
    // 23:10 in Berlin (UTC+2 in summer) is 21:10 UTC, 00:40 on 1 July in Tehran (UTC+3:30): July's post.
    const posts = clients[0]!.posts.map((post) => [post.id, post.published, post.publishedMinute]);
    const july = parseIsoDate('2026-07-01')!;
    expect(posts).toEqual([
      ['1', july, 40],
      ['p1', july, 40],
    ]);
  });

  it('reads dates of numbers alone as files: date_format says, and reports a date_format a file does not need', () => {
    const yaml = [
      'name: Acme',
      'files:',
      '  Totals.csv:',
      '    date_format: month-first', // 05-06-2025 and 12-07-2025: nothing in the file says
      '  settled/Totals.csv:',
      '    date_format: day-first', // line 6: 13-06-2025 settles it alone
      '',
    ].join('\n');
    const dir = makeDataDir({
      'acme/client.yaml': yaml,
      'acme/Totals.csv': 'Date,Views\n05-06-2025,10\n12-07-2025,4\n',
      'acme/settled/Totals.csv': 'Date,Views\n13-06-2025,7\n',
    });
    const { problems, clients } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems.map((p) => [path.basename(p.file), p.line, p.message])).toEqual([
      [
        'client.yaml',
        6,
        'files: "settled/Totals.csv": found date_format "day-first", expected no date_format for this file: its dates settle which comes first (a number over 12, or days in a row), or are written out, so the setting would change nothing',
      ],
    ]);
    // Month first: 6 May (10 views) and 7 December (4); 13 June from the other file (7).
    const months = buildClientReport(clients[0]!)!.months;
    const views = (id: string) => months.find((m) => m.month.id === id)?.platforms['youtube']?.['video_views']?.value;
    expect([views('2025-05'), views('2025-06'), views('2025-12')]).toEqual([10, 7, 4]);
  });

  it("takes a post export beside Recap's own daily file as post detail, not a second count", () => {
    const posts = readFileSync(path.join(FIXTURES, 'instagram-posts-Sep-01-2025_Sep-30-2025.csv'), 'utf8');
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      // Recap's own daily file gives 2 and 3 September; the posts were published on those days.
      'acme/instagram.csv':
        'date,platform,impressions,likes\n2025-09-02,instagram,20000,700\n2025-09-03,instagram,40000,2000\n',
      'acme/instagram-posts-Sep-01-2025_Sep-30-2025.csv': posts,
    });
    const { problems, clients, files } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems).toEqual([]);
    const months = buildClientReport(clients[0]!)!.months;
    const september = months.find((m) => m.month.id === '2025-09')!.platforms['instagram']!;
    // The daily file's 20,000 + 40,000 impressions, not the posts' 15,000 + 32,500 on top.
    expect(september['impressions']?.value).toBe(60_000);
    expect(files.find((f) => f.file.endsWith('.csv') && f.file.includes('posts'))!.notes).toContainEqual(
      expect.stringMatching(
        /^impressions and likes of 2 posts left out: the account's own file instagram\.csv gives them/,
      ),
    );
    // The posts keep all their numbers, for the top posts.
    expect(clients[0]!.posts.map((p) => [p.id, p.metrics['impressions'], p.type])).toEqual([
      ['17900000000000001', 15_000, 'image'],
      ['17900000000000002', 32_500, 'reel'],
    ]);
  });

  it("takes a post export beside a month's total as post detail: the month is not counted twice", () => {
    const [header, launch] = readFileSync(
      path.join(FIXTURES, 'account_analytics_content_2025-09-01_2025-09-30.csv'),
      'utf8',
    ).split('\n');
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      // September's impressions as one monthly row; the launch post (6 September) has 5,400.
      'acme/monthly.csv': 'date,platform,impressions\n2025-09,x,20000\n',
      'acme/account_analytics_content_2025-09-01_2025-09-30.csv': `${header}\n${launch}\n`,
    });
    const { problems, clients, files } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems).toEqual([]);
    const september = buildClientReport(clients[0]!)!.months.find((m) => m.month.id === '2025-09')!;
    expect(september.platforms['x']!['impressions']!.value).toBe(20_000);
    // Likes only the post gives still count on its day.
    expect(september.platforms['x']!['likes']!.value).toBe(120);
    expect(files.find((f) => f.file.includes('account_analytics'))!.notes).toContainEqual(
      expect.stringMatching(/^impressions of 1 post left out: the account's own file monthly\.csv gives impressions/),
    );
  });

  it("reads Recap's own post file: each platform's posts, their links and types, for the top posts", () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/posts.csv':
        'post_id,platform,published,url,type,caption,impressions,engagements,likes,comments\n' +
        'p-101,instagram,2026-05-04 18:30,https://www.instagram.com/p/abc/,reel,Spring menu is here,12400,610,540,38\n' +
        'p-102,x,2026-05-05,https://x.com/acme/status/1,text,Two lines of news,3100,95,60,9\n' +
        'p-103,instagram,2026-05-20,,IG carousel,,800,,30,4\n',
    });
    const { problems, clients, files } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems).toEqual([]);
    expect(files[0]).toMatchObject({ format: 'Recap post file (per post)', rowsRead: 3, rowsAccepted: 3 });
    const client = clients[0]!;
    expect(client.posts.map((p) => [p.platform, p.id, p.type, p.link])).toEqual([
      ['instagram', 'p-101', 'reel', 'https://www.instagram.com/p/abc/'],
      ['x', 'p-102', 'text', 'https://x.com/acme/status/1'],
      ['instagram', 'p-103', 'carousel', null],
    ]);
    // May: 12,400 + 800 Instagram impressions from the posts, on their days; p-103's 30 + 4 engagements.
    const report = buildClientReport(client)!;
    expect(report.months.find((m) => m.month.id === '2026-05')!.platforms['instagram']!['impressions']!.value).toBe(
      13_200,
    );
    const top = clientModel(report).period('2026-05').topPosts().all.best;
    expect(top.map((entry) => [entry.post.id, entry.engagements])).toEqual([
      ['p-101', 610],
      ['p-102', 95],
      ['p-103', 34],
    ]);
  });

  it('reports a post file row whose platform is not a platform name, at its cell', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/posts.csv': 'post_id,platform,published,impressions\np-1,Instagram!,2026-05-04,10\n',
    });
    const { problems } = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems.map((p) => [path.basename(p.file), p.line, p.column, p.message])).toEqual([
      [
        'posts.csv',
        2,
        5,
        'found "Instagram!" in column "platform", expected a platform name in lower case, such as instagram',
      ],
    ]);
  });
});

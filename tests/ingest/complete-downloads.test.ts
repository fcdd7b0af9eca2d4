/**
 * A whole download folder of each platform, every file it gives, shaped after the real
 * ones (tests/fixtures/downloads/<platform>), dropped into a client folder as it is:
 * validate finds no problem, only notes, and the totals are the platform's. Each
 * expected number is worked out by hand from the files, as its comment says.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { day, findSeries } from './helpers.ts';

const DOWNLOADS = path.resolve(import.meta.dirname, '..', 'fixtures', 'downloads');
const dataDir = mkdtempSync(path.join(tmpdir(), 'recap-complete-downloads-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function client(platform: string, settings = '') {
  cpSync(path.join(DOWNLOADS, platform), path.join(dataDir, platform), { recursive: true });
  writeFileSync(path.join(dataDir, platform, 'client.yaml'), `name: ${platform}\ncurrency: USD\n${settings}`);
  const { clients, problems, files } = loadDataDir(dataDir, { today: '2026-11-30', clients: [platform] });
  const notes = (name: string) => files.find((file) => path.basename(file.file) === name)?.notes ?? [];
  const used = (name: string) => files.find((file) => path.basename(file.file) === name)?.rowsAccepted;
  const series = clients[0]!.series;
  const sum = (on: string, metric: string, from: string, to = from) =>
    findSeries(series, on, metric).sumDays(day(from), day(to)).sum;
  const month = (on: string, metric: string, id: string) => findSeries(series, on, metric).monthTotals.get(id)?.value;
  return { problems, files, notes, used, sum, month };
}

describe('a complete download folder validates with notes only', () => {
  it('X: the account overview and the post export', () => {
    const x = client('x');
    expect(x.problems).toEqual([]);
    // Overview, 5 to 7 September: impressions 1,050 + 1,200 + 900; the post of the 6th is left out for it.
    expect(x.sum('x', 'impressions', '2025-09-05', '2025-09-07')).toBe(3_150);
    // 2 September is in the post export only: its post's 400 impressions count.
    expect(x.sum('x', 'impressions', '2025-09-02')).toBe(400);
    expect(x.notes('account_analytics_content_2025-09-01_2025-09-30.csv')).toContainEqual(
      expect.stringMatching(
        /^impressions, .*engagements.* of 1 post left out: the account's own file account_overview_analytics\.csv/,
      ),
    );
  });

  it('Meta Business Suite: stacked, tab-separated UTF-16 and untitled daily files, the audience, and both post exports', () => {
    const meta = client('meta');
    expect(meta.problems).toEqual([]);
    // Reach.csv: Facebook 100 + 120, Instagram 300 + 280.
    expect(meta.sum('facebook', 'reach', '2025-09-01', '2025-09-02')).toBe(220);
    expect(meta.sum('instagram', 'reach', '2025-09-01', '2025-09-02')).toBe(580);
    // Follows.csv (sep=\t, UTF-16): "Follows" above Instagram's section is Facebook's, 3 + 1; Instagram 7 + 5.
    expect(meta.sum('facebook', 'net_follows', '2025-09-01', '2025-09-02')).toBe(4);
    expect(meta.sum('instagram', 'net_follows', '2025-09-01', '2025-09-02')).toBe(12);
    // "IG VIEWS.csv", titled only "Views": Instagram's impressions, 900 + 950.
    expect(meta.sum('instagram', 'impressions', '2025-09-01', '2025-09-02')).toBe(1_850);
    expect(meta.notes('IG VIEWS.csv').join(' ')).toContain('instagram');
    // The reel of 13 September is on no daily file's day: its 21,000 reach counts.
    expect(meta.sum('instagram', 'reach', '2025-09-13')).toBe(21_000);
    expect(meta.notes('Audience.csv')).toEqual([expect.stringContaining('skipped')]);
    expect(meta.notes('Sep-01-2025_Sep-30-2025_1122334455667788.csv')).toContainEqual(
      expect.stringMatching(/^1 row of Meta's own errors left out/),
    );
  });

  it('YouTube Studio: Table data, Chart data and Totals', () => {
    const youtube = client('youtube');
    expect(youtube.problems).toEqual([]);
    // Totals.csv gives 1 and 2 September (880, 750); Chart data, listing two videos, fills
    // 3 September with 400 + 40. Chart data's own sums for the 1st and 2nd are left out.
    expect(youtube.sum('youtube', 'video_views', '2025-09-01', '2025-09-03')).toBe(880 + 750 + 440);
    expect(youtube.notes('Chart data.csv')).toContainEqual(
      expect.stringMatching(/^video_views of 2 days left out: the account's own file Totals\.csv gives/),
    );
    // Table data: the Second video (20 August) is on no daily day: 560 views, 10.7 watch hours.
    expect(youtube.sum('youtube', 'video_views', '2025-08-20')).toBe(560);
    expect(youtube.sum('youtube', 'watch_hours', '2025-08-20')).toBe(10.7);
  });

  it('TikTok Studio: overview, followers, content, and the audience files skipped', () => {
    const tiktok = client(
      'tiktok',
      'files:\n  Overview.csv:\n    year: 2026\n  FollowerHistory.csv:\n    year: 2026\n  Content.csv:\n    year: 2026\n',
    );
    expect(tiktok.problems).toEqual([]);
    // Overview, 16 to 18 January: views 1,200 + 1,500 + 900; comments -1 + 6 + 2, TikTok's correction kept.
    expect(tiktok.sum('tiktok', 'video_views', '2026-01-16', '2026-01-18')).toBe(3_600);
    expect(tiktok.sum('tiktok', 'comments', '2026-01-16', '2026-01-18')).toBe(7);
    // Followers at 18 January: 2,022; net follows 10 + 15 - 3.
    expect(tiktok.sum('tiktok', 'net_follows', '2026-01-16', '2026-01-18')).toBe(22);
    // A fall in followers is no correction of TikTok's: only the overview's -1 comments is.
    expect(tiktok.notes('FollowerHistory.csv')).toEqual([]);
    expect(tiktok.notes('Overview.csv')).toEqual([expect.stringMatching(/^1 day has a negative count/)]);
    // Content.csv: the video of 17 January is the overview's day and is left out of views;
    // the one of 28 December (2025: after the 18 January it was taken) counts, 9,800 views.
    expect(tiktok.sum('tiktok', 'video_views', '2025-12-28')).toBe(9_800);
    expect(tiktok.sum('tiktok', 'posts', '2025-12-01', '2026-01-31')).toBe(2);
    for (const skipped of ['Viewers.csv', 'FollowerActivity.csv', 'FollowerGender.csv', 'FollowerTopTerritories.csv']) {
      expect(tiktok.notes(skipped), skipped).toEqual([expect.stringContaining('skipped')]);
    }
  });

  it('Google Analytics 4: traffic and user acquisition, events, pages and screens of one month', () => {
    const ga4 = client('ga4');
    expect(ga4.problems).toEqual([]);
    // Traffic acquisition: 1,200 + 650 + 300 sessions. User acquisition: 900 + 500 + 210 users,
    // 850 + 480 + 200 new users. Every report gives 8,240 events, 45 key events and 570.75
    // revenue: counted once, with a note on the later files.
    expect(ga4.month('web', 'sessions', '2026-05')).toBe(2_150);
    expect(ga4.month('web', 'users', '2026-05')).toBe(1_610);
    expect(ga4.month('web', 'new_users', '2026-05')).toBe(1_530);
    expect(ga4.month('web', 'events', '2026-05')).toBe(8_240);
    expect(ga4.month('web', 'conversions', '2026-05')).toBe(45);
    expect(ga4.month('web', 'revenue', '2026-05')).toBe(570.75);
    const pages = ga4.notes('Pages_and_screens_Page_path_and_screen_class.csv').join(' ');
    expect(pages).toContain(
      'not read: "Active users", because a person is in more than one "Page path and screen class" row',
    );
    expect(pages).toMatch(/values also in .*, the same there: counted once/);
  });

  it('LinkedIn: followers, content and visitors', () => {
    const linkedin = client('linkedin');
    expect(linkedin.problems).toEqual([]);
    // Content, 1 September: 1,000 impressions (total); visitors: 23 page views (total).
    expect(linkedin.sum('linkedin', 'impressions', '2025-09-01')).toBe(1_000);
    expect(linkedin.sum('linkedin', 'profile_visits', '2025-09-01')).toBe(23);
  });

  it('GA4: a report over part of a month is one located message, whatever columns it has', () => {
    const report = readFileSync(
      path.join(DOWNLOADS, 'ga4', 'User_acquisition_First_user_primary_channel_group.csv'),
      'utf8',
    );
    const folder = path.join(dataDir, 'ga4-part');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'client.yaml'), 'name: Part\ncurrency: USD\n');
    writeFileSync(path.join(folder, 'users.csv'), report.replace('# Start date: 20260501', '# Start date: 20260503'));
    const { problems } = loadDataDir(dataDir, { today: '2026-11-30', clients: ['ga4-part'] });
    // Five metrics on the first channel's row, one message: at the row's first value.
    expect(problems.map((p) => [path.basename(p.file), p.line])).toEqual([['users.csv', 11]]);
    expect(problems[0]!.message).toContain(
      'found numbers for 2026-05-03 to 2026-05-31 in one row, expected a row per day or a whole month',
    );
  });
});

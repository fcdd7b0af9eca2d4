/**
 * The client against its competitors: share of voice and the per-account figures,
 * hand-checked. Share of voice is the client's part of the posts (or engagements) of
 * every account that gives them; an account without the number is left out, never
 * counted as zero.
 */
import { describe, expect, it } from 'vitest';
import {
  competitorReport,
  postsPerWeek,
  shareOfTotal,
  topPostOf,
  type Account,
} from '../../src/aggregate/competitors.ts';
import type { Post } from '../../src/model/post.ts';
import { GregorianCalendar, monthSpan, type DaySpan } from '../../src/model/calendar.ts';
import { testPost } from './post-fixture.ts';

const calendar = new GregorianCalendar();
const october = calendar.parseMonth('2026-10')!;
const september = calendar.parseMonth('2026-09')!;

/** An account whose numbers are given per month id and metric (instagram only). */
function account(
  id: string | null,
  months: Record<string, Record<string, number>>,
  handles: Record<string, string> = { instagram: `@${id}` },
): Account {
  return {
    id,
    name: id ?? 'Client',
    handles: id === null ? {} : handles,
    posts: [],
    measure: (platform, metric, span: DaySpan) => {
      if (platform !== 'instagram') return null;
      const month = calendar.monthOf(span.to).id;
      return months[month]?.[metric] ?? null;
    },
  };
}

describe('competitors', () => {
  it('works out a share of the accounts that give a number, in percent', () => {
    // 30 of 30 + 50 + 20 = 30%.
    expect(shareOfTotal(30, [50, 20])).toBe(30);
    // A competitor without the number is left out: 30 of 30 + 50 = 37.5%.
    expect(shareOfTotal(30, [50, null])).toBe(37.5);
    // Without a competitor's number there is nothing to share: n/a, not 100%.
    expect(shareOfTotal(30, [null])).toBeNull();
    expect(shareOfTotal(null, [50])).toBeNull();
    expect(shareOfTotal(0, [0])).toBeNull();
    // 12 posts in 30 days: 2.8 a week.
    expect(postsPerWeek(12, monthSpan(calendar, calendar.parseMonth('2026-09')!))).toBeCloseTo(2.8, 10);
  });

  it('compares the client with each competitor and gives its share of voice with the change', () => {
    const client = account(null, {
      '2026-09': { posts: 10, engagements: 1000, followers: 5000 },
      '2026-10': { posts: 12, engagements: 1500, impressions: 50000, followers: 5200 },
    });
    const summit = account('summit', {
      '2026-09': { posts: 20, engagements: 3000, followers: 9000 },
      '2026-10': { posts: 18, engagements: 2000, impressions: 40000, followers: 9000 },
    });
    const peak = account('peak', {
      '2026-09': { posts: 10, engagements: 1000 },
      '2026-10': { posts: 10, engagements: 500 },
    });
    const report = competitorReport(
      calendar,
      october,
      {
        current: monthSpan(calendar, october),
        previous: monthSpan(calendar, september),
        previousWhole: monthSpan(calendar, september),
      },
      client,
      [summit, peak],
    );
    expect(report.platforms.map((p) => p.platform)).toEqual(['instagram']);
    const [instagram] = report.platforms;
    // October posts: 12 of 12 + 18 + 10 = 30%; September: 10 of 10 + 20 + 10 = 25%: +5 points.
    expect(instagram!.shareOfVoice.posts).toEqual({ value: 30, previous: 25, change: 5 });
    // Engagements: 1,500 of 4,000 = 37.5% in October; 1,000 of 5,000 = 20% in September: +17.5 points.
    expect(instagram!.shareOfVoice.engagements).toEqual({ value: 37.5, previous: 20, change: 17.5 });
    // Ranked by engagements: Summit 2,000, the client 1,500, Peak 500.
    expect(instagram!.accounts.map((a) => [a.id, a.rank, a.shareOfEngagements])).toEqual([
      ['summit', 1, 50],
      [null, 2, 37.5],
      ['peak', 3, 12.5],
    ]);
    const own = instagram!.accounts.find((a) => a.id === null)!;
    // Followers 5,000 -> 5,200: +4%; 1,500 engagements on 50,000 impressions: 3%;
    // 12 posts in 31 days: 12 / 31 x 7 a week; 1,500 / 12 = 125 per post.
    expect([own.followerGrowth, own.engagementRate, own.engagementsPerPost]).toEqual([4, 3, 125]);
    expect(own.postsPerWeek).toBeCloseTo((12 / 31) * 7, 10);
    const peakFigures = instagram!.accounts.find((a) => a.id === 'peak')!;
    // Peak gives no followers or impressions: n/a, not 0.
    expect([peakFigures.followers, peakFigures.followerGrowth, peakFigures.engagementRate]).toEqual([null, null, null]);
    expect(peakFigures.handle).toBe('@peak');
    // Thirteen months of share of voice, October last; months without numbers are n/a.
    expect(instagram!.history).toHaveLength(13);
    expect(instagram!.history.at(-1)).toMatchObject({ posts: 30, engagements: 37.5 });
    expect(instagram!.history.at(-2)).toMatchObject({ posts: 25, engagements: 20 });
    expect(instagram!.history[0]).toMatchObject({ posts: null, engagements: null });
    expect(instagram!.history[0]!.month.id).toBe('2025-10');
  });

  it('compares each platform only with the competitors that have a handle there', () => {
    const client = account(null, { '2026-10': { posts: 10 } });
    const onlyTiktok = account('tok', { '2026-10': { posts: 99 } }, { tiktok: '@tok' });
    const report = competitorReport(
      calendar,
      october,
      { current: monthSpan(calendar, october), previous: null, previousWhole: monthSpan(calendar, september) },
      client,
      [onlyTiktok],
    );
    // The one platform with a handle is TikTok, where neither account gives numbers here.
    expect(report.platforms.map((p) => [p.platform, p.accounts.length, p.shareOfVoice.posts])).toEqual([
      ['tiktok', 2, { value: null, previous: null, change: null }],
    ]);
  });

  it("finds an account's post of the month with the most engagements on the platform", () => {
    const post = (id: string, platform: string, day: string, metrics: Record<string, number>): Post =>
      testPost(id, day, { platform, metrics, caption: id });
    const posts = [
      // 40 + 5 + 5 = 50 engagements from its parts; 60 of its own; a bigger one in September and on X.
      post('parts', 'instagram', '2026-10-03', { likes: 40, comments: 5, shares: 5 }),
      post('own', 'instagram', '2026-10-20', { engagements: 60 }),
      post('september', 'instagram', '2026-09-30', { engagements: 900 }),
      post('on-x', 'x', '2026-10-05', { engagements: 900 }),
    ];
    expect(topPostOf(posts, 'instagram', monthSpan(calendar, october))?.id).toBe('own');
    expect(topPostOf(posts, 'tiktok', monthSpan(calendar, october))).toBeNull();
  });
});

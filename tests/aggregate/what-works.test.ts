/**
 * What works: posts grouped by type and weekday, each group's rate from its sums,
 * hand-checked; a group of too few posts is shown, never ranked.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekday, postGroup, whatWorks } from '../../src/aggregate/what-works.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import type { Post } from '../../src/model/post.ts';
import { testPost } from './post-fixture.ts';

function post(
  id: string,
  published: string,
  type: string | null,
  metrics: Record<string, number>,
  extra: Partial<Post> = {},
): Post {
  return testPost(id, published, { type, metrics, ...extra });
}

describe('what works', () => {
  it('numbers weekdays from Monday: 1 January 1970 was a Thursday, 4 May 2026 a Monday', () => {
    expect(isoWeekday(0)).toBe(3);
    expect(isoWeekday(parseIsoDate('2026-05-04')!)).toBe(0);
    expect(isoWeekday(parseIsoDate('2026-05-10')!)).toBe(6);
  });

  it("takes a group's engagement rate from its sums, not the mean of its posts' rates", () => {
    // 10 of 100 (10%) and 10 of 900 (1.1%): the mean of rates is 5.6%, the rate of the sums 20 of 1,000 = 2%.
    const group = postGroup(
      'reel',
      [
        post('a', '2026-05-04', 'reel', { engagements: 10, impressions: 100, reach: 80 }),
        post('b', '2026-05-05', 'reel', { engagements: 10, impressions: 900, reach: 500 }),
      ],
      2,
    );
    expect(group).toEqual({
      key: 'reel',
      posts: 2,
      engagementRate: 2,
      engagementsPerPost: 10,
      reachPerPost: 290,
      tooFew: false,
    });
  });

  it('leaves a post without impressions out of the rate, not out of the engagements per post', () => {
    const group = postGroup(
      'video',
      [
        post('a', '2026-05-04', 'video', { engagements: 30, impressions: 1000 }),
        post('b', '2026-05-04', 'video', { likes: 50 }),
      ],
      1,
    );
    // Rate 30 / 1,000 = 3%; engagements per post (30 + 50) / 2 = 40; no reach given: null.
    expect([group.engagementRate, group.engagementsPerPost, group.reachPerPost]).toEqual([3, 40, null]);
  });

  it('ranks the groups with enough posts by engagement rate and shows the others unranked', () => {
    const span = { from: parseIsoDate('2026-03-01')!, to: parseIsoDate('2026-05-31')! };
    const posts = [
      // Three reels, 4% (120 of 3,000); three images, 2% (60 of 3,000); one carousel at 50%, alone.
      ...['2026-05-04', '2026-05-11', '2026-05-18'].map((d, i) =>
        post(`r${i}`, d, 'reel', { engagements: 40, impressions: 1000 }),
      ),
      ...['2026-05-05', '2026-05-12', '2026-05-19'].map((d, i) =>
        post(`i${i}`, d, 'image', { engagements: 20, impressions: 1000 }),
      ),
      post('c', '2026-05-06', 'carousel', { engagements: 50, impressions: 100 }),
      post('old', '2026-02-28', 'reel', { engagements: 999, impressions: 1000 }),
    ];
    const works = whatWorks(posts, span, 3, 'UTC');
    expect(works.posts).toBe(7);
    expect(works.byType.map((g) => [g.key, g.posts, g.engagementRate, g.tooFew, g.rank])).toEqual([
      ['image', 3, 2, false, 2],
      ['reel', 3, 4, false, 1],
      ['carousel', 1, 50, true, null],
    ]);
    // Mondays: the three reels; Tuesdays: the three images; Wednesday: the carousel, too few.
    expect(works.byWeekday.map((g) => [g.key, g.posts, g.rank])).toEqual([
      ['0', 3, 1],
      ['1', 3, 2],
      ['2', 1, null],
    ]);
  });

  it("groups by hour on the client's clock and leaves posts without a time out of the hours", () => {
    const span = { from: parseIsoDate('2026-05-01')!, to: parseIsoDate('2026-05-31')! };
    const at = (id: string, minute: number | null, engagements: number) =>
      post(id, '2026-05-04', 'reel', { engagements, impressions: 1000 }, { publishedMinute: minute });
    const posts = [
      // 09:00, 09:30 and 09:59 are all the 9 o'clock hour: 30 + 60 + 90 of 3,000 = 6%.
      at('a', 9 * 60, 30),
      at('b', 9 * 60 + 30, 60),
      at('c', 9 * 60 + 59, 90),
      // 18:00 three times: 10 + 20 + 30 of 3,000 = 2%.
      at('d', 18 * 60, 10),
      at('e', 18 * 60, 20),
      at('f', 18 * 60, 30),
      // 23:59 once: its hour is shown with one post, not ranked.
      at('g', 23 * 60 + 59, 500),
      at('h', null, 999),
    ];
    const works = whatWorks(posts, span, 3, 'Asia/Tehran');
    expect(works.timeZone).toBe('Asia/Tehran');
    expect(works.withoutTime).toBe(1);
    expect(works.byHour.map((g) => [g.key, g.posts, g.engagementRate, g.rank])).toEqual([
      ['9', 3, 6, 1],
      ['18', 3, 2, 2],
      ['23', 1, 50, null],
    ]);
  });
});

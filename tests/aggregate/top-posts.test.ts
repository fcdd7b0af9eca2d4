/**
 * The month's top and weakest posts, ranked by hand-checked engagements and rates.
 */
import { describe, expect, it } from 'vitest';
import { monthTopPosts, postEngagements, rankPosts, rankedPost } from '../../src/aggregate/top-posts.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import type { Post } from '../../src/model/post.ts';
import { testPost } from './post-fixture.ts';

function post(id: string, published: string, metrics: Record<string, number>, platform = 'x'): Post {
  return testPost(id, published, { platform, metrics, link: `https://example.com/${id}`, caption: id });
}

const settings = { count: 2, minImpressions: 500 };

describe('a post’s engagements', () => {
  it('are the platform’s own, or else its likes, comments, shares and saves added up', () => {
    expect(postEngagements(post('a', '2026-05-01', { engagements: 40, likes: 30 }))).toBe(40);
    // Instagram gives no engagements: 30 likes + 4 comments + 2 shares + 5 saves = 41.
    expect(postEngagements(post('b', '2026-05-01', { likes: 30, comments: 4, shares: 2, saves: 5, reach: 900 }))).toBe(
      41,
    );
    expect(postEngagements(post('c', '2026-05-01', { impressions: 900 }))).toBeNull();
  });

  it('give a rate only over enough impressions: 30 of 600 is 5%, 30 of 400 is n/a below 500', () => {
    expect(rankedPost(post('a', '2026-05-01', { engagements: 30, impressions: 600 }), 500).engagementRate).toBe(5);
    expect(rankedPost(post('b', '2026-05-01', { engagements: 30, impressions: 400 }), 500).engagementRate).toBeNull();
    expect(rankedPost(post('c', '2026-05-01', { engagements: 30, impressions: 0 }), 0).engagementRate).toBeNull();
  });
});

describe('ranking posts', () => {
  const posts = [
    post('quiet', '2026-05-02', { engagements: 5, impressions: 1_000 }), // 0.5%
    post('viral', '2026-05-03', { engagements: 300, impressions: 20_000 }), // 1.5%
    post('niche', '2026-05-04', { engagements: 60, impressions: 800 }), // 7.5%
    post('new', '2026-05-30', { engagements: 12, impressions: 100 }), // too few impressions for a rate
    post('silent', '2026-05-05', { impressions: 700 }), // nothing to rank by
  ];

  it('by engagements: best first, weakest first, never the same post on both lists', () => {
    const list = rankPosts(posts, 'engagements', settings);
    expect(list.best.map((entry) => entry.post.id)).toEqual(['viral', 'niche']);
    expect(list.weakest.map((entry) => entry.post.id)).toEqual(['quiet', 'new']);
    expect([list.ranked, list.unranked]).toEqual([4, 1]);
  });

  it('by engagement rate: only posts with enough impressions', () => {
    const list = rankPosts(posts, 'engagement_rate', settings);
    expect(list.best.map((entry) => [entry.post.id, entry.engagementRate])).toEqual([
      ['niche', 7.5],
      ['viral', 1.5],
    ]);
    expect(list.weakest.map((entry) => entry.post.id)).toEqual(['quiet']);
    expect([list.ranked, list.unranked]).toEqual([3, 2]);
  });

  it('breaks a tie by impressions, then by the earlier post, then by id', () => {
    const tied = [
      post('b', '2026-05-02', { engagements: 10, impressions: 100 }),
      post('a', '2026-05-02', { engagements: 10, impressions: 100 }),
      post('c', '2026-05-01', { engagements: 10, impressions: 100 }),
      post('d', '2026-05-03', { engagements: 10, impressions: 900 }),
    ];
    expect(rankPosts(tied, 'engagements', { count: 4, minImpressions: 0 }).best.map((e) => e.post.id)).toEqual([
      'd',
      'c',
      'a',
      'b',
    ]);
  });
});

describe('a month’s top posts', () => {
  it('takes the posts published in the month, across platforms and per platform', () => {
    const posts = [
      post('april', '2026-04-30', { engagements: 999 }),
      post('x1', '2026-05-01', { engagements: 20 }),
      post('ig1', '2026-05-31', { likes: 50, comments: 5 }, 'instagram'),
      post('june', '2026-06-01', { engagements: 999 }),
    ];
    const top = monthTopPosts(
      posts,
      { from: parseIsoDate('2026-05-01')!, to: parseIsoDate('2026-05-31')! },
      'engagements',
      settings,
    );
    expect(top.all.best.map((entry) => [entry.post.id, entry.engagements])).toEqual([
      ['ig1', 55],
      ['x1', 20],
    ]);
    expect([...top.platforms.keys()]).toEqual(['x', 'instagram']);
    expect(top.platforms.get('x')!.best.map((entry) => entry.post.id)).toEqual(['x1']);
    // Oldest first, each with its place across platforms.
    expect(top.posts.map((entry) => [entry.post.id, entry.rank])).toEqual([
      ['x1', 2],
      ['ig1', 1],
    ]);
  });
});

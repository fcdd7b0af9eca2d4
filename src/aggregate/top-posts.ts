/**
 * The month's top posts, and its weakest: the posts published in the month, ranked by
 * the engagements they drew, or by engagement rate when a template asks for it. A rate
 * is ranked only for posts with enough impressions to mean something (client.yaml
 * top_posts.min_impressions): 3 engagements on 10 impressions is 30% and tells nothing.
 */
import type { DaySpan } from '../model/calendar.ts';
import type { Post } from '../model/post.ts';
import { engagementRate, type Amount } from './formulas.ts';

export type PostRanking = 'engagements' | 'engagement_rate';

export interface RankedPost {
  readonly post: Post;
  /** The platform's own engagements where the export gives them; else its likes, comments, shares and saves added up. */
  readonly engagements: Amount;
  readonly impressions: Amount;
  /** Null ("n/a") without impressions, and below the threshold, where a rate would mean nothing. */
  readonly engagementRate: Amount;
}

export interface PostList {
  readonly by: PostRanking;
  /** Every post with a number to rank by, best first: `best` is its start. */
  readonly order: readonly RankedPost[];
  /** Best first. */
  readonly best: readonly RankedPost[];
  /** Weakest first; never a post that is also among the best. */
  readonly weakest: readonly RankedPost[];
  /** The posts the lists were ranked from: those with a number to rank by. */
  readonly ranked: number;
  /** Posts published in the month with nothing to rank them by (no engagements, or too few impressions for a rate). */
  readonly unranked: number;
}

export interface TopPostSettings {
  readonly count: number;
  readonly minImpressions: number;
}

/** The parts that add up to engagements when a platform's export has no engagements of its own (Instagram's). */
const ENGAGEMENT_PARTS = ['likes', 'comments', 'shares', 'saves'] as const;

export function postEngagements(post: Post): Amount {
  const own = post.metrics['engagements'];
  if (own !== undefined) return own;
  const parts = ENGAGEMENT_PARTS.map((metric) => post.metrics[metric]).filter((value) => value !== undefined);
  return parts.length === 0 ? null : parts.reduce((sum, value) => sum + value, 0);
}

export function rankedPost(post: Post, minImpressions: number): RankedPost {
  const engagements = postEngagements(post);
  const impressions = post.metrics['impressions'] ?? null;
  const rate = impressions !== null && impressions >= minImpressions ? engagementRate(engagements, impressions) : null;
  return { post, engagements, impressions, engagementRate: rate };
}

export function postsPublishedIn(posts: readonly Post[], span: DaySpan): Post[] {
  return posts.filter((post) => post.published >= span.from && post.published <= span.to);
}

/**
 * The best and weakest of `posts` by `by`. Ties go to more impressions, then to the
 * earlier post, then by id, so that a list never changes between builds.
 */
export function rankPosts(posts: readonly Post[], by: PostRanking, settings: TopPostSettings): PostList {
  const all = posts.map((post) => rankedPost(post, settings.minImpressions));
  const score = (entry: RankedPost) => (by === 'engagements' ? entry.engagements : entry.engagementRate);
  const scored = all.filter((entry) => score(entry) !== null);
  scored.sort(
    (a, b) =>
      score(b)! - score(a)! ||
      (b.impressions ?? 0) - (a.impressions ?? 0) ||
      a.post.published - b.post.published ||
      a.post.id.localeCompare(b.post.id),
  );
  const best = scored.slice(0, settings.count);
  const weakest = scored.slice(best.length).reverse().slice(0, settings.count);
  return { by, order: scored, best, weakest, ranked: scored.length, unranked: all.length - scored.length };
}

export interface MonthTopPosts {
  /** All platforms together. */
  readonly all: PostList;
  /** By platform, in the order of their first post in the month. */
  readonly platforms: ReadonlyMap<string, PostList>;
  /** Every post published in the month, oldest first, with its place across platforms (null: nothing to rank it by). */
  readonly posts: ReadonlyArray<RankedPost & { readonly rank: number | null }>;
}

export function monthTopPosts(
  posts: readonly Post[],
  span: DaySpan,
  by: PostRanking,
  settings: TopPostSettings,
): MonthTopPosts {
  const inMonth = postsPublishedIn(posts, span);
  const platforms = new Map<string, PostList>();
  for (const platform of new Set(inMonth.map((post) => post.platform))) {
    platforms.set(
      platform,
      rankPosts(
        inMonth.filter((post) => post.platform === platform),
        by,
        settings,
      ),
    );
  }
  const all = rankPosts(inMonth, by, settings);
  const rankOf = new Map(all.order.map((entry, index) => [entry.post, index + 1]));
  return {
    all,
    platforms,
    posts: inMonth.map((post) => ({ ...rankedPost(post, settings.minImpressions), rank: rankOf.get(post) ?? null })),
  };
}

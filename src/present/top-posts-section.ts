/**
 * The month's top posts as the report shows them: cards across platforms, then each
 * platform's own, and the weakest posts; each card with the post's link, the start of
 * its caption, its type and publish day, and the numbers that ranked it.
 */
import type { PostList, PostRanking, RankedPost } from '../aggregate/top-posts.ts';
import { formatDay, formatMetric, formatWhole } from './format.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** How many posts each platform's own list, and the list of the weakest, show. */
export const PER_PLATFORM_COUNT = 3;

export interface PostCard {
  readonly rank: string;
  readonly platform: string;
  readonly link: string | null;
  readonly caption: string;
  /** "Reel · published 3 May 2026" */
  readonly meta: string;
  readonly numbers: ReadonlyArray<{ readonly metric: string; readonly label: string; readonly value: string }>;
  readonly postId: string;
}

export interface TopPostsSection {
  readonly title: string;
  readonly by: PostRanking;
  readonly rankedBy: string;
  readonly best: readonly PostCard[];
  readonly platforms: ReadonlyArray<{
    readonly platform: string;
    readonly title: string;
    readonly cards: readonly PostCard[];
  }>;
  readonly weakestTitle: string;
  readonly weakest: readonly PostCard[];
  /** Below the lists: the rate threshold, and how many posts had nothing to rank them by. */
  readonly notes: readonly string[];
  /** Shown instead of lists when no post was published in the month. */
  readonly none: string | null;
}

/** The numbers on every card, the ranking metric first. */
const CARD_METRICS = ['engagements', 'impressions', 'engagement_rate'] as const;

export function topPostsSection(
  view: ReportView,
  options: { by?: PostRanking | undefined; title?: string | undefined } = {},
): TopPostsSection | null {
  const { t, style } = view;
  // A client without post-level exports has no posts to show in any month: no section at all.
  if (view.report.client.posts.length === 0) return null;
  const by = options.by ?? 'engagements';
  const top = view.model.topPosts(by);
  const tp = t.topPosts;
  const metrics = [by, ...CARD_METRICS.filter((metric) => metric !== by)];
  const card = (entry: RankedPost, index: number): PostCard => {
    const { post } = entry;
    const type = post.type === null ? null : (tp.types[post.type] ?? post.type);
    const values: Record<string, number | null> = {
      engagements: entry.engagements,
      impressions: entry.impressions,
      engagement_rate: entry.engagementRate,
    };
    return {
      rank: formatWhole(index + 1, style),
      platform: platformLabel(t, post.platform),
      link: post.link,
      caption: post.caption ?? tp.untitled,
      meta: [type, tp.published(formatDay(post.published, style.locale))].filter(Boolean).join(' · '),
      numbers: metrics.map((metric) => ({
        metric,
        label: metricLabel(t, metric),
        value: formatMetric(metric, values[metric] ?? null, style),
      })),
      postId: post.id,
    };
  };
  const list = (posts: PostList, count?: number) => posts.best.slice(0, count).map(card);
  const notes = [
    ...(by === 'engagement_rate' || top.posts.some((entry) => entry.impressions !== null)
      ? [tp.rateThreshold(formatWhole(view.config.top_posts.min_impressions, style))]
      : []),
    ...(top.all.unranked > 0 ? [tp.unranked(formatWhole(top.all.unranked, style), t.periods.theOne[view.kind])] : []),
  ];
  return {
    title: options.title ?? tp.heading,
    by,
    rankedBy: tp.rankedBy(metricLabel(t, by), t.periods.theOne[view.kind]),
    best: list(top.all),
    // One platform's list would repeat the list across platforms.
    platforms:
      top.platforms.size < 2
        ? []
        : [...top.platforms].map(([platform, posts]) => ({
            platform,
            title: tp.onPlatform(platformLabel(t, platform)),
            cards: list(posts, PER_PLATFORM_COUNT),
          })),
    weakestTitle: tp.weakest,
    weakest: top.all.weakest.slice(0, PER_PLATFORM_COUNT).map(card),
    notes,
    none: top.posts.length === 0 ? tp.none(t.periods.thisOne[view.kind]) : null,
  };
}

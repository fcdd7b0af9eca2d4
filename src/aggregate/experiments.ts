/**
 * Content tests with a real verdict. Each test in client.yaml names its variants (by
 * post type, a word or hashtag in the caption, a campaign, hours of the day, or a list
 * of posts), one metric decided before the results, and its dates. Rates (engagement rate, CTR) are compared with a
 * two-proportion z-test on the variants' summed impressions; per-post numbers with
 * Welch's t-test. Every variant after the first is compared with the first, at 95%
 * confidence divided among the comparisons (Bonferroni), so that more variants do not
 * mean more lucky "winners".
 */
import { hourRange, type ExperimentConfig, type VariantConfig } from '../ingest/client-config-schema.ts';
import { parseIsoDate, type Day } from '../model/calendar.ts';
import type { Post } from '../model/post.ts';
import { postEngagements } from './top-posts.ts';
import { SIGNIFICANCE_LEVEL, sampleOf, twoProportionZTest, welchTTest, type Comparison } from './significance.ts';
import { isoWeekday, publishHour } from './what-works.ts';

export type Verdict = 'winner' | 'no_clear_difference' | 'too_little_data';

/** A rate needs this many successes and failures in each variant for the z-test's normal approximation. */
export const MIN_SUCCESSES = 5;

export interface VariantResult {
  readonly name: string;
  readonly posts: number;
  readonly impressions: number;
  /** The metric: a rate in percent, or a mean per post; null without the numbers for it. */
  readonly value: number | null;
  /** The first and last publish day of its posts. */
  readonly firstDay: Day | null;
  readonly lastDay: Day | null;
}

export interface VariantComparison {
  /** The variant compared with the first. */
  readonly name: string;
  readonly comparison: Comparison | null;
  /** Beyond the corrected confidence: the difference would rarely appear by chance. */
  readonly clear: boolean;
}

export interface ExperimentResult {
  readonly id: string;
  readonly question: string;
  readonly metric: string;
  readonly test: 'z' | 'welch';
  readonly from: Day;
  readonly to: Day;
  readonly variants: readonly VariantResult[];
  readonly comparisons: readonly VariantComparison[];
  readonly verdict: Verdict;
  /** The winner's name, when there is one. */
  readonly winner: string | null;
  /** The variants' posts fall in different weeks: a season or a news event may explain the difference. */
  readonly differentWeeks: boolean;
  /** The p-value a comparison must be under: 5% divided among the comparisons. */
  readonly threshold: number;
}

const RATE_PARTS: Readonly<Record<string, readonly [string, string]>> = {
  engagement_rate: ['engagements', 'impressions'],
  ctr: ['clicks', 'impressions'],
};

function postValue(post: Post, metric: string): number | null {
  if (metric === 'engagements') return postEngagements(post);
  return post.metrics[metric] ?? null;
}

export function selects(variant: VariantConfig, post: Post): boolean {
  if (variant.platform !== undefined && post.platform !== variant.platform) return false;
  if (variant.posts !== undefined && !variant.posts.includes(post.id)) return false;
  if (variant.type !== undefined && post.type !== variant.type.toLowerCase()) return false;
  if (variant.caption !== undefined && !(post.caption ?? '').toLowerCase().includes(variant.caption.toLowerCase()))
    return false;
  if (variant.campaign !== undefined && !post.campaigns.some((name) => sameName(name, variant.campaign!))) return false;
  if (variant.hours !== undefined && !inHours(publishHour(post), hourRange(variant.hours)!)) return false;
  return true;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** 6-11 takes 06:00 to 11:59; 22-2 runs across midnight, 22:00 to 02:59. A post without a time is in no hours. */
export function inHours(hour: number | null, [first, last]: readonly [number, number]): boolean {
  if (hour === null) return false;
  return first <= last ? hour >= first && hour <= last : hour >= first || hour <= last;
}

/** Monday of a day's ISO week, to tell whether two variants ran in the same weeks. */
const weekOf = (day: Day) => day - isoWeekday(day);

/**
 * A test's result from its posts published by `until` (the report month's last day):
 * a month's report never shows a later month's posts, even of a test still running.
 */
export function evaluateExperiment(
  test: ExperimentConfig,
  posts: readonly Post[],
  minPosts: number,
  until: Day = Number.POSITIVE_INFINITY,
): ExperimentResult {
  const from = parseIsoDate(test.from)!;
  const to = parseIsoDate(test.to)!;
  const last = Math.min(to, until);
  const inRange = posts.filter((post) => post.published >= from && post.published <= last);
  const rate = RATE_PARTS[test.metric];
  // A rate's parts are summed over the posts that give both: engagements without
  // impressions would otherwise raise the rate and the test's successes.
  const sums = (chosen: readonly Post[], metric: string) =>
    chosen
      .filter((post) => !rate || (postValue(post, rate[0]) !== null && postValue(post, rate[1]) !== null))
      .reduce((sum, post) => sum + (postValue(post, metric) ?? 0), 0);
  const groups = test.variants.map((variant) => inRange.filter((post) => selects(variant, post)));
  const variants = test.variants.map((variant, i): VariantResult => {
    const chosen = groups[i]!;
    const days = chosen.map((post) => post.published);
    const impressions = chosen.reduce((sum, post) => sum + (post.metrics['impressions'] ?? 0), 0);
    let value: number | null;
    if (rate) {
      const denominator = sums(chosen, rate[1]);
      value = denominator > 0 ? (sums(chosen, rate[0]) / denominator) * 100 : null;
    } else {
      const values = chosen.map((post) => postValue(post, test.metric)).filter((v): v is number => v !== null);
      value = values.length > 0 ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
    }
    return {
      name: variant.name,
      posts: chosen.length,
      impressions,
      value,
      firstDay: days.length > 0 ? Math.min(...days) : null,
      lastDay: days.length > 0 ? Math.max(...days) : null,
    };
  });
  const threshold = SIGNIFICANCE_LEVEL / (test.variants.length - 1);
  const enough = groups.every((chosen) => {
    if (chosen.length < minPosts) return false;
    if (!rate) return true;
    const successes = sums(chosen, rate[0]);
    const trials = sums(chosen, rate[1]);
    return successes >= MIN_SUCCESSES && trials - successes >= MIN_SUCCESSES;
  });
  const comparisons = groups.slice(1).map((chosen, i): VariantComparison => {
    const first = groups[0]!;
    let comparison: Comparison | null;
    if (rate) {
      comparison = twoProportionZTest(
        sums(first, rate[0]),
        sums(first, rate[1]),
        sums(chosen, rate[0]),
        sums(chosen, rate[1]),
      );
    } else {
      const values = (list: readonly Post[]) =>
        list.map((post) => postValue(post, test.metric)).filter((v): v is number => v !== null);
      const a = sampleOf(values(first));
      const b = sampleOf(values(chosen));
      comparison = a && b ? welchTTest(a, b) : null;
    }
    return { name: test.variants[i + 1]!.name, comparison, clear: comparison !== null && comparison.p < threshold };
  });
  let verdict: Verdict = 'no_clear_difference';
  let winner: string | null = null;
  if (!enough || comparisons.every((c) => c.comparison === null)) verdict = 'too_little_data';
  else {
    // The winner is the best variant, if it is clearly ahead of the first (or is the first, clearly ahead of all).
    const clearBetter = comparisons.filter((c) => c.clear && c.comparison!.difference > 0);
    const clearWorse = comparisons.filter((c) => c.clear && c.comparison!.difference < 0);
    // Two variants clearly ahead of the first were not compared with each other: no single winner.
    if (clearBetter.length === 1) {
      verdict = 'winner';
      winner = clearBetter[0]!.name;
    } else if (clearWorse.length === comparisons.length) {
      verdict = 'winner';
      winner = test.variants[0]!.name;
    }
  }
  const weeks = variants.map((v) => (v.firstDay === null ? null : ([weekOf(v.firstDay), weekOf(v.lastDay!)] as const)));
  const differentWeeks = weeks.some((a, i) =>
    weeks.some((b, j) => j > i && a !== null && b !== null && (a[1] < b[0] || b[1] < a[0])),
  );
  return {
    id: test.id,
    question: test.question,
    metric: test.metric,
    test: rate ? 'z' : 'welch',
    from,
    to,
    variants,
    comparisons,
    verdict,
    winner,
    differentWeeks,
    threshold,
  };
}

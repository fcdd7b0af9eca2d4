/**
 * The settings of client.yaml for the report's sections beyond the numbers: top posts
 * and what works, content tests, competitors and benchmarks. client-config-schema.ts
 * puts them in the whole file's schema.
 */
import { z } from 'zod';
import { inRange, isoDay, PLATFORM_SLUG } from './schema-parts.ts';

/** How many posts each top-posts list shows, and how many impressions a post needs before its rate is ranked. */
const TOP_POSTS_DEFAULTS = { count: 5, min_impressions: 500, min_posts: 3 } as const;

export const topPostsSettings = z
  .strictObject(
    {
      count: z
        .number({ error: 'expected how many posts each list shows, such as 5' })
        .int({ error: 'expected a whole number of posts, such as 5' })
        .min(1, { error: 'expected at least 1 post' })
        .max(20, { error: 'expected at most 20 posts' })
        .default(TOP_POSTS_DEFAULTS.count),
      min_impressions: z
        .number({ error: 'expected the impressions a post needs before its engagement rate is ranked, such as 500' })
        .int({ error: 'expected a whole number of impressions, such as 500' })
        .min(0, { error: 'expected 0 or more impressions' })
        .default(TOP_POSTS_DEFAULTS.min_impressions),
      min_posts: z
        .number({ error: 'expected the posts a group needs before "what works" ranks it, such as 3' })
        .int({ error: 'expected a whole number of posts, such as 3' })
        .min(1, { error: 'expected at least 1 post' })
        .default(TOP_POSTS_DEFAULTS.min_posts),
    },
    { error: 'expected count:, min_impressions: and/or min_posts:' },
  )
  .default(TOP_POSTS_DEFAULTS);

export type TopPostsSettings = z.infer<typeof topPostsSettings>;

/** What a content test compares: a rate of the posts' sums, or a mean per post. */
export const EXPERIMENT_RATES = ['engagement_rate', 'ctr'] as const;
export const EXPERIMENT_MEANS = [
  'engagements',
  'impressions',
  'reach',
  'video_views',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
] as const;

const HOUR_RANGE = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/;

/** "6-11" as [6, 11]: the hours a variant's posts were published in, both included; null past 23. */
export function hourRange(text: string): readonly [number, number] | null {
  const match = HOUR_RANGE.exec(text);
  if (!match) return null;
  const [first, last] = [Number(match[1]), Number(match[2])];
  return first > 23 || last > 23 ? null : [first, last];
}

const variantSchema = z.strictObject({
  name: z.string({ error: 'expected the variant\'s name as text, such as "Reels"' }).trim().min(1),
  type: z.string({ error: 'expected a post type such as reel, carousel or image' }).optional(),
  caption: z
    .string({ error: 'expected a word or hashtag the captions of this variant contain, such as #behindthescenes' })
    .trim()
    .min(1)
    .optional(),
  posts: z.array(z.coerce.string(), { error: 'expected a list of post ids' }).min(1).optional(),
  campaign: z
    .string({ error: 'expected the campaign (or Meta custom label) its posts are tagged with, as text' })
    .trim()
    .min(1)
    .optional(),
  hours: z
    .string({ error: 'expected the hours of publication as a range such as 6-11 (06:00 to 11:59)' })
    .regex(HOUR_RANGE, { error: 'expected the hours of publication as a range such as 6-11 (06:00 to 11:59)' })
    // A range of numbers past 23 only: text that is no range at all has its message above.
    .refine((text) => !HOUR_RANGE.test(text) || hourRange(text) !== null, {
      error: 'expected hours from 0 to 23, such as 6-11 (06:00 to 11:59) or 22-2 (across midnight)',
    })
    .optional(),
  platform: z.string({ error: 'expected a platform name in lower case such as instagram' }).optional(),
});

const experimentSchema = z
  .strictObject({
    id: z.string({ error: 'expected a test id such as reels-vs-carousels' }).regex(/^[a-z0-9][a-z0-9_-]*$/, {
      error: 'expected a test id of lower-case letters, digits, - and _ (reels-vs-carousels)',
    }),
    question: z.string({ error: 'expected the question the test answers, as text' }).trim().min(1),
    metric: z.enum([...EXPERIMENT_RATES, ...EXPERIMENT_MEANS], {
      error: `expected a rate (${EXPERIMENT_RATES.join(', ')}) or a metric compared per post (${EXPERIMENT_MEANS.join(', ')})`,
    }),
    from: isoDay('first day of the test'),
    to: isoDay('last day of the test'),
    variants: z
      .array(variantSchema, {
        error: 'expected a list of two or more variants, each with a name and what selects its posts',
      })
      .min(2, { error: 'expected two or more variants to compare' }),
  })
  .refine((test) => test.to >= test.from, { error: 'expected the last day of the test on or after its first' })
  .refine((test) => test.variants.every((v) => v.type ?? v.caption ?? v.posts ?? v.campaign ?? v.hours), {
    error: 'expected each variant to select its posts by type, caption, campaign, hours or posts',
  });

export type ExperimentConfig = z.infer<typeof experimentSchema>;
export type VariantConfig = z.infer<typeof variantSchema>;

/** How many competitors a report follows per platform, as the tools the seeds cite do. */
export const MAX_COMPETITORS_PER_PLATFORM = 20;

const competitorSchema = z.strictObject({
  id: z
    .string({ error: "expected the competitor's folder name under competitors/, such as summit-gear" })
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error:
        'expected a competitor id of lower-case letters, digits and - (summit-gear): its folder under competitors/',
    }),
  name: z.string({ error: 'expected the competitor\'s name as text, such as "Summit Gear"' }).trim().min(1),
  handles: z
    .record(
      z
        .string()
        .regex(PLATFORM_SLUG, { error: 'expected a platform name in lower case, such as instagram' })
        .refine((slug) => slug !== 'all', { error: 'expected a single platform: all is reserved for the total' }),
      z.string({ error: 'expected the handle on this platform as text, such as "@summitgear"' }).trim().min(1),
      { error: 'expected a handle per platform, such as instagram: "@summitgear"' },
    )
    .refine((handles) => Object.keys(handles).length > 0, {
      error: 'expected a handle on at least one platform, such as instagram: "@summitgear"',
    }),
});

export type CompetitorConfig = z.infer<typeof competitorSchema>;

export const competitorsSchema = z
  .array(competitorSchema, { error: 'expected a list of competitors, each with id, name and handles' })
  .superRefine((competitors, ctx) => {
    const seen = new Set<string>();
    const perPlatform = new Map<string, number>();
    competitors.forEach((competitor, index) => {
      if (seen.has(competitor.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: 'expected each competitor once',
          input: competitor.id,
        });
      }
      seen.add(competitor.id);
      for (const [platform, handle] of Object.entries(competitor.handles)) {
        const count = (perPlatform.get(platform) ?? 0) + 1;
        perPlatform.set(platform, count);
        if (count === MAX_COMPETITORS_PER_PLATFORM + 1) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'handles', platform],
            message: `expected at most ${MAX_COMPETITORS_PER_PLATFORM} competitors on ${platform}: this is competitor ${count} there`,
            input: handle,
          });
        }
      }
    });
  })
  .default([]);

/**
 * A number to compare the client's with: an industry's median (and top quartile), or a
 * single value, always with where it comes from. Recap ships none of its own.
 */
const benchmarkSchema = z
  .strictObject({
    metric: z.string({ error: 'expected a metric id such as engagement_rate' }),
    platform: z
      .string({ error: 'expected a platform name in lower case such as instagram, or all' })
      .regex(PLATFORM_SLUG, { error: 'expected a platform name in lower case such as instagram, or all' })
      .default('all'),
    industry: z
      .string({ error: 'expected the industry the benchmark is for, as text, such as retail' })
      .trim()
      .min(1)
      .optional(),
    value: inRange(z.number({ error: 'expected the benchmark as a plain number, such as 2.1 for 2.1%' })).optional(),
    median: inRange(
      z.number({ error: "expected the industry's median as a plain number, such as 2.1 for 2.1%" }),
    ).optional(),
    top_quartile: inRange(
      z.number({ error: 'expected the value the top quarter reaches, as a plain number, such as 3.5 for 3.5%' }),
    ).optional(),
    source: z.string({ error: 'expected where the number comes from, as text (a report, a study)' }).trim().min(1),
    year: z
      .number({ error: 'expected the year the number is from, such as 2025' })
      .int({ error: 'expected a whole year, such as 2025' })
      .min(1990, { error: 'expected a year from 1990 on' })
      .max(2100, { error: 'expected a year up to 2100' }),
    url: z
      .url({ protocol: /^https?$/, error: 'expected the address of the source, such as https://example.com/report' })
      .optional(),
    /** Numbers for showing how the report looks, from no real source: the report says so. */
    illustrative: z.boolean({ error: 'expected true (made-up numbers, shown as such) or false' }).default(false),
  })
  .refine((b) => (b.value === undefined) !== (b.median === undefined), {
    error: 'expected either value: (one number) or median: (with top_quartile: if the source gives it)',
    path: ['value'],
  })
  .refine((b) => b.top_quartile === undefined || (b.median !== undefined && b.top_quartile >= b.median), {
    error: 'expected top_quartile: with a median:, and not below it',
    path: ['top_quartile'],
  });

export type BenchmarkConfig = z.infer<typeof benchmarkSchema>;

export const experimentsSchema = z.array(experimentSchema, { error: 'expected a list of content tests' }).default([]);

export const benchmarksSchema = z
  .array(benchmarkSchema, {
    error: 'expected a list of benchmarks, each with metric, platform, median or value, source and year',
  })
  .default([]);

/**
 * What client.yaml may hold: every setting, its type and what it defaults to, as a zod
 * schema whose messages say what was expected. The checks that need more than one value
 * at a time (a goal's deadline after its start) are in client-config.ts.
 */
import { z } from 'zod';
import { parseIsoDate } from '../model/calendar.ts';
import { isBuiltInMetric, isDerivedMetric } from '../model/metrics.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../model/time-zone.ts';
import { isBlank } from './characters.ts';
import { OUTERMOST_EARLIEST, OUTERMOST_LATEST } from './date-window.ts';
import { inNumberRange, RANGE_EXPECTATION } from './numbers.ts';
import { didYouMean } from './suggest.ts';

const METRIC_ID = /^[a-z][a-z0-9_]*$/;
const PLATFORM_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

function isCurrencyCode(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const TIME_ZONE_EXPECTED = 'expected an IANA time zone name such as Asia/Tehran, Europe/Berlin or UTC';

/** A time zone by its IANA name, with the nearest known name for a misspelt one. */
const timeZone = z.string({ error: TIME_ZONE_EXPECTED }).refine(isTimeZone, {
  error: (issue) => `${TIME_ZONE_EXPECTED}${didYouMean(String(issue.input), Intl.supportedValuesOf('timeZone'))}`,
});

/** Numbers in client.yaml: YAML reads 1e400 and .inf as Infinity, and past 2^53 whole numbers are not exact. */
const inRange = <T extends z.ZodNumber>(schema: T) =>
  schema.refine(inNumberRange, { error: `expected ${RANGE_EXPECTATION}` });

const money = inRange(
  z
    .number({ error: 'expected an amount of money per item, such as 25 or 12.5' })
    .nonnegative({ error: 'expected zero or a positive amount' }),
);

const customMetric = z.strictObject({
  id: z
    .string({ error: 'expected a metric id such as newsletter_signups' })
    .regex(METRIC_ID, {
      error: 'expected lower-case letters, digits and _, starting with a letter (newsletter_signups)',
    })
    .refine((id) => !isBuiltInMetric(id) && !isDerivedMetric(id), {
      error: 'expected an id that is not already a built-in metric',
    }),
  kind: z.enum(['flow', 'stock'], {
    error: 'expected flow (summed over a month, like clicks) or stock (a level at a moment, like followers)',
  }),
  label: z.string().optional(),
});

/** A day as YYYY-MM-DD that exists in the calendar (2026-02-29 does not). */
const isoDay = (what: string) =>
  z
    .string({ error: `expected the ${what} as a date YYYY-MM-DD, such as 2026-12-31` })
    .refine((text) => parseIsoDate(text) !== null, {
      error: `expected the ${what} as a date YYYY-MM-DD that exists, such as 2026-12-31`,
    });

const goalNumber = (what: string) =>
  inRange(
    z.number({
      error: `expected the ${what} as a plain number such as 150000 or 2.5 (no units, % sign or thousands separators)`,
    }),
  );

export const GOAL_KINDS = ['level', 'total', 'at_least', 'at_most'] as const;

/**
 * A goal: a metric, a target and a timeline. The cross-checks that need more than one
 * field (a known metric, a deadline after the start, no `total` of a stock or a rate,
 * ids used once) are in `checkGoals`, so that each is reported at its own line.
 */
const goalSchema = z.strictObject({
  id: z.string({ error: 'expected a goal id such as followers-150k' }).regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: 'expected a goal id of lower-case letters, digits, - and _ (followers-150k)',
  }),
  label: z
    .string({ error: 'expected a short description as text, such as "150,000 followers by the end of 2026"' })
    .trim()
    .min(1, {
      error: 'expected a short description as text, such as "150,000 followers by the end of 2026"',
      abort: true,
    })
    .refine((label) => !isBlank(label), { error: 'expected a short description as text that shows' })
    .optional(),
  metric: z.string({ error: 'expected a metric id such as followers, revenue or engagement_rate' }),
  platform: z
    .string({ error: 'expected a platform name such as instagram, or all for every platform together' })
    .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
      error: 'expected a platform name in lower case such as instagram, or all for every platform together',
    })
    .default('all'),
  kind: z.enum(GOAL_KINDS, {
    error:
      'expected level (reach a value by the deadline), total (add up a flow from start to deadline), at_least or at_most (keep the value on that side of the target every month)',
  }),
  target: goalNumber('target'),
  baseline: goalNumber('baseline').optional(),
  start: isoDay('start'),
  deadline: isoDay('deadline'),
});

/**
 * What a platform export does not say about itself, per file name: which platform
 * an Ads Manager export's campaigns ran on, which year a TikTok export's dates are in.
 */
const exportFileSettings = z.strictObject({
  platform: z
    .string({ error: 'expected a platform name in lower case, such as facebook or instagram' })
    .regex(PLATFORM_SLUG, {
      error: 'expected a platform name in lower case, such as facebook or instagram',
    })
    .refine((slug) => slug !== 'all', { error: 'expected a single platform: all is reserved for the total' })
    .optional(),
  year: z
    .number({ error: 'expected the year the dates in the file belong to, such as 2025' })
    .int({ error: 'expected a whole year, such as 2025' })
    .min(2000, { error: 'expected a year from 2000 on' })
    .max(2100, { error: 'expected a year up to 2100' })
    .optional(),
  date_format: z
    .enum(['day-first', 'month-first'], {
      error: 'expected day-first (05-06-2025 is 5 June) or month-first (05-06-2025 is 6 May)',
    })
    .optional(),
  /** The zone of publish times that do not state one, when it is not the client's. */
  timezone: timeZone.optional(),
});

export type ExportFileSettings = z.infer<typeof exportFileSettings>;

/** How many posts each top-posts list shows, and how many impressions a post needs before its rate is ranked. */
const TOP_POSTS_DEFAULTS = { count: 5, min_impressions: 500, min_posts: 3 } as const;

const topPostsSettings = z
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

const competitorsSchema = z
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

/** One end of the span of dates the client's data may carry (see date-window.ts). */
const windowEnd = (what: string) =>
  isoDay(what).refine((text) => text >= OUTERMOST_EARLIEST && text <= OUTERMOST_LATEST, {
    error: `expected the ${what} from ${OUTERMOST_EARLIEST} to ${OUTERMOST_LATEST}`,
  });

const dateSettings = z.strictObject(
  {
    earliest: windowEnd('earliest date').optional(),
    latest: windowEnd('latest date').optional(),
  },
  { error: 'expected earliest: and/or latest:, each a date YYYY-MM-DD' },
);

export type GoalConfig = z.infer<typeof goalSchema>;
export type GoalKind = GoalConfig['kind'];
export const GOAL_KEYS = Object.keys(goalSchema.shape);

export const clientConfigSchema = z.strictObject({
  name: z
    .string({ error: 'expected the client name as text, such as "Northwind Outfitters"' })
    .trim()
    .min(1, { error: 'expected the client name as text, such as "Northwind Outfitters"', abort: true })
    // A name of zero-width spaces passes for text yet shows nothing on the reports.
    .refine((name) => !isBlank(name), {
      error:
        'expected the client name as text that shows, such as "Northwind Outfitters": it is only invisible characters',
    }),
  currency: z
    .string({ error: 'expected an ISO 4217 currency code such as USD, EUR or IRR' })
    .refine(isCurrencyCode, { error: 'expected an ISO 4217 currency code such as USD, EUR or IRR' })
    .default('USD'),
  locale: z
    .string({ error: 'expected a BCP 47 language tag such as en-US, de-DE or fa-IR' })
    .refine(isLocale, { error: 'expected a BCP 47 language tag such as en-US, de-DE or fa-IR' })
    .default('en-US'),
  lead_value: money.default(0),
  conversion_value: money.default(0),
  metrics: z
    .array(customMetric, { error: 'expected a list of custom metrics, each with an id and a kind' })
    .default([]),
  money_unit: z
    .enum(['rial', 'toman'], { error: 'expected rial or toman (1 toman = 10 rials; for currency IRR)' })
    .optional(),
  calendar: z
    .enum(['gregorian', 'persian'], {
      error: 'expected gregorian (January to December) or persian (the Solar Hijri year, from Nowruz)',
    })
    .default('gregorian'),
  template: z
    .string({ error: 'expected the name of a template in templates/, such as default' })
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'expected the name of a template in templates/, such as default' })
    .default('default'),
  brand: z
    .strictObject({
      color: z
        .string({ error: 'expected a colour as #rrggbb, such as "#0b6e4f"' })
        .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as #rrggbb, such as "#0b6e4f" (in quotes)' })
        .optional(),
      logo: z.string({ error: 'expected the path of an image file, such as logo.svg' }).min(1).optional(),
    })
    .default({}),
  access: z
    .enum(['public', 'password'], {
      error:
        'expected public (anyone with the link) or password (pages published encrypted; the password comes from the environment)',
    })
    .default('public'),
  indexable: z
    .boolean({ error: 'expected true (search engines may list the reports) or false (the default: they may not)' })
    .default(false),
  base_path: z
    .string({ error: "expected the path the client's own site is served under, such as / or /reports/" })
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, {
      error: 'expected a path that starts and ends with /, such as / or /reports/ (letters, digits, . _ ~ -)',
    })
    .default('/'),
  site_url: z
    .url({
      protocol: /^https?$/,
      error: "expected the address the client's own site is published at, such as https://reports.example.com",
    })
    .optional(),
  goals: z
    .array(goalSchema, {
      error: 'expected a list of goals, each with id, metric, kind, target, start and deadline',
    })
    .optional(),
  dates: dateSettings.optional(),
  timezone: timeZone.default(DEFAULT_TIME_ZONE),
  top_posts: topPostsSettings,
  experiments: z.array(experimentSchema, { error: 'expected a list of content tests' }).default([]),
  competitors: competitorsSchema,
  value_source: z
    .enum(['platforms', 'ga4'], {
      error:
        "expected platforms (the revenue the platforms report) or ga4 (Google Analytics' revenue from social sources)",
    })
    .default('platforms'),
  traffic_sources: z
    .record(
      z
        .string()
        .regex(/^[^\s/]+$/, { error: 'expected a traffic source as GA4 writes it, such as pin.it or newsletter' }),
      z
        .string({ error: 'expected the platform the source is, in lower case, such as pinterest' })
        .regex(PLATFORM_SLUG, { error: 'expected the platform the source is, in lower case, such as pinterest' }),
      { error: 'expected traffic sources, each with the platform it is, such as pin.it: pinterest' },
    )
    .default({}),
  benchmarks: z
    .array(benchmarkSchema, {
      error: 'expected a list of benchmarks, each with metric, platform, median or value, source and year',
    })
    .default([]),
  files: z
    .record(z.string(), exportFileSettings, {
      error: 'expected file names in the client folder, each with platform:, year:, date_format: and/or timezone:',
    })
    .default({}),
});

export type ClientConfig = z.infer<typeof clientConfigSchema>;

export const CLIENT_CONFIG_KEYS = Object.keys(clientConfigSchema.shape);

/**
 * The settings allowed at a place in client.yaml (`[]`, `['brand']`, `['goals', 0]`,
 * `['files', 'a.csv']`), read from the schema itself, for "expected one of ..." messages.
 */
export function settingKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = clientConfigSchema;
  let rest = [...path];
  for (;;) {
    if (schema === undefined) return [];
    const def = schema._zod.def as z.core.$ZodTypeDef & {
      innerType?: z.core.$ZodType;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
      shape?: Record<string, z.core.$ZodType>;
    };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') schema = def.innerType;
    else if (def.type === 'array') {
      schema = def.element;
      if (typeof rest[0] === 'number') rest = rest.slice(1);
    } else if (def.type === 'record') {
      schema = def.valueType;
      rest = rest.slice(1);
    } else if (def.type === 'object' && def.shape) {
      if (rest.length === 0) return Object.keys(def.shape);
      schema = def.shape[String(rest[0])];
      rest = rest.slice(1);
    } else return [];
  }
}

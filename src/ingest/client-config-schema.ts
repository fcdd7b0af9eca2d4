/**
 * What client.yaml may hold: every setting, its type and what it defaults to, as a zod
 * schema whose messages say what was expected. The checks that need more than one value
 * at a time (a goal's deadline after its start) are in client-config.ts.
 */
import { z } from 'zod';
import { isBuiltInMetric, isDerivedMetric } from '../model/metrics.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../model/time-zone.ts';
import { isBlank } from './characters.ts';
import { OUTERMOST_EARLIEST, OUTERMOST_LATEST } from './date-window.ts';
import { didYouMean } from './suggest.ts';
import { inRange, isoDay, PLATFORM_SLUG } from './schema-parts.ts';
import { CADENCES } from '../model/periods.ts';
import { benchmarksSchema, competitorsSchema, experimentsSchema, topPostsSettings } from './report-sections-schema.ts';

export {
  EXPERIMENT_MEANS,
  EXPERIMENT_RATES,
  hourRange,
  MAX_COMPETITORS_PER_PLATFORM,
  type BenchmarkConfig,
  type CompetitorConfig,
  type ExperimentConfig,
  type TopPostsSettings,
  type VariantConfig,
} from './report-sections-schema.ts';

const METRIC_ID = /^[a-z][a-z0-9_]*$/;

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

const ATTENTION_EXPECTED = 'expected a change in percent with its sign, such as -15% (a fall) or +20% (a rise), or off';

const TIME_ZONE_EXPECTED = 'expected an IANA time zone name such as Asia/Tehran, Europe/Berlin or UTC';

/** A time zone by its IANA name, with the nearest known name for a misspelt one. */
const timeZone = z.string({ error: TIME_ZONE_EXPECTED }).refine(isTimeZone, {
  error: (issue) => `${TIME_ZONE_EXPECTED}${didYouMean(String(issue.input), Intl.supportedValuesOf('timeZone'))}`,
});

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
  cadence: z
    .enum(CADENCES, {
      error:
        'expected weekly, monthly or bimonthly: how often the regular report comes (quarterly and yearly reviews come anyway)',
    })
    .default('monthly'),
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
  experiments: experimentsSchema,
  competitors: competitorsSchema,
  attention: z
    .record(
      z.string(),
      z
        .string({ error: ATTENTION_EXPECTED })
        .regex(/^(?:[+-]\d+(?:\.\d+)?%|off)$/, { error: ATTENTION_EXPECTED })
        .transform((text) => (text === 'off' ? null : Number(text.slice(0, -1)))),
      { error: 'expected KPIs, each with the change that needs attention, such as engagement_rate: -15%' },
    )
    .default({}),
  kpi_review: z
    .array(isoDay('KPI review'), {
      error: 'expected a list of the days the KPIs were or will be reviewed, each YYYY-MM-DD, such as 2026-06-30',
    })
    .default([]),
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
  benchmarks: benchmarksSchema,
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

/**
 * The contract of `data.json` as a zod schema, and its JSON Schema (draft 2020-12), which
 * every site publishes as `data.schema.json` for the people and tools that read the
 * reports' numbers. The schema mirrors the types in data-json.ts: the checks at the end
 * of this file stop the type check when one changes without the other.
 */
import { PERIOD_KINDS } from '../model/periods.ts';
import { z } from 'zod';
import { GOAL_STATUSES } from '../aggregate/goals.ts';
import { STANDINGS } from '../aggregate/benchmarks.ts';
import { GOAL_KINDS } from '../ingest/client-config.ts';
import type {
  AttentionJson,
  BenchmarkJson,
  CampaignMetricJson,
  ChangeJson,
  CompetitorsJson,
  ContentJson,
  ExperimentJson,
  GoalJson,
  MetricJson,
  PostJson,
  ReportJson,
  TrafficJson,
} from './data-json.ts';

/** A number, or null where it is not available ("n/a" on the page). */
const amount = z.number().nullable();
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ id: 'Day', description: 'A Gregorian day, YYYY-MM-DD' });

const changeSchema = z
  .object({
    previous: amount.describe('The value in the earlier span'),
    change: amount.describe('value - previous'),
    pct: amount.describe('change / |previous| x 100; null when previous is missing or zero'),
  })
  .meta({
    id: 'Change',
    description: 'A comparison with an earlier span; all null when that span starts before the data',
  });

const spanSchema = changeSchema
  .extend({ value: amount.describe('The value over the span so far') })
  .meta({ id: 'Span', description: 'A span to date (quarter or year), compared with the same span a year earlier' });

const metricSchema = z
  .object({
    value: amount.describe("The month's value: a flow's sum, a stock's last observation, a rate from the sums"),
    mom: changeSchema.describe('Against the period before (the previous month for a month, week for a week)'),
    yoy: changeSchema.describe('Against the same period a year earlier'),
    qtd: spanSchema.describe("Quarter to date through the period's end, against the same span a year earlier"),
    ytd: spanSchema.describe("Year to date through the period's end, against the same span a year earlier"),
    upper_bound: z
      .literal(true)
      .exactOptional()
      .describe('Present when reach was summed over days or platforms: an upper bound of the people reached'),
  })
  .meta({ id: 'Metric', description: 'One metric of one platform (or all) in the month' });

const goalSchema = z
  .object({
    id: z.string(),
    metric: z.string(),
    platform: z.string().describe('A platform, or all'),
    kind: z.enum(GOAL_KINDS),
    start: isoDay,
    deadline: isoDay,
    target: z.number(),
    baseline: amount,
    current: amount,
    progress_pct: amount,
    required_pace: amount.describe('Per month of 365.25 / 12 days'),
    achieved_pace: amount.describe('Per month of 365.25 / 12 days'),
    projected: amount.describe('The value projected at the deadline'),
    status: z.enum(GOAL_STATUSES).nullable().describe('null when there is nothing to judge by'),
    revisit: z.boolean().describe('The pace needed is more than twice the pace so far: revisit the target'),
  })
  .meta({ id: 'Goal', description: "One goal in the report month, in the metric's unit (a rate in percent)" });

const campaignMetricSchema = z
  .object({
    value: amount.describe('In the month'),
    lifetime: amount.describe("From the campaign's first day to the end of the month"),
  })
  .meta({ id: 'CampaignMetric', description: 'One metric of a campaign' });

const postGroupSchema = z
  .object({
    posts: z.number().int().describe('How many posts the group has'),
    engagement_rate: amount.describe("Engagements per 100 impressions from the group's totals"),
    engagements_per_post: amount.describe('Engagements divided by the posts that give them'),
    reach_per_post: amount.describe('Reach divided by the posts that give it'),
    rank: z
      .number()
      .int()
      .nullable()
      .describe('1 is the best engagement rate among groups of at least min_posts posts; null when not ranked'),
  })
  .meta({ id: 'PostGroup', description: 'Posts of one type, or published on one weekday or in one hour' });

const contentSchema = z.object({
  from: isoDay.describe('The first day of the posts grouped'),
  to: isoDay.describe("The last day: the report month's"),
  posts: z.number().int().describe('The posts published from `from` to `to`'),
  min_posts: z.number().int().describe('A group of fewer posts is not ranked'),
  by_type: z
    .record(z.string(), postGroupSchema)
    .describe('By post type: image, video, reel, carousel, text, link, ...'),
  by_weekday: z.record(z.string(), postGroupSchema).describe('By weekday of publication: monday ... sunday'),
  by_hour: z
    .record(z.string(), postGroupSchema)
    .describe('By hour of publication on the clock of time_zone: "0" (midnight to 00:59) ... "23"'),
  without_time: z.number().int().describe('Posts whose export gives no time of day, left out of by_hour'),
  time_zone: z.string().describe("The client's time zone (IANA name), whose clock days and hours are on"),
});

const experimentSchema = z
  .object({
    id: z.string(),
    question: z.string(),
    metric: z.string().describe('engagement_rate or ctr (a rate), or a metric compared per post'),
    test: z.enum(['z', 'welch']).describe("z: two-proportion z-test on summed impressions; welch: Welch's t-test"),
    from: isoDay,
    to: isoDay,
    variants: z.array(
      z.object({
        name: z.string(),
        posts: z.number().int(),
        impressions: z.number(),
        value: amount.describe('The metric: a rate in percent, or a mean per post'),
      }),
    ),
    comparisons: z
      .array(
        z.object({
          variant: z.string(),
          difference: amount.describe("This variant's value minus the first's (points for a rate)"),
          low: amount.describe("The 95% interval's lower end"),
          high: amount.describe("The 95% interval's upper end"),
          p: amount.describe('The chance of a difference at least this large if the variants were alike'),
        }),
      )
      .describe('Each variant after the first, against the first'),
    verdict: z.enum(['winner', 'no_clear_difference', 'too_little_data']),
    winner: z.string().nullable(),
    different_weeks: z.boolean().describe("The variants' posts ran in different weeks"),
    threshold: z.number().describe('0.05 divided among the comparisons'),
  })
  .meta({ id: 'Experiment', description: 'A content test and its verdict' });

const postSchema = z
  .object({
    platform: z.string().describe('The platform slug'),
    id: z.string().describe("The platform's own id of the post"),
    url: z.string().nullable().describe("The post's address, when the export gives it"),
    published: isoDay.describe("The day it was published, on the client's clock"),
    published_time: z
      .string()
      .nullable()
      .describe("HH:MM on the client's clock; null when the export gives the day alone"),
    type: z
      .string()
      .nullable()
      .describe("image, video, reel, carousel, text, link, or the export's own word; null when it says nothing"),
    caption: z.string().nullable().describe('The first line of its caption or title, shortened'),
    campaigns: z.array(z.string()).describe("The campaigns (Meta's custom labels) it is tagged with"),
    metrics: z.record(z.string(), z.number()).describe("The post's totals by metric id, as of its export"),
    engagements: amount.describe("The export's engagements, or likes, comments, shares and saves added up"),
    engagement_rate: amount.describe(
      'engagements / impressions x 100; null below top_posts.min_impressions impressions',
    ),
    rank: z
      .number()
      .int()
      .nullable()
      .describe("Its place among the month's posts across platforms by engagements, 1 the best"),
  })
  .meta({ id: 'Post', description: 'A post published in the month' });

const shareSchema = z
  .object({
    value: amount.describe("The client's share in percent; null without its number or a competitor's"),
    previous: amount.describe('The same share in the month before, like for like'),
    change: amount.describe('value - previous, in percentage points'),
  })
  .meta({ id: 'Share', description: "The client's share of the accounts' total" });

const accountSchema = z
  .object({
    id: z.string().nullable().describe("The competitor's id (its folder under competitors/); null for the client"),
    name: z.string(),
    handle: z.string().nullable().describe('Its handle on the platform, from client.yaml'),
    followers: amount.describe("Followers at the month's end"),
    follower_growth: amount.describe("Percent change of followers from the month before's end"),
    impressions: amount,
    engagements: amount,
    engagement_rate: amount.describe('engagements / impressions x 100'),
    posts: amount,
    posts_per_week: amount.describe('posts / days of the month x 7'),
    engagements_per_post: amount,
    share_of_posts: amount.describe('Its share of the posts of the accounts that give them, in percent'),
    share_of_engagements: amount.describe('Its share of the engagements of the accounts that give them, in percent'),
    rank: z.number().int().nullable().describe('1 is the most engagements; null without engagements'),
    top_post: z
      .object({ id: z.string(), url: z.string().nullable(), caption: z.string().nullable(), engagements: amount })
      .nullable()
      .describe('Its post of the month with the most engagements; null without post-level data'),
  })
  .meta({ id: 'Account', description: 'The client or a competitor on one platform' });

const competitorsSchema = z.object({
  from: isoDay,
  to: isoDay,
  platforms: z
    .record(
      z.string(),
      z.object({
        share_of_voice: z.object({ posts: shareSchema, engagements: shareSchema }),
        accounts: z.array(accountSchema).describe('By rank, the unranked last'),
        history: z
          .array(z.object({ month: z.string(), posts: amount, engagements: amount }))
          .describe("The client's share of voice in the last 13 months, oldest first"),
      }),
    )
    .describe('Each platform a competitor has a handle on'),
});

const benchmarkSchema = z
  .object({
    metric: z.string(),
    platform: z.string().describe('A platform slug, or all'),
    industry: z.string().nullable(),
    value: amount.describe('A single benchmark value; null when a median is given'),
    median: amount,
    top_quartile: amount.describe('The value the top quarter reaches; null when the source gives none'),
    source: z.string(),
    year: z.number().int(),
    url: z.string().nullable(),
    illustrative: z.boolean().describe('Made-up numbers, for showing how the report looks'),
    client_value: amount.describe("The client's value of the metric on the platform in the month"),
    standing: z.enum(STANDINGS).nullable().describe("Where the client's value stands; null without it"),
  })
  .meta({ id: 'Benchmark', description: 'A benchmark of client.yaml and where the client stands against it' });

const visitsSchema = z
  .object({
    sessions: amount,
    engaged_sessions: amount,
    conversions: amount.describe('Key events'),
    conversion_rate: amount.describe('Key events per 100 sessions'),
    revenue: amount,
  })
  .meta({ id: 'Visits', description: 'Website sessions from GA4 and what they led to' });

const trafficSchema = z.object({
  from: isoDay,
  to: isoDay,
  networks: z.record(z.string(), visitsSchema).describe('By network, from the sources GA4 names'),
  total: visitsSchema.describe('Every social source together'),
  campaigns: z
    .array(
      visitsSchema.extend({
        name: z.string().describe('utm_campaign as GA4 gives it'),
        campaign: z.string().nullable().describe("The report's campaign of the same name, if any"),
      }),
    )
    .describe('By utm_campaign, from social sources, the most sessions first'),
  across_months: z.number().int().describe('GA4 rows that run past the month, left out'),
});

const attentionSchema = z
  .object({
    metric: z.string(),
    value: amount,
    previous: amount,
    change_pct: z.number().describe('The percent change against the month before'),
    threshold: z.number().describe('The threshold it passed, in percent: negative for a fall, positive for a rise'),
  })
  .meta({ id: 'Attention', description: 'A KPI that moved past its threshold against the month before' });

export const reportJsonSchema = z
  .object({
    client: z.string().describe("The client's slug: its folder name and address"),
    name: z.string(),
    period: z
      .string()
      .regex(/^\d{4}(?:-\d{2}|-W\d{2}|-B\d|-Q\d)?$/)
      .describe("The period in the client's calendar: YYYY-MM, YYYY-Www (week), YYYY-Bn (two months), YYYY-Qn or YYYY"),
    period_kind: z.enum(PERIOD_KINDS).describe('What kind of period it is'),
    period_days: z
      .object({ from: isoDay, to: isoDay })
      .describe("The Gregorian days of the period's first and last day"),
    calendar: z.string().describe('gregorian or persian'),
    currency: z.string().describe('ISO 4217 code of every amount of money'),
    partial: z.boolean().describe("Whether the data starts after the month's first day or stops before its last"),
    coverage: z.object({ from: isoDay, to: isoDay }).describe('The Gregorian days of the month the data covers'),
    data_through: isoDay.describe("The last day of the client's data"),
    platforms: z
      .record(z.string(), z.record(z.string(), metricSchema))
      .describe('Each platform slug and all (the cross-platform total), each with its metrics by id'),
    goals: z.array(goalSchema).describe("The client's goals that have started by the month, in client.yaml's order"),
    campaigns: z
      .record(z.string(), z.record(z.string(), campaignMetricSchema))
      .describe('The campaigns with data in the month, by name, each with its metrics by id'),
    costs: z
      .record(z.string(), amount)
      .describe('Total cost by category (ads, content, staff, tools, other) and total; null where none was reported'),
    posts: z.array(postSchema).describe('The posts published in the month, oldest first'),
    content: contentSchema.describe(
      'What works: the posts of the month and the two before it, by type, weekday and hour',
    ),
    experiments: z
      .array(experimentSchema)
      .describe("The content tests running in the month or ended in it, in client.yaml's order"),
    traffic: trafficSchema
      .nullable()
      .describe('What social sent to the website in the month, from GA4; null without GA4 sessions by source'),
    attention: z
      .array(attentionSchema)
      .describe('The KPIs across platforms past their threshold (client.yaml attention:) against the month before'),
    benchmarks: z.array(benchmarkSchema).describe("client.yaml's benchmarks, in its order"),
    competitors: competitorsSchema
      .nullable()
      .describe('The client against its competitors (client.yaml competitors:), per platform; null without any'),
  })
  .meta({
    title: 'Recap monthly report (data.json)',
    description: 'The numbers of one monthly report of one client, as published at /<client>/<YYYY-MM>/data.json',
  });

/** The JSON Schema of data.json, published as data.schema.json. */
export function dataJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(reportJsonSchema, { target: 'draft-2020-12' });
}

// The schema and the types must describe the same JSON, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors: {
  report: Same<z.infer<typeof reportJsonSchema>, ReportJson>;
  metric: Same<z.infer<typeof metricSchema>, MetricJson>;
  change: Same<z.infer<typeof changeSchema>, ChangeJson>;
  goal: Same<z.infer<typeof goalSchema>, GoalJson>;
  campaign: Same<z.infer<typeof campaignMetricSchema>, CampaignMetricJson>;
  post: Same<z.infer<typeof postSchema>, PostJson>;
  content: Same<z.infer<typeof contentSchema>, ContentJson>;
  experiment: Same<z.infer<typeof experimentSchema>, ExperimentJson>;
  competitors: Same<z.infer<typeof competitorsSchema>, CompetitorsJson>;
  benchmark: Same<z.infer<typeof benchmarkSchema>, BenchmarkJson>;
  traffic: Same<z.infer<typeof trafficSchema>, TrafficJson>;
  attention: Same<z.infer<typeof attentionSchema>, AttentionJson>;
} = {
  report: true,
  metric: true,
  change: true,
  goal: true,
  campaign: true,
  post: true,
  content: true,
  experiment: true,
  competitors: true,
  benchmark: true,
  traffic: true,
  attention: true,
};
void mirrors;

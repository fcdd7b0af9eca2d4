/**
 * The machine-readable form of a report (a month's, week's, quarter's...): `dist/<client>/<period>/data.json`.
 * Its names are a contract with the people and tools that download it.
 */
import type { PeriodKind } from '../model/periods.ts';
import { isoDate } from '../model/calendar.ts';
import { dictionary, dictionaryFrom } from '../model/dictionary.ts';
import type { Change } from '../aggregate/formulas.ts';
import {
  benchmarksJson,
  competitorsJson,
  round,
  trafficJson,
  type BenchmarkJson,
  type CompetitorsJson,
  type TrafficJson,
} from './data-json-market.ts';

import type { MetricFigures, SpanComparison } from '../aggregate/client-report.ts';
import type { GoalEvaluation, GoalStatus } from '../aggregate/goals.ts';
import type { PeriodModel } from '../aggregate/period-model.ts';
import type { PostGroup } from '../aggregate/what-works.ts';
import type { GoalKind } from '../ingest/client-config.ts';

export type {
  AccountJson,
  BenchmarkJson,
  CompetitorsJson,
  ShareJson,
  TrafficJson,
  VisitsJson,
} from './data-json-market.ts';

export interface ChangeJson {
  previous: number | null;
  change: number | null;
  pct: number | null;
}

export interface MetricJson {
  value: number | null;
  mom: ChangeJson;
  yoy: ChangeJson;
  qtd: ChangeJson & { value: number | null };
  ytd: ChangeJson & { value: number | null };
  upper_bound?: true;
}

/** One goal in the report month; paces are per month (365.25 / 12 days). */
export interface GoalJson {
  id: string;
  metric: string;
  platform: string;
  kind: GoalKind;
  start: string;
  deadline: string;
  target: number;
  baseline: number | null;
  current: number | null;
  progress_pct: number | null;
  required_pace: number | null;
  achieved_pace: number | null;
  projected: number | null;
  status: GoalStatus | null;
  /** The pace needed is more than twice the pace so far: the target wants revisiting. */
  revisit: boolean;
}

export interface ReportJson {
  client: string;
  name: string;
  period: string;
  period_kind: PeriodKind;
  /** The period's first and last day. */
  period_days: { from: string; to: string };
  calendar: string;
  currency: string;
  partial: boolean;
  coverage: { from: string; to: string };
  data_through: string;
  platforms: Record<string, Record<string, MetricJson>>;
  /** The client's goals that have started by this month, in client.yaml's order. */
  goals: GoalJson[];
  /** The campaigns with data in the month, by name: each metric in the month and from the campaign's start. */
  campaigns: Record<string, Record<string, CampaignMetricJson>>;
  /** Total cost by category in the month (ads, content, staff, tools, other; null where none reported). */
  costs: Record<string, number | null>;
  /** The posts published in the month, oldest first, with their totals as of their export. */
  posts: PostJson[];
  /** What works: the posts of the month and the two before it, by type and by weekday. */
  content: ContentJson;
  /** The content tests running in the month or ended in it, in client.yaml's order. */
  experiments: ExperimentJson[];
  /** The KPIs across platforms that moved past their threshold (client.yaml attention:) against the month before. */
  attention: AttentionJson[];
  /** The client against its competitors per platform; null when client.yaml names none. */
  competitors: CompetitorsJson | null;
  /** client.yaml's benchmarks, in its order, each with the client's value in the month and where it stands. */
  benchmarks: BenchmarkJson[];
  /** What social sent to the website in the month, from GA4; null without GA4 sessions by source or campaign. */
  traffic: TrafficJson | null;
}

export interface AttentionJson {
  metric: string;
  value: number | null;
  previous: number | null;
  /** The percent change against the month before. */
  change_pct: number;
  /** The threshold it passed, in percent: negative for a fall, positive for a rise. */
  threshold: number;
}

export interface ExperimentJson {
  id: string;
  question: string;
  metric: string;
  /** z: two-proportion z-test on summed impressions; welch: Welch's t-test on per-post values. */
  test: 'z' | 'welch';
  from: string;
  to: string;
  variants: Array<{ name: string; posts: number; impressions: number; value: number | null }>;
  /** Each variant after the first against the first: b - a (points for a rate), its 95% interval and p. */
  comparisons: Array<{
    variant: string;
    difference: number | null;
    low: number | null;
    high: number | null;
    p: number | null;
  }>;
  verdict: 'winner' | 'no_clear_difference' | 'too_little_data';
  winner: string | null;
  different_weeks: boolean;
  /** The p-value a comparison must be under: 0.05 divided among the comparisons. */
  threshold: number;
}

export interface PostGroupJson {
  posts: number;
  engagement_rate: number | null;
  engagements_per_post: number | null;
  reach_per_post: number | null;
  /** 1 is the best engagement rate among groups of at least min_posts posts; null when not ranked. */
  rank: number | null;
}

export interface ContentJson {
  from: string;
  to: string;
  posts: number;
  min_posts: number;
  by_type: Record<string, PostGroupJson>;
  /** monday ... sunday */
  by_weekday: Record<string, PostGroupJson>;
  /** "0" (midnight to 00:59) ... "23", on the clock of time_zone */
  by_hour: Record<string, PostGroupJson>;
  /** Posts whose export gives no time of day, left out of by_hour. */
  without_time: number;
  /** The client's time zone (IANA), whose clock days and hours are on. */
  time_zone: string;
}

export interface PostJson {
  platform: string;
  id: string;
  url: string | null;
  published: string;
  /** HH:MM on the client's clock; null when the export gives the day alone. */
  published_time: string | null;
  type: string | null;
  caption: string | null;
  campaigns: string[];
  /** The post's totals by metric id, as its export gives them. */
  metrics: Record<string, number>;
  /** The export's engagements, or its likes, comments, shares and saves added up; null when it has none of them. */
  engagements: number | null;
  /** engagements / impressions x 100, for posts with at least top_posts.min_impressions impressions; else null. */
  engagement_rate: number | null;
  /** Its place among the month's posts across platforms by engagements (1 is best); null when it has no engagements. */
  rank: number | null;
}

export interface CampaignMetricJson {
  value: number | null;
  lifetime: number | null;
}

function changeJson(change: Change): ChangeJson {
  return { previous: round(change.previous), change: round(change.change), pct: round(change.pct) };
}

function spanJson(span: SpanComparison): ChangeJson & { value: number | null } {
  return { value: round(span.value), ...changeJson(span) };
}

function metricJson(figures: MetricFigures): MetricJson {
  const json: MetricJson = {
    value: round(figures.value),
    mom: changeJson(figures.mom),
    yoy: changeJson(figures.yoy),
    qtd: spanJson(figures.qtd),
    ytd: spanJson(figures.ytd),
  };
  if (figures.upperBound) json.upper_bound = true;
  return json;
}

function goalJson(goal: GoalEvaluation): GoalJson {
  return {
    id: goal.id,
    metric: goal.metric,
    platform: goal.platform,
    kind: goal.kind,
    start: isoDate(goal.start),
    deadline: isoDate(goal.deadline),
    target: goal.target,
    baseline: round(goal.baseline),
    current: round(goal.current),
    progress_pct: round(goal.progressPct),
    required_pace: round(goal.requiredPace),
    achieved_pace: round(goal.achievedPace),
    projected: round(goal.projected),
    status: goal.status,
    revisit: goal.revisit,
  };
}

/** The model of a report month, as data.json publishes it: nothing is computed here. */
export function reportJson(model: PeriodModel): ReportJson {
  const { report, month } = model;
  const { client } = report;
  // Keyed by names from data (platforms, metric ids, campaigns): no prototype to answer "constructor".
  const platforms: ReportJson['platforms'] = dictionary();
  for (const [platform, metrics] of Object.entries(month.platforms)) {
    platforms[platform] = dictionaryFrom(Object.entries(metrics).map(([id, figures]) => [id, metricJson(figures)]));
  }
  return {
    client: client.slug,
    name: client.config.name,
    period: month.period.id,
    period_kind: month.period.kind,
    period_days: { from: isoDate(month.period.span.from), to: isoDate(month.period.span.to) },
    calendar: client.calendar.id,
    currency: client.config.currency,
    partial: month.partial,
    coverage: { from: isoDate(month.coverage.from), to: isoDate(month.coverage.to) },
    data_through: isoDate(report.dataThrough),
    platforms,
    goals: model.goals.map(goalJson),
    campaigns: dictionaryFrom(
      model.campaigns.map((campaign) => [
        campaign.name,
        dictionaryFrom(
          Object.entries(campaign.metrics).map(([id, f]) => [
            id,
            { value: round(f.value), lifetime: round(f.lifetime) },
          ]),
        ),
      ]),
    ),
    costs: Object.fromEntries(Object.entries(model.costs).map(([k, v]) => [k, round(v)])),
    posts: postsJson(model),
    content: contentJson(model),
    attention: model.attention.map((item) => ({
      metric: item.metric,
      value: round(item.value),
      previous: round(item.previous),
      change_pct: round(item.pct)!,
      threshold: item.threshold,
    })),
    competitors: competitorsJson(model),
    traffic: trafficJson(model),
    benchmarks: benchmarksJson(model),
    experiments: model.experiments().map((test) => ({
      id: test.id,
      question: test.question,
      metric: test.metric,
      test: test.test,
      from: isoDate(test.from),
      to: isoDate(test.to),
      variants: test.variants.map((v) => ({
        name: v.name,
        posts: v.posts,
        impressions: v.impressions,
        value: round(v.value),
      })),
      comparisons: test.comparisons.map(({ name, comparison }) => ({
        variant: name,
        difference: round(comparison?.difference ?? null),
        low: round(comparison?.low ?? null),
        high: round(comparison?.high ?? null),
        p: round(comparison?.p ?? null),
      })),
      verdict: test.verdict,
      winner: test.winner,
      different_weeks: test.differentWeeks,
      threshold: round(test.threshold)!,
    })),
  };
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function contentJson(model: PeriodModel): ContentJson {
  const works = model.whatWorks();
  const group = (g: PostGroup): PostGroupJson => ({
    posts: g.posts,
    engagement_rate: round(g.engagementRate),
    engagements_per_post: round(g.engagementsPerPost),
    reach_per_post: round(g.reachPerPost),
    rank: g.rank,
  });
  return {
    from: isoDate(works.span.from),
    to: isoDate(works.span.to),
    posts: works.posts,
    min_posts: works.minPosts,
    by_type: dictionaryFrom(works.byType.map((g) => [g.key, group(g)])),
    by_weekday: dictionaryFrom(works.byWeekday.map((g) => [WEEKDAYS[Number(g.key)]!, group(g)])),
    by_hour: dictionaryFrom(works.byHour.map((g) => [g.key, group(g)])),
    without_time: works.withoutTime,
    time_zone: works.timeZone,
  };
}

/** 1110 -> "18:30". */
const clockTime = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

function postsJson(model: PeriodModel): PostJson[] {
  return model.topPosts('engagements').posts.map(({ post, engagements, engagementRate, rank }) => ({
    platform: post.platform,
    id: post.id,
    url: post.link,
    published: isoDate(post.published),
    published_time: post.publishedMinute === null ? null : clockTime(post.publishedMinute),
    type: post.type,
    caption: post.caption,
    campaigns: [...post.campaigns],
    metrics: dictionaryFrom(Object.entries(post.metrics).map(([id, value]) => [id, round(value)!])),
    engagements: round(engagements),
    engagement_rate: round(engagementRate),
    rank,
  }));
}

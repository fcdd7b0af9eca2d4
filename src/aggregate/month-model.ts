/**
 * One model of a report month: every number a monthly report shows, computed once.
 * The report page formats it and data.json serialises it, so the two can never
 * disagree, and nothing is worked out twice.
 */
import { monthSpan } from '../model/calendar.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { campaignsInMonth, type CampaignReport } from './campaigns.ts';
import { costBreakdown, type CostBreakdown } from './costs.ts';
import type { Amount } from './formulas.ts';
import { evaluateGoals, type GoalEvaluation } from './goals.ts';
import { draftHighlights, type Highlights } from './highlights.ts';
import { monthTopPosts, type MonthTopPosts, type PostRanking } from './top-posts.ts';
import { WHAT_WORKS_MONTHS, whatWorks, type WhatWorks } from './what-works.ts';
import { evaluateExperiment, type ExperimentResult } from './experiments.ts';
import { addedSources, socialTraffic, type SocialTraffic } from './social-traffic.ts';
import { attentionThresholds, needsAttention, type AttentionItem } from './attention.ts';
import { benchmarkResults, type BenchmarkResult } from './benchmarks.ts';
import { competitorReport, type Account, type CompetitorReport } from './competitors.ts';
import {
  buildScopes,
  spanMeasurer,
  type ClientReport,
  type MetricFigures,
  type PeriodReport,
} from './monthly-report.ts';

/** Where value created came from: revenue, and leads and conversions at their value each. */
export interface ValueSources {
  /** The platforms' revenue, or with value_source: ga4 Google Analytics' revenue from social. */
  readonly revenue: Amount;
  readonly revenueFrom: 'platforms' | 'ga4';
  /** Leads x value per lead; null when no leads were reported. */
  readonly leads: Amount;
  /** Conversions x value per conversion; null when none were reported or a conversion is worth nothing extra. */
  readonly conversions: Amount;
}

export interface MonthModel {
  readonly report: ClientReport;
  readonly month: PeriodReport;
  /** The client's goals that have started by the month's data, in client.yaml's order. */
  readonly goals: readonly GoalEvaluation[];
  readonly costs: CostBreakdown;
  readonly valueSources: ValueSources;
  /** The campaigns with activity in the month, in name order. */
  readonly campaigns: readonly CampaignReport[];
  /** Campaigns running across the month with no activity in it: shown apart, with their figures to date. */
  readonly quietCampaigns: readonly CampaignReport[];
  readonly highlights: Highlights;
  /** The posts published in the month, ranked by engagements (the default) or engagement rate. */
  topPosts(by?: PostRanking): MonthTopPosts;
  /** The posts of the month and the two before it, by type and weekday. */
  whatWorks(): WhatWorks;
  /** The content tests running in the month, or ended in it, in client.yaml's order. */
  experiments(): readonly ExperimentResult[];
  /** The KPIs across platforms that moved past their threshold against the month before. */
  readonly attention: readonly AttentionItem[];
  /** The client's month against each benchmark of client.yaml, in its order. */
  readonly benchmarks: readonly BenchmarkResult[];
  /** What social sent to the website in the month, from GA4; null without GA4 sessions by source or campaign. */
  readonly traffic: SocialTraffic | null;
  /** The client against its competitors on each platform they have handles on; null without competitors. */
  competitors(): CompetitorReport | null;
  /** A metric's figures on a platform (default: all platforms together). */
  figures(metric: string, platform?: string): MetricFigures | undefined;
}

export function monthModel(report: ClientReport, month: PeriodReport): MonthModel {
  const { client } = report;
  const all = month.platforms[ALL_PLATFORMS];
  const value = (metric: string) => all?.[metric]?.value ?? null;
  const leads = value('leads');
  const conversions = value('conversions');
  const { lead_value: leadValue, conversion_value: conversionValue } = client.config;
  const campaigns = campaignsInMonth(client, month.month);
  const span = monthSpan(client.calendar, month.month);
  const rankings = new Map<PostRanking, MonthTopPosts>();
  let works: WhatWorks | null = null;
  let tests: ExperimentResult[] | null = null;
  let rivalry: CompetitorReport | null | undefined;
  const worksSpan = {
    from: client.calendar.firstDay(client.calendar.addMonths(month.month, 1 - WHAT_WORKS_MONTHS)),
    to: span.to,
  };
  const traffic = socialTraffic(client.traffic, span, addedSources(client.config.traffic_sources), [
    ...new Set(client.series.map((series) => series.campaign).filter((name) => name !== '')),
  ]);
  const settings = { count: client.config.top_posts.count, minImpressions: client.config.top_posts.min_impressions };
  return {
    report,
    month,
    goals: evaluateGoals(report, month),
    costs: costBreakdown(client.series, span),
    valueSources: {
      revenue: client.config.value_source === 'ga4' ? (traffic?.total.revenue ?? null) : value('revenue'),
      revenueFrom: client.config.value_source,
      leads: leads === null ? null : leads * leadValue,
      conversions: conversions === null || conversionValue === 0 ? null : conversions * conversionValue,
    },
    campaigns: campaigns.filter(activeInMonth),
    quietCampaigns: campaigns.filter((campaign) => !activeInMonth(campaign)),
    highlights: draftHighlights(month),
    topPosts: (by = 'engagements') => {
      let ranked = rankings.get(by);
      if (ranked === undefined) rankings.set(by, (ranked = monthTopPosts(client.posts, span, by, settings)));
      return ranked;
    },
    whatWorks: () =>
      (works ??= whatWorks(client.posts, worksSpan, client.config.top_posts.min_posts, client.config.timezone)),
    experiments: () =>
      (tests ??= client.config.experiments
        .map((test) => evaluateExperiment(test, client.posts, client.config.top_posts.min_posts, span.to))
        .filter((test) => test.from <= span.to && test.to >= span.from)),
    attention: needsAttention(attentionThresholds(client.config.attention), (metric) => {
      const figures = all?.[metric];
      return figures === undefined ? null : { ...figures.mom, value: figures.value };
    }),
    benchmarks: benchmarkResults(
      client.config.benchmarks,
      (metric, platform) => month.platforms[platform]?.[metric]?.value ?? null,
    ),
    traffic,
    competitors: () => (rivalry === undefined ? (rivalry = rivalryOf(report, month)) : rivalry),
    figures: (metric, platform = ALL_PLATFORMS) => month.platforms[platform]?.[metric],
  };
}

/** Each client's competitors as accounts, made once: every month's page measures the same spans of them. */
const rivalsOf = new WeakMap<ClientReport, Account[]>();

function rivalryOf(report: ClientReport, month: PeriodReport): CompetitorReport | null {
  const { client } = report;
  if (client.competitors.length === 0) return null;
  let rivals = rivalsOf.get(report);
  if (rivals === undefined) rivalsOf.set(report, (rivals = accountsOf(report)));
  const own: Account = {
    id: null,
    name: client.config.name,
    handles: {},
    measure: report.measure,
    posts: client.posts,
  };
  return competitorReport(
    client.calendar,
    month.month,
    { current: monthSpan(client.calendar, month.month), previous: month.previousSpan },
    own,
    rivals,
  );
}

function accountsOf(report: ClientReport): Account[] {
  const { client } = report;
  const valuation = { leadValue: client.config.lead_value, conversionValue: client.config.conversion_value };
  return client.competitors.map((competitor) => {
    const measure = spanMeasurer(buildScopes(competitor.series), valuation);
    return {
      id: competitor.id,
      name: competitor.name,
      handles: competitor.handles,
      measure: (platform, metric, span) => measure(span).get(platform)?.values[metric] ?? null,
      posts: competitor.posts,
    };
  });
}

/** A campaign is active in a month when any of its numbers has a value there. */
function activeInMonth(campaign: CampaignReport): boolean {
  return Object.values(campaign.metrics).some((figures) => figures.value !== null);
}

/** A client's months, each modelled once, when first asked for. */
export interface ClientModel {
  readonly report: ClientReport;
  month(monthId: string): MonthModel;
}

export function clientModel(report: ClientReport): ClientModel {
  const modelled = new Map<string, MonthModel>();
  const byId = new Map(report.months.map((month) => [month.month.id, month]));
  return {
    report,
    month(monthId) {
      let model = modelled.get(monthId);
      if (!model) {
        const month = byId.get(monthId);
        if (!month) throw new Error(`${report.client.slug} has no report for ${monthId}`);
        model = monthModel(report, month);
        modelled.set(monthId, model);
      }
      return model;
    },
  };
}

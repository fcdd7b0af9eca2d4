/**
 * One model of a report period (a month, or a week, two months, a quarter or a year):
 * every number its report shows, computed once. The report page formats it and
 * data.json serialises it, so the two can never disagree, and nothing is worked out twice.
 */
import type { PeriodKind } from '../model/periods.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { campaignsIn, type CampaignReport } from './campaigns.ts';
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
import type { ClientReport, MetricFigures, PeriodReport } from './client-report.ts';
import { buildScopes, spanMeasurer } from './scopes.ts';

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

export interface PeriodModel {
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

export function periodModel(report: ClientReport, month: PeriodReport): PeriodModel {
  const { client } = report;
  const all = month.platforms[ALL_PLATFORMS];
  const value = (metric: string) => all?.[metric]?.value ?? null;
  const leads = value('leads');
  const conversions = value('conversions');
  const { lead_value: leadValue, conversion_value: conversionValue } = client.config;
  const span = month.period.span;
  const campaigns = campaignsIn(client, span);
  const rankings = new Map<PostRanking, MonthTopPosts>();
  let works: WhatWorks | null = null;
  let tests: ExperimentResult[] | null = null;
  let rivalry: CompetitorReport | null | undefined;
  // At least the last WHAT_WORKS_MONTHS months: a week's posts are too few to tell what works.
  const worksSpan = {
    from: Math.min(span.from, client.calendar.firstDay(client.calendar.addMonths(month.month, 1 - WHAT_WORKS_MONTHS))),
    to: span.to,
  };
  const traffic = socialTraffic(client.traffic, span, addedSources(client.config.traffic_sources), [
    ...new Set(client.series.map((series) => series.campaign).filter((name) => name !== '')),
  ]);
  const settings = { count: client.config.top_posts.count, minImpressions: client.config.top_posts.min_impressions };
  return {
    report,
    month,
    goals: evaluateGoals(report, goalsAsOf(report, month)),
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
  const scheme = report.periods.scheme(month.period.kind);
  return competitorReport(
    client.calendar,
    month.month,
    {
      current: month.period.span,
      previous: month.previousSpan,
      previousWhole: scheme.add(month.period, -1).span,
    },
    own,
    rivals,
  );
}

/**
 * What goals are judged on in a period's report: the month the period's data ends in,
 * through that day. A quarter's or a year's goals stand as at its last month of data;
 * a week's, as at the week's last day (its month to date).
 */
function goalsAsOf(report: ClientReport, period: PeriodReport): PeriodReport {
  if (period.period.kind === 'month') return period;
  return report.monthToDate(Math.min(period.period.span.to, report.dataThrough));
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

/** A client's periods, each modelled once, when first asked for. */
export interface ClientModel {
  readonly report: ClientReport;
  /** A month's, week's, two-month period's, quarter's or year's model, by its id. */
  period(periodId: string): PeriodModel;
}

export function clientModel(report: ClientReport): ClientModel {
  const modelled = new Map<string, PeriodModel>();
  return {
    report,
    period(periodId) {
      let model = modelled.get(periodId);
      if (!model) {
        const kind: PeriodKind | undefined = report.periods.parse(periodId)?.kind;
        const period = kind && report.reports(kind).find((p) => p.period.id === periodId);
        if (!period) throw new Error(`${report.client.slug} has no report for ${periodId}`);
        model = periodModel(report, period);
        modelled.set(periodId, model);
      }
      return model;
    },
  };
}

/**
 * data.json's sections on the market around the client: competitors and share of
 * voice, benchmarks, and the traffic social sends (see docs/data-json.md). Like the
 * rest of data.json, nothing is computed here: the month model has it all.
 */
import { isoDate } from '../model/calendar.ts';
import { dictionaryFrom } from '../model/dictionary.ts';
import type { Standing } from '../aggregate/benchmarks.ts';
import type { Share } from '../aggregate/competitors.ts';
import type { PeriodModel } from '../aggregate/period-model.ts';
import type { VisitTotals } from '../aggregate/social-traffic.ts';
import { postEngagements } from '../aggregate/top-posts.ts';

/** Six decimals keep every figure exact to the cent and drop floating-point noise (0.30000000000000004). */
export function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e6) / 1e6 || 0;
}

export interface VisitsJson {
  sessions: number | null;
  engaged_sessions: number | null;
  /** Key events. */
  conversions: number | null;
  /** Key events per 100 sessions. */
  conversion_rate: number | null;
  revenue: number | null;
}

export interface TrafficJson {
  from: string;
  to: string;
  networks: Record<string, VisitsJson>;
  total: VisitsJson;
  campaigns: Array<VisitsJson & { name: string; campaign: string | null }>;
  /** GA4 rows that run past the month, left out. */
  across_months: number;
}

export interface BenchmarkJson {
  metric: string;
  platform: string;
  industry: string | null;
  value: number | null;
  median: number | null;
  top_quartile: number | null;
  source: string;
  year: number;
  url: string | null;
  illustrative: boolean;
  /** The client's value of the metric on the platform in the month. */
  client_value: number | null;
  standing: Standing | null;
}

export interface ShareJson {
  /** The client's share in percent. */
  value: number | null;
  previous: number | null;
  /** value - previous, in percentage points. */
  change: number | null;
}

export interface AccountJson {
  /** The competitor's id; null for the client. */
  id: string | null;
  name: string;
  handle: string | null;
  followers: number | null;
  follower_growth: number | null;
  impressions: number | null;
  engagements: number | null;
  engagement_rate: number | null;
  posts: number | null;
  posts_per_week: number | null;
  engagements_per_post: number | null;
  share_of_posts: number | null;
  share_of_engagements: number | null;
  rank: number | null;
  /** Its post of the month with the most engagements, where post-level data is given. */
  top_post: { id: string; url: string | null; caption: string | null; engagements: number | null } | null;
}

export interface CompetitorsJson {
  from: string;
  to: string;
  platforms: Record<
    string,
    {
      share_of_voice: { posts: ShareJson; engagements: ShareJson };
      accounts: AccountJson[];
      history: Array<{ month: string; posts: number | null; engagements: number | null }>;
    }
  >;
}

function visitsJson(totals: VisitTotals): VisitsJson {
  return {
    sessions: round(totals.sessions),
    engaged_sessions: round(totals.engagedSessions),
    conversions: round(totals.conversions),
    conversion_rate: round(totals.conversionRate),
    revenue: round(totals.revenue),
  };
}

export function trafficJson(model: PeriodModel): TrafficJson | null {
  const traffic = model.traffic;
  if (traffic === null) return null;
  return {
    from: isoDate(traffic.span.from),
    to: isoDate(traffic.span.to),
    networks: dictionaryFrom(traffic.networks.map((n) => [n.network, visitsJson(n)])),
    total: visitsJson(traffic.total),
    campaigns: traffic.campaigns.map((c) => ({ name: c.name, campaign: c.campaign, ...visitsJson(c) })),
    across_months: traffic.acrossMonths,
  };
}

export function competitorsJson(model: PeriodModel): CompetitorsJson | null {
  const report = model.competitors();
  if (report === null) return null;
  const share = (s: Share): ShareJson => ({
    value: round(s.value),
    previous: round(s.previous),
    change: round(s.change),
  });
  return {
    from: isoDate(report.span.from),
    to: isoDate(report.span.to),
    platforms: dictionaryFrom(
      report.platforms.map((rivalry) => [
        rivalry.platform,
        {
          share_of_voice: {
            posts: share(rivalry.shareOfVoice.posts),
            engagements: share(rivalry.shareOfVoice.engagements),
          },
          accounts: rivalry.accounts.map((a) => ({
            id: a.id,
            name: a.name,
            handle: a.handle,
            followers: round(a.followers),
            follower_growth: round(a.followerGrowth),
            impressions: round(a.impressions),
            engagements: round(a.engagements),
            engagement_rate: round(a.engagementRate),
            posts: round(a.posts),
            posts_per_week: round(a.postsPerWeek),
            engagements_per_post: round(a.engagementsPerPost),
            share_of_posts: round(a.shareOfPosts),
            share_of_engagements: round(a.shareOfEngagements),
            rank: a.rank,
            top_post:
              a.topPost === null
                ? null
                : {
                    id: a.topPost.id,
                    url: a.topPost.link,
                    caption: a.topPost.caption,
                    engagements: round(postEngagements(a.topPost)),
                  },
          })),
          history: rivalry.history.map((h) => ({
            month: h.month.id,
            posts: round(h.posts),
            engagements: round(h.engagements),
          })),
        },
      ]),
    ),
  };
}

export function benchmarksJson(model: PeriodModel): BenchmarkJson[] {
  return model.benchmarks.map(({ benchmark: b, value, standing }) => ({
    metric: b.metric,
    platform: b.platform,
    industry: b.industry ?? null,
    value: b.value ?? null,
    median: b.median ?? null,
    top_quartile: b.top_quartile ?? null,
    source: b.source,
    year: b.year,
    url: b.url ?? null,
    illustrative: b.illustrative,
    client_value: round(value),
    standing,
  }));
}

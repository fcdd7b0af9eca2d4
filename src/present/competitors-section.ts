/**
 * The client against its competitors, as the report shows it: per platform, a sentence
 * with the client's share of voice and its change, a ranking table of every account,
 * and the client's share of engagements over 13 months as a line.
 */
import type { AccountFigures, PlatformRivalry } from '../aggregate/competitors.ts';
import { postEngagements } from '../aggregate/top-posts.ts';
import type { TrendChartInput } from './charts/index.ts';
import { formatChange, formatChangePct, formatDecimal, formatMetric, formatWhole } from './format.ts';
import { platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';
import { TREND_CHART_WIDTH } from './trend-figure.ts';

/** Shares are percentages of a total: shown and charted as a rate is. */
const SHARE = 'engagement_rate';

/** The table's number columns, each a formatted value in a row and a heading in `columns`. */
type NumberColumn =
  'followers' | 'growth' | 'rate' | 'postsPerWeek' | 'perPost' | 'shareOfPosts' | 'shareOfEngagements' | 'rank';

export type CompetitorRow = Readonly<Record<NumberColumn, string>> & {
  /** The competitor's id; "client" for the client. */
  readonly key: string;
  readonly name: string;
  readonly handle: string | null;
  readonly isClient: boolean;
};

export interface CompetitorPlatform {
  readonly platform: string;
  readonly title: string;
  readonly summary: string;
  readonly rows: readonly CompetitorRow[];
  /** Null when the client has no share in any of the months. */
  readonly chart: TrendChartInput | null;
  readonly history: ReadonlyArray<{ readonly month: string; readonly posts: string; readonly engagements: string }>;
  /** Each account's post of the month with the most engagements, where post-level data is given. */
  readonly bestPosts: ReadonlyArray<{
    readonly account: string;
    readonly caption: string;
    readonly link: string | null;
    readonly engagements: string;
  }>;
}

export interface CompetitorsSection {
  readonly title: string;
  readonly intro: string;
  readonly columns: Readonly<Record<NumberColumn | 'account' | 'month', string>>;
  readonly platforms: readonly CompetitorPlatform[];
  readonly bestPostsTitle: string;
}

export function competitorsSection(
  view: ReportView,
  options: { title?: string | undefined } = {},
): CompetitorsSection | null {
  const report = view.model.competitors();
  if (report === null) return null;
  const { t, style } = view;
  const c = t.competitors;
  const share = (value: number | null) => formatMetric(SHARE, value, style);
  const points = (change: number | null) => formatChange(SHARE, { change, pct: null }, style);
  const row = (account: AccountFigures): CompetitorRow => ({
    key: account.id ?? 'client',
    name: account.name,
    handle: account.handle,
    isClient: account.id === null,
    followers: formatMetric('followers', account.followers, style),
    growth: formatChangePct(account.followerGrowth, style),
    rate: formatMetric('engagement_rate', account.engagementRate, style),
    postsPerWeek: account.postsPerWeek === null ? t.notAvailable : formatDecimal(account.postsPerWeek, style),
    perPost: formatMetric('engagements', account.engagementsPerPost, style),
    shareOfPosts: share(account.shareOfPosts),
    shareOfEngagements: share(account.shareOfEngagements),
    rank: account.rank === null ? t.notAvailable : formatWhole(account.rank, style),
  });
  const platform = (rivalry: PlatformRivalry): CompetitorPlatform => {
    const where = platformLabel(t, rivalry.platform);
    const { posts, engagements } = rivalry.shareOfVoice;
    const monthId = view.month.month.id;
    const chartPoints = rivalry.history.map((entry) => ({
      month: entry.month.id,
      value: entry.engagements,
      partial: entry.month.id === monthId && view.month.partial,
    }));
    const first = rivalry.history[0]!.month.id;
    const title = c.chartTitle(where);
    return {
      platform: rivalry.platform,
      title: where,
      summary: c.summary(
        view.report.client.config.name,
        where,
        share(posts.value),
        points(posts.change),
        share(engagements.value),
        points(engagements.change),
      ),
      rows: rivalry.accounts.map(row),
      chart: chartPoints.some((point) => point.value !== null)
        ? {
            title,
            description: c.chartDescription(
              where,
              view.monthLabel(first),
              view.monthLabel(monthId),
              chartPoints
                .filter((point) => point.value !== null)
                .map((point) => `${view.monthLabel(point.month, 'short')} ${share(point.value)}`)
                .join(t.clauseSeparator),
            ),
            metric: SHARE,
            points: chartPoints,
            current: monthId,
            lastYear: first,
            monthLabel: (id) => view.monthLabel(id, 'short'),
            valueLabel: share,
            lastYearText: t.trends.lastYear,
            partialText: t.trends.partialPoint,
            width: TREND_CHART_WIDTH,
          }
        : null,
      bestPosts: rivalry.accounts.flatMap((account) =>
        account.topPost === null
          ? []
          : [
              {
                account: account.name,
                caption: account.topPost.caption ?? account.topPost.id,
                link: account.topPost.link,
                engagements: c.engagementsOf(formatMetric('engagements', postEngagements(account.topPost), style)),
              },
            ],
      ),
      history: rivalry.history.map((entry) => ({
        month: view.monthLabel(entry.month.id),
        posts: share(entry.posts),
        engagements: share(entry.engagements),
      })),
    };
  };
  const competitors = view.report.client.competitors.length;
  return {
    title: options.title ?? c.heading,
    intro: c.intro(formatWhole(competitors, style)),
    columns: {
      account: c.account,
      followers: c.followers,
      growth: c.growth,
      rate: c.rate,
      postsPerWeek: c.postsPerWeek,
      perPost: c.perPost,
      shareOfPosts: c.shareOfPosts,
      shareOfEngagements: c.shareOfEngagements,
      rank: c.rank,
      month: c.month,
    },
    platforms: report.platforms.map(platform),
    bestPostsTitle: c.bestPosts(view.t.periods.theOne[view.kind]),
  };
}

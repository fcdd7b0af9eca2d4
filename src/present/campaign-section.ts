/**
 * Which campaign did best, as the report shows it: the month's active campaigns ranked
 * on one metric (ROI by default, engagement rate where there is no money), the bars'
 * input, the table's rows, and the campaigns that ran across the month without
 * activity in it, listed apart with their figures to date.
 */
import { defaultRankingMetric, rankCampaigns, type CampaignReport } from '../aggregate/campaigns.ts';
import type { BarChartInput } from './charts/index.ts';
import { formatDay, formatMetric, formatWhole } from './format.ts';
import { changeDirection } from './metric-presentation.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** The table's columns when the template names none, after the ranking metric. */
export const CAMPAIGN_COLUMNS = ['spend', 'value', 'roi', 'roas', 'cpa', 'impressions', 'engagement_rate', 'ctr'];

/** The website's numbers a campaign's table shows from GA4, by utm_campaign. */
const SITE_COLUMNS = [
  { id: 'site_sessions', from: 'sessions', as: 'sessions' },
  { id: 'site_conversions', from: 'conversions', as: 'conversions' },
] as const;

export interface CampaignRow {
  readonly name: string;
  readonly rank: string;
  /** "Instagram, Facebook · since 3 Oct 2026" */
  readonly meta: string;
  readonly cells: ReadonlyArray<{ readonly metric: string; readonly value: string }>;
  /** The ranking metric from the campaign's start to the month's end. */
  readonly toDate: string;
}

export interface CampaignSection {
  readonly title: string;
  readonly rankedBy: string;
  readonly by: string;
  readonly caption: string;
  /** The first column's heading. */
  readonly campaignLabel: string;
  readonly columns: ReadonlyArray<{ readonly metric: string; readonly label: string }>;
  readonly toDateLabel: string;
  readonly rows: readonly CampaignRow[];
  /** The bars, when there are two campaigns or more to compare. */
  readonly chart: BarChartInput | null;
  /** "No activity this month: Holiday Gift Guide (ROI to date 41.2%)", or null. */
  readonly quiet: string | null;
}

export function campaignSection(
  view: ReportView,
  options: { by?: string | undefined; columns?: readonly string[] | undefined; title?: string | undefined } = {},
): CampaignSection | null {
  const { t, style } = view;
  const { campaigns, quietCampaigns } = view.model;
  if (campaigns.length === 0 && quietCampaigns.length === 0) return null;
  const by = options.by ?? defaultRankingMetric(campaigns);
  const ranked = rankCampaigns(campaigns, by, changeDirection(by) === -1 ? -1 : 1);
  const wanted = options.columns ?? CAMPAIGN_COLUMNS;
  const columns = [by, ...wanted.filter((m) => m !== by)].filter((m) => campaigns.some((c) => c.metrics[m]));
  const byLabel = metricLabel(t, by);
  const format = (metric: string, value: number | null) => formatMetric(metric, value, style);
  const meta = (c: CampaignReport) =>
    `${c.platforms.map((p) => platformLabel(t, p)).join(t.listSeparator)} · ${t.campaigns.since(formatDay(c.firstDay, style.locale))}`;
  // What each campaign's tagged links brought to the website, where GA4 names the campaign.
  const visits = view.model.traffic?.campaigns.filter((v) => v.campaign !== null) ?? [];
  const siteColumns = visits.length === 0 ? [] : SITE_COLUMNS.filter((c) => visits.some((v) => v[c.from] !== null));
  const rows = ranked.map((c, i) => {
    const site = visits.find((v) => v.campaign === c.name);
    return {
      name: c.name,
      rank: formatWhole(i + 1, style),
      meta: meta(c),
      cells: [
        ...columns.map((metric) => ({ metric, value: format(metric, c.metrics[metric]?.value ?? null) })),
        ...siteColumns.map((column) => ({ metric: column.id, value: format(column.as, site?.[column.from] ?? null) })),
      ],
      toDate: format(by, c.metrics[by]?.lifetime ?? null),
    };
  });
  const chart: BarChartInput | null =
    ranked.length > 1
      ? {
          title: t.campaigns.chartTitle(byLabel, view.periodLabel),
          description: t.campaigns.chartDescription(
            byLabel,
            view.periodLabel,
            ranked.map((c) => `${c.name} ${format(by, c.metrics[by]?.value ?? null)}`).join(t.clauseSeparator),
          ),
          metric: by,
          bars: ranked.map((c) => ({ label: c.name, value: c.metrics[by]?.value ?? null })),
          valueLabel: (value) => format(by, value),
          notAvailable: t.notAvailable,
        }
      : null;
  const quiet =
    quietCampaigns.length === 0
      ? null
      : t.campaigns.quiet(
          quietCampaigns
            .map((c) =>
              t.campaigns.quietCampaign(
                c.name,
                t.campaigns.toDate(byLabel),
                format(by, c.metrics[by]?.lifetime ?? null),
              ),
            )
            .join(t.listSeparator),
          t.periods.thisOne[view.kind],
        );
  return {
    title:
      options.title ??
      (view.kind === 'month' ? t.campaigns.heading : t.periods.review.campaignRanking(view.periodLabel)),
    rankedBy: t.campaigns.rankedBy(byLabel, t.periods.thisOne[view.kind]),
    by,
    caption: t.campaigns.caption(view.periodLabel),
    campaignLabel: t.campaigns.campaign,
    columns: [
      ...columns.map((metric) => ({ metric, label: metricLabel(t, metric) })),
      ...siteColumns.map((column) => ({ metric: column.id, label: t.campaigns[column.id] })),
    ],
    toDateLabel: t.campaigns.toDate(byLabel),
    rows,
    chart,
    quiet,
  };
}

/**
 * What social sent to the website, as the report shows it: a table by network with the
 * social total, and a table by utm_campaign that marks the campaigns of this report.
 */
import type { VisitTotals } from '../aggregate/social-traffic.ts';
import { formatMetric } from './format.ts';
import { platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface TrafficRowView {
  readonly key: string;
  readonly label: string;
  readonly sessions: string;
  readonly engaged: string;
  readonly conversions: string;
  readonly conversionRate: string;
  readonly revenue: string;
  /** For a campaign: the report's campaign of the same name, if any. */
  readonly campaign?: string | null;
}

export interface TrafficSection {
  readonly title: string;
  readonly intro: string;
  readonly columns: Readonly<
    Record<
      'network' | 'sessions' | 'engaged' | 'conversions' | 'conversionRate' | 'revenue' | 'campaign' | 'ownCampaign',
      string
    >
  >;
  readonly networks: readonly TrafficRowView[];
  readonly total: TrafficRowView;
  readonly campaignsTitle: string;
  readonly campaigns: readonly TrafficRowView[];
  readonly note: string | null;
  /** The number columns some row has a value in: GA4 downloads without revenue show no revenue column. */
  readonly shown: readonly TrafficColumn[];
}

export type TrafficColumn = 'sessions' | 'engaged' | 'conversions' | 'conversionRate' | 'revenue';

const SOURCES: Readonly<Record<TrafficColumn, keyof VisitTotals>> = {
  sessions: 'sessions',
  engaged: 'engagedSessions',
  conversions: 'conversions',
  conversionRate: 'conversionRate',
  revenue: 'revenue',
};

export function trafficSection(view: ReportView, options: { title?: string | undefined } = {}): TrafficSection | null {
  const traffic = view.model.traffic;
  if (traffic === null) return null;
  const { t, style } = view;
  const w = t.traffic;
  const row = (key: string, label: string, totals: VisitTotals): TrafficRowView => ({
    key,
    label,
    sessions: formatMetric('sessions', totals.sessions, style),
    engaged: formatMetric('sessions', totals.engagedSessions, style),
    conversions: formatMetric('conversions', totals.conversions, style),
    conversionRate: formatMetric('conversion_rate', totals.conversionRate, style),
    revenue: formatMetric('revenue', totals.revenue, style),
  });
  return {
    title: options.title ?? w.heading,
    intro: w.intro(view.t.periods.theOne[view.kind]),
    columns: {
      network: w.network,
      sessions: w.sessions,
      engaged: w.engaged,
      conversions: w.conversions,
      conversionRate: w.conversionRate,
      revenue: w.revenue,
      campaign: w.campaign,
      ownCampaign: w.ownCampaign,
    },
    networks: traffic.networks.map((n) => row(n.network, platformLabel(t, n.network), n)),
    total: row('all', w.total, traffic.total),
    campaignsTitle: w.byCampaign,
    campaigns: traffic.campaigns.map((c) => ({ ...row(c.name, c.name, c), campaign: c.campaign })),
    note:
      traffic.acrossMonths > 0
        ? w.acrossMonths(formatMetric('posts', traffic.acrossMonths, style), view.t.periods.theOne[view.kind])
        : null,
    shown: (Object.keys(SOURCES) as TrafficColumn[]).filter((column) =>
      [traffic.total, ...traffic.networks, ...traffic.campaigns].some((totals) => totals[SOURCES[column]] !== null),
    ),
  };
}

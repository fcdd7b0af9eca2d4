/**
 * Campaigns (and content experiments: carousels against reels are two campaigns):
 * every row with a `campaign` rolls up into its campaign across platforms, for the
 * report month and over the campaign's life up to the month's end, with the same
 * sums, rates and ROI as a platform.
 */
import { monthSpan, type Day, type DaySpan, type Month } from '../model/calendar.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { dictionary } from '../model/dictionary.ts';
import { observedDays, type Series } from '../model/series.ts';
import type { ClientData } from '../ingest/load-data-dir.ts';
import type { Amount, Valuation } from './formulas.ts';
import { buildScopes, measureSpan } from './scopes.ts';

export interface CampaignFigures {
  /** In the report month. */
  readonly value: Amount;
  /** From the campaign's first day to the end of the report month. */
  readonly lifetime: Amount;
}

export interface CampaignReport {
  readonly name: string;
  /** The platforms it ran on, in name order. */
  readonly platforms: readonly string[];
  readonly firstDay: Day;
  readonly lastDay: Day;
  /** Base and derived metrics, in the same order as a platform's. */
  readonly metrics: Readonly<Record<string, CampaignFigures>>;
}

/** The campaigns with data in the month or running across it, with their month and lifetime figures. */
export function campaignsInMonth(client: ClientData, month: Month): CampaignReport[] {
  return campaignsIn(client, monthSpan(client.calendar, month));
}

/** The campaigns with data in a report's span of days or running across it, with their figures in it and to its end. */
export function campaignsIn(client: ClientData, span: DaySpan): CampaignReport[] {
  const valuation: Valuation = { leadValue: client.config.lead_value, conversionValue: client.config.conversion_value };
  const byName = new Map<string, Series[]>();
  for (const s of client.series) {
    if (s.campaign === '') continue;
    const list = byName.get(s.campaign) ?? [];
    list.push(s);
    byName.set(s.campaign, list);
  }
  const reports: CampaignReport[] = [];
  for (const [name, series] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const extent = daysOf(series);
    if (!extent || extent.last < span.from || extent.first > span.to) continue;
    const scopes = buildScopes(series);
    const inMonth = measureSpan(scopes, span, valuation).get(ALL_PLATFORMS)!.values;
    const lifetimeSpan: DaySpan = { from: Math.min(extent.first, span.from), to: span.to };
    const lifetime = measureSpan(scopes, lifetimeSpan, valuation).get(ALL_PLATFORMS)!.values;
    const metrics = dictionary<CampaignFigures>();
    for (const metric of [...scopes.all.metrics, ...scopes.all.derived]) {
      metrics[metric] = { value: inMonth[metric] ?? null, lifetime: lifetime[metric] ?? null };
    }
    reports.push({
      name,
      platforms: scopes.platforms.map((p) => p.name),
      firstDay: extent.first,
      lastDay: extent.last,
      metrics,
    });
  }
  return reports;
}

/** From a campaign's first day to its last, whether given as days or as month totals. */
function daysOf(series: readonly Series[]): { first: Day; last: Day } | null {
  const { dayRows, monthTotals } = observedDays(series);
  if (!dayRows && !monthTotals) return null;
  return {
    first: Math.min(dayRows?.from ?? Infinity, monthTotals?.from ?? Infinity),
    last: Math.max(dayRows?.to ?? -Infinity, monthTotals?.to ?? -Infinity),
  };
}

/** The metric campaigns are ranked on when the template names none: ROI, or engagement where there is no money. */
export function defaultRankingMetric(campaigns: readonly CampaignReport[]): string {
  return campaigns.some((c) => (c.metrics.roi?.value ?? null) !== null) ? 'roi' : 'engagement_rate';
}

/**
 * Best first on `metric`, for the month (or the lifetime). A lower cost per result is
 * better; campaigns without the metric come last, in name order.
 */
export function rankCampaigns(
  campaigns: readonly CampaignReport[],
  metric: string,
  direction: 1 | -1,
  over: keyof CampaignFigures = 'value',
): CampaignReport[] {
  const score = (c: CampaignReport) => c.metrics[metric]?.[over] ?? null;
  return [...campaigns].sort((a, b) => {
    const x = score(a);
    const y = score(b);
    if (x === null || y === null) return x === null && y === null ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    return (y - x) * direction || a.name.localeCompare(b.name);
  });
}

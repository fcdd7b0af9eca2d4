/**
 * What social sent to the website in a month, from GA4's sessions by source / medium
 * and by campaign: sessions, engaged sessions, key events and revenue per network, and
 * per utm_campaign, joined to the client's campaigns of the same name. A source is a
 * network by its host (l.instagram.com, t.co) or the utm_source a link was tagged
 * with (instagram, fb), from a documented table the client may add to.
 */
import type { DaySpan } from '../model/calendar.ts';
import { dictionaryFrom } from '../model/dictionary.ts';
import type { SiteVisits } from '../model/traffic.ts';
import { ratio, sumReported, type Amount } from './formulas.ts';

/** Traffic sources and the network each is, as GA4 writes them (lower case). */
export const SOCIAL_SOURCES: Readonly<Record<string, string>> = {
  'facebook.com': 'facebook',
  'm.facebook.com': 'facebook',
  'l.facebook.com': 'facebook',
  'lm.facebook.com': 'facebook',
  facebook: 'facebook',
  fb: 'facebook',
  'instagram.com': 'instagram',
  'l.instagram.com': 'instagram',
  instagram: 'instagram',
  ig: 'instagram',
  't.co': 'x',
  'x.com': 'x',
  'twitter.com': 'x',
  twitter: 'x',
  'lnkd.in': 'linkedin',
  'linkedin.com': 'linkedin',
  linkedin: 'linkedin',
  'youtube.com': 'youtube',
  'm.youtube.com': 'youtube',
  youtube: 'youtube',
  'tiktok.com': 'tiktok',
  tiktok: 'tiktok',
  't.me': 'telegram',
  telegram: 'telegram',
};

/** client.yaml's traffic_sources as networkOf reads them: sources in lower case. */
export function addedSources(configured: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return dictionaryFrom(Object.entries(configured).map(([source, network]) => [source.toLowerCase(), network]));
}

/** The network a source is, by the client's table over the default one; null for a source that is not social. */
export function networkOf(source: string | null, added: Readonly<Record<string, string>> = {}): string | null {
  if (source === null) return null;
  const host = source
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
  return added[host] ?? SOCIAL_SOURCES[host] ?? null;
}

export interface VisitTotals {
  readonly sessions: Amount;
  readonly engagedSessions: Amount;
  readonly conversions: Amount;
  readonly revenue: Amount;
  /** Key events per 100 sessions. */
  readonly conversionRate: Amount;
}

export interface CampaignVisits extends VisitTotals {
  /** The utm_campaign as GA4 gives it. */
  readonly name: string;
  /** The client's campaign of the same name (any case), when there is one. */
  readonly campaign: string | null;
}

export interface SocialTraffic {
  readonly span: DaySpan;
  /** By network, the most sessions first. */
  readonly networks: ReadonlyArray<VisitTotals & { readonly network: string }>;
  readonly total: VisitTotals;
  /** By utm_campaign, from social sources (or any, when the report names no source), the most sessions first. */
  readonly campaigns: readonly CampaignVisits[];
  /** Rows whose dates run past the month: they cannot be split by month, so they are left out. */
  readonly acrossMonths: number;
}

export function visitTotals(rows: readonly SiteVisits[]): VisitTotals {
  const sum = (pick: (row: SiteVisits) => Amount) => sumReported(...rows.map(pick));
  const sessions = sum((row) => row.sessions);
  const conversions = sum((row) => row.conversions);
  return {
    sessions,
    engagedSessions: sum((row) => row.engagedSessions),
    conversions,
    revenue: sum((row) => row.revenue),
    conversionRate: ratio(conversions, sessions, 100),
  };
}

/** Null when GA4 gave no sessions by source or campaign in the month. */
export function socialTraffic(
  visits: readonly SiteVisits[],
  span: DaySpan,
  sources: Readonly<Record<string, string>>,
  campaignNames: readonly string[],
): SocialTraffic | null {
  const inSpan = visits.filter((v) => v.from >= span.from && v.to <= span.to);
  const acrossMonths = visits.filter((v) => v.from <= span.to && v.to >= span.from && !inSpan.includes(v)).length;
  if (inSpan.length === 0) return null;
  // A report by source alone counts each session once; one by source and campaign does too,
  // over its campaigns: the first when there is one, so that the two never add up.
  const bySource = inSpan.filter((v) => v.source !== null && !v.byCampaign);
  const sourced = bySource.length > 0 ? bySource : inSpan.filter((v) => v.source !== null);
  const social = sourced.filter((v) => networkOf(v.source, sources) !== null);
  const networks = new Map<string, SiteVisits[]>();
  for (const row of social) {
    const network = networkOf(row.source, sources)!;
    networks.set(network, [...(networks.get(network) ?? []), row]);
  }
  const campaigns = new Map<string, SiteVisits[]>();
  for (const row of inSpan) {
    if (row.campaign === null || !row.byCampaign) continue;
    if (row.source !== null && networkOf(row.source, sources) === null) continue;
    const key = row.campaign.toLowerCase();
    campaigns.set(key, [...(campaigns.get(key) ?? []), row]);
  }
  const bySessions = (a: VisitTotals, b: VisitTotals) => (b.sessions ?? -1) - (a.sessions ?? -1);
  return {
    span,
    networks: [...networks].map(([network, rows]) => ({ network, ...visitTotals(rows) })).sort(bySessions),
    total: visitTotals(social),
    campaigns: [...campaigns.values()]
      .map((rows) => {
        const name = rows[0]!.campaign!;
        const own = campaignNames.find((c) => c.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0);
        return { name, campaign: own ?? null, ...visitTotals(rows) };
      })
      .sort(bySessions),
    acrossMonths,
  };
}

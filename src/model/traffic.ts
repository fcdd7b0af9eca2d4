/**
 * Website sessions that one traffic source / medium, or one campaign, brought over a
 * span of days, as Google Analytics breaks them down. Social networks are told apart
 * from the source (l.instagram.com, t.co) or the utm_source a link was tagged with.
 */
import type { Day } from './calendar.ts';

export interface SiteVisits {
  readonly from: Day;
  readonly to: Day;
  /** Lower case: "l.instagram.com", "facebook"; null when the report is by campaign alone. */
  readonly source: string | null;
  readonly medium: string | null;
  /** utm_campaign as written; null for none. */
  readonly campaign: string | null;
  /** From a report broken down by campaign (and maybe source too). */
  readonly byCampaign: boolean;
  readonly sessions: number | null;
  readonly engagedSessions: number | null;
  /** Key events. */
  readonly conversions: number | null;
  readonly revenue: number | null;
  readonly file: string;
  readonly line: number;
}

/**
 * Needs attention: the KPIs that moved past their threshold against the month before,
 * so that a team reacts at once when something stops working, as the source articles
 * ask. A threshold is a percent change: -15% flags a fall of 15% or more, +20% a rise
 * of 20% or more (a cost per result). The month before is compared like for like, as
 * month-over-month always is.
 */
import type { Amount, Change } from './formulas.ts';

/** The thresholds every client has unless client.yaml's `attention:` changes or turns them off. */
export const DEFAULT_ATTENTION: Readonly<Record<string, number>> = {
  followers: -2,
  impressions: -25,
  engagement_rate: -15,
  conversions: -25,
  cpa: 20,
};

export interface AttentionItem {
  readonly metric: string;
  /** The threshold it passed, in percent: negative for a fall, positive for a rise. */
  readonly threshold: number;
  readonly value: Amount;
  readonly previous: Amount;
  /** The percent change against the month before. */
  readonly pct: number;
}

/** The thresholds for a client: the defaults, changed or turned off (null) by its own. */
export function attentionThresholds(own: Readonly<Record<string, number | null>>): Map<string, number> {
  const merged = new Map<string, number>(Object.entries(DEFAULT_ATTENTION));
  for (const [metric, threshold] of Object.entries(own)) {
    if (threshold === null) merged.delete(metric);
    else merged.set(metric, threshold);
  }
  return merged;
}

/** Each KPI past its threshold, the furthest past first; a change that cannot be worked out never is. */
export function needsAttention(
  thresholds: ReadonlyMap<string, number>,
  changeOf: (metric: string) => (Change & { readonly value: Amount }) | null,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const [metric, threshold] of thresholds) {
    const change = changeOf(metric);
    if (change === null || change.pct === null) continue;
    // 3.4% to 2.72% is -19.999999999999993% in floating point: a change exactly at its threshold counts.
    const pct = Math.round(change.pct * 1e6) / 1e6;
    const past = threshold < 0 ? pct <= threshold : pct >= threshold;
    if (past) items.push({ metric, threshold, value: change.value, previous: change.previous, pct });
  }
  return items.sort((a, b) => Math.abs(b.pct / b.threshold) - Math.abs(a.pct / a.threshold));
}

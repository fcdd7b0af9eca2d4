/**
 * Wins, losses and opportunities, drafted from the month's numbers so the analyst
 * starts from the biggest movers instead of a blank page. The analyst can replace
 * or extend them with notes; these are facts, not advice.
 */
import { goodDirection } from '../model/metric-registry.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import type { MetricFigures, PeriodReport } from './client-report.ts';

export type Basis = 'mom' | 'yoy';

/** A metric that moved a lot against last month or last year. */
export interface Mover {
  readonly platform: string;
  readonly metric: string;
  readonly basis: Basis;
  readonly pct: number;
  readonly value: number;
  readonly previous: number;
}

/** A platform that does markedly better than the platforms together on a rate. */
export interface Opportunity {
  readonly platform: string;
  readonly metric: string;
  readonly value: number;
  /** The same rate across all platforms. */
  readonly overall: number;
}

export interface Highlights {
  readonly wins: Mover[];
  readonly losses: Mover[];
  readonly opportunities: Opportunity[];
}

/** Changes smaller than this are noise, not news. */
const MIN_CHANGE_PCT = 5;
/** A count that went from 3 to 6 "doubled", which says little. */
const MIN_PREVIOUS_COUNT = 20;
/** Rates where a platform beating the overall figure is worth a look, and which side is better. */
const OPPORTUNITY_RATES = ['engagement_rate', 'ctr', 'conversion_rate', 'cpc', 'cpa', 'roas'];
/** How much better than overall a platform must do, relatively, to be named. */
const OPPORTUNITY_MARGIN = 0.2;
const RATE_OR_MONEY = new Set(['engagement_rate', 'ctr', 'conversion_rate', 'cpc', 'cpm', 'cpa', 'roas', 'roi']);

export function draftHighlights(month: PeriodReport, limit = 3): Highlights {
  const movers = new Map<string, Mover & { goodness: number }>();
  for (const [platform, metrics] of Object.entries(month.platforms)) {
    for (const [metric, figures] of Object.entries(metrics)) {
      const direction = goodDirection(metric);
      if (direction === 0) continue;
      for (const basis of ['mom', 'yoy'] as const) {
        const mover = moverOf(platform, metric, figures, basis);
        if (!mover) continue;
        const goodness = mover.pct * direction;
        const key = `${platform}/${metric}`;
        const seen = movers.get(key);
        // One line per metric and platform: the larger of its two movements.
        if (!seen || Math.abs(goodness) > Math.abs(seen.goodness)) movers.set(key, { ...mover, goodness });
      }
    }
  }
  const ranked = [...movers.values()].sort((a, b) => b.goodness - a.goodness || rankOfScope(a) - rankOfScope(b));
  const strip = ({ goodness: _, ...mover }: Mover & { goodness: number }): Mover => mover;
  return {
    wins: ranked
      .filter((m) => m.goodness > 0)
      .slice(0, limit)
      .map(strip),
    losses: ranked
      .filter((m) => m.goodness < 0)
      .reverse()
      .slice(0, limit)
      .map(strip),
    opportunities: opportunities(month).slice(0, limit),
  };
}

function moverOf(platform: string, metric: string, figures: MetricFigures, basis: Basis): Mover | null {
  const { pct, previous } = figures[basis];
  const value = figures.value;
  if (pct === null || previous === null || value === null || Math.abs(pct) < MIN_CHANGE_PCT) return null;
  if (!RATE_OR_MONEY.has(metric) && Math.abs(previous) < MIN_PREVIOUS_COUNT) return null;
  return { platform, metric, basis, pct, value, previous };
}

/** The cross-platform total first when two movements are equal. */
function rankOfScope(mover: Mover): number {
  return mover.platform === ALL_PLATFORMS ? 0 : 1;
}

function opportunities(month: PeriodReport): Opportunity[] {
  const overall = month.platforms[ALL_PLATFORMS] ?? {};
  const found: Array<Opportunity & { margin: number }> = [];
  for (const metric of OPPORTUNITY_RATES) {
    const total = overall[metric]?.value ?? null;
    if (total === null || total === 0) continue;
    const direction = goodDirection(metric);
    let best: (Opportunity & { margin: number }) | null = null;
    for (const [platform, metrics] of Object.entries(month.platforms)) {
      if (platform === ALL_PLATFORMS) continue;
      const value = metrics[metric]?.value ?? null;
      if (value === null) continue;
      const margin = ((value - total) / Math.abs(total)) * direction;
      if (margin >= OPPORTUNITY_MARGIN && (!best || margin > best.margin))
        best = { platform, metric, value, overall: total, margin };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => b.margin - a.margin).map(({ margin: _, ...rest }) => rest);
}

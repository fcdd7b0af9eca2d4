/**
 * An account's numbers grouped for measuring: a scope per platform and one for the
 * cross-platform total, and every scope's figures over any span of days (flows
 * summed, stocks at the span's end, derived metrics recomputed from the span's sums).
 * The client's reports, its campaigns and its competitors are all measured here.
 */
import type { DaySpan } from '../model/calendar.ts';
import { ALL_PLATFORMS, BUILT_IN_METRICS, isBuiltInMetric, type DerivedMetricId } from '../model/metrics.ts';
import { dictionary } from '../model/dictionary.ts';
import { factsOf } from '../model/metric-registry.ts';
import type { Series } from '../model/series.ts';
import { DERIVED_METRICS, derivedMetricsFor, withDerived, type Totals } from './derived-metrics.ts';
import type { Amount, Valuation } from './formulas.ts';
import { MergedFlow, measureFlow, measureStock, type DaySeries } from './measure.ts';

export interface Scope {
  readonly name: string;
  readonly byMetric: ReadonlyMap<string, DaySeries[]>;
  readonly metrics: readonly string[];
  readonly derived: readonly DerivedMetricId[];
}

export interface Scopes {
  readonly platforms: readonly Scope[];
  /** The cross-platform total: its base metrics are sums of the platforms' own. */
  readonly all: Scope;
}

const BUILT_IN_ORDER = Object.keys(BUILT_IN_METRICS);

/**
 * Every platform's figures over a span of days, of any account's scopes (the client's,
 * a competitor's), each span measured once: consecutive months share spans (this
 * month's MoM span is last month's own).
 */
export function spanMeasurer(
  scopes: Scopes,
  valuation: Valuation,
  revenueOf?: RevenueSource,
): (span: DaySpan | null) => Map<string, ScopeFigures> {
  const measured = new Map<string, Map<string, ScopeFigures>>();
  return (span) => {
    const key = span === null ? '' : `${span.from}:${span.to}`;
    let figures = measured.get(key);
    if (!figures) {
      figures = measureSpan(scopes, span, valuation, revenueOf);
      measured.set(key, figures);
    }
    return figures;
  };
}

export function buildScopes(series: readonly Series[]): Scopes {
  const groups = new Map<string, Map<string, Series[]>>();
  for (const s of series) {
    let byMetric = groups.get(s.platform);
    if (!byMetric) {
      byMetric = new Map();
      groups.set(s.platform, byMetric);
    }
    const list = byMetric.get(s.metric) ?? [];
    list.push(s);
    byMetric.set(s.metric, list);
  }
  const platforms = [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, bySeries]): Scope => {
      const reported = new Set(bySeries.keys());
      const byMetric = new Map([...bySeries].map(([metric, list]) => [metric, mergeCampaigns(metric, list)]));
      return { name, byMetric, metrics: orderMetrics(reported), derived: derivedMetricsFor(reported) };
    });
  const reported = new Set(platforms.flatMap((p) => p.metrics));
  // A like-for-like rate across platforms needs one platform that reports both of its inputs.
  const derived = derivedMetricsFor(reported).filter(
    (id) => DERIVED_METRICS[id].acrossPlatforms.rule === 'blended' || platforms.some((p) => p.derived.includes(id)),
  );
  const all: Scope = { name: ALL_PLATFORMS, byMetric: new Map(), metrics: orderMetrics(reported), derived };
  return { platforms, all };
}

/** A platform's campaigns of one flow, added into one series: the totals are the same, measured once. */
function mergeCampaigns(metric: string, list: Series[]): DaySeries[] {
  // Unique people stay apart: whether their sum is an upper bound depends on how many series gave it.
  const mergeable = list.length > 1 && list[0]!.kind === 'flow' && !factsOf(metric).unique;
  return mergeable && list.every((s) => s.monthSpans.length === 0) ? [new MergedFlow(list)] : list;
}

function orderMetrics(reported: ReadonlySet<string>): string[] {
  const builtIn = BUILT_IN_ORDER.filter((id) => reported.has(id));
  const custom = [...reported].filter((id) => !isBuiltInMetric(id)).sort();
  return [...builtIn, ...custom];
}

/** A scope's base metrics measured over one span. */
interface BaseTotals {
  readonly values: Readonly<Record<string, Amount>>;
  /** Metrics whose amount in the span is unknown (the span cuts a month total). */
  readonly unknown: ReadonlySet<string>;
  readonly reachUpperBound: boolean;
}

const NO_SPAN: BaseTotals = { values: dictionary(), unknown: new Set(), reachUpperBound: false };

function measurePlatform(scope: Scope, span: DaySpan | null): BaseTotals {
  if (span === null) return NO_SPAN;
  const values = dictionary<Amount>();
  const unknown = new Set<string>();
  let reachUpperBound = false;
  for (const metric of scope.metrics) {
    const list = scope.byMetric.get(metric)!;
    const measured = list[0]!.kind === 'stock' ? measureStock(list, span) : measureFlow(list, span);
    values[metric] = measured.value;
    if (!measured.known) unknown.add(metric);
    if (factsOf(metric).unique) reachUpperBound = measured.observations > 1 || measured.contributors > 1;
  }
  return { values, unknown, reachUpperBound };
}

/** Flows and stocks alike add up across platforms: total followers are the sum of each platform's last count. */
function addPlatforms(metrics: readonly string[], parts: readonly BaseTotals[]): BaseTotals {
  const values = dictionary<Amount>();
  const unknown = new Set<string>();
  for (const metric of metrics) {
    let total: Amount = null;
    for (const part of parts) {
      if (part.unknown.has(metric)) unknown.add(metric);
      const value = part.values[metric] ?? null;
      if (value !== null) total = (total ?? 0) + value;
    }
    values[metric] = unknown.has(metric) ? null : total;
  }
  const reporting = parts.filter((part) => (part.values.reach ?? null) !== null);
  const reachUpperBound = reporting.length > 1 || reporting.some((part) => part.reachUpperBound);
  return { values, unknown, reachUpperBound };
}

export interface ScopeFigures {
  readonly values: Readonly<Record<string, Amount>>;
  readonly reachUpperBound: boolean;
}

/** The revenue of a platform (or all) over a span that value created counts instead of the platforms' own. */
export type RevenueSource = (platform: string, span: DaySpan | null) => Amount;

/** Every scope's figures over one span, derived metrics included. */
export function measureSpan(
  scopes: Scopes,
  span: DaySpan | null,
  valuation: Valuation,
  revenueOf?: RevenueSource,
): Map<string, ScopeFigures> {
  const out = new Map<string, ScopeFigures>();
  const parts: BaseTotals[] = [];
  const valued = (platform: string): Valuation =>
    revenueOf === undefined ? valuation : { ...valuation, revenue: revenueOf(platform, span) };
  for (const scope of scopes.platforms) {
    const base = measurePlatform(scope, span);
    parts.push(base);
    const values = withDerived(base.values as Totals, scope.derived, valued(scope.name), base.unknown);
    out.set(scope.name, { values, reachUpperBound: base.reachUpperBound });
  }
  const all = addPlatforms(scopes.all.metrics, parts);
  const partValues = parts.map((part) => part.values as Totals);
  const values = withDerived(all.values as Totals, scopes.all.derived, valued(ALL_PLATFORMS), all.unknown, partValues);
  out.set(ALL_PLATFORMS, { values, reachUpperBound: all.reachUpperBound });
  return out;
}

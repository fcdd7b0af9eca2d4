/**
 * The derived metrics, each defined once: which base metrics it needs and how it
 * is computed from a period's totals. Platform, cross-platform, monthly,
 * quarter-to-date and year-to-date figures all go through this table.
 */
import { dictionary, dictionaryFrom } from '../model/dictionary.ts';
import { COSTS, VALUE_SOURCES, type DerivedMetricId } from '../model/metric-registry.ts';
import {
  clickThroughRate,
  conversionRate,
  costPerAcquisition,
  costPerClick,
  costPerMille,
  engagementRate,
  returnOnAdSpend,
  returnOnInvestment,
  totalCost,
  valueCreated,
  type Amount,
  type Valuation,
} from './formulas.ts';

export type Totals = Readonly<Record<string, Amount>>;

/**
 * How a derived metric is taken across platforms. A rate about one platform's own
 * audience (engagement rate, CTR, CPC, CPM, conversion rate) is like for like: its
 * numerator and denominator are summed only over the platforms that report both, so a
 * platform with impressions but no clicks does not dilute the click-through rate.
 * Money efficiency (ROAS, CPA, ROI) is blended: all revenue over all ad spend, because
 * revenue and conversions are often tracked apart from the ads (a shop, GA4), and ad
 * spend without reported revenue must not drop out.
 */
export type AcrossPlatforms =
  | { readonly rule: 'like-for-like'; readonly pair: readonly [numerator: string, denominator: string] }
  | { readonly rule: 'blended' };

interface DerivedMetric {
  /** Shown when the scope reports at least one base metric of every group. */
  readonly needs: ReadonlyArray<readonly string[]>;
  readonly compute: (t: Totals, valuation: Valuation) => Amount;
  readonly acrossPlatforms: AcrossPlatforms;
}

const likeForLike = (numerator: string, denominator: string): AcrossPlatforms => ({
  rule: 'like-for-like',
  pair: [numerator, denominator],
});
const BLENDED: AcrossPlatforms = { rule: 'blended' };

const VALUE_INPUTS = VALUE_SOURCES;
const COST_INPUTS = COSTS;

const get = (t: Totals, id: string): Amount => t[id] ?? null;

// With value_source: ga4 the platforms' revenue never counts beside GA4's: one or the other.
const value = (t: Totals, v: Valuation) =>
  valueCreated(v.revenue !== undefined ? v.revenue : get(t, 'revenue'), get(t, 'leads'), get(t, 'conversions'), v);
const cost = (t: Totals) => totalCost(get(t, 'spend'), get(t, 'cost'));

export const DERIVED_METRICS: Readonly<Record<DerivedMetricId, DerivedMetric>> = {
  engagement_rate: {
    needs: [['engagements'], ['impressions']],
    acrossPlatforms: likeForLike('engagements', 'impressions'),
    compute: (t) => engagementRate(get(t, 'engagements'), get(t, 'impressions')),
  },
  ctr: {
    needs: [['clicks'], ['impressions']],
    acrossPlatforms: likeForLike('clicks', 'impressions'),
    compute: (t) => clickThroughRate(get(t, 'clicks'), get(t, 'impressions')),
  },
  conversion_rate: {
    needs: [['conversions'], ['clicks']],
    acrossPlatforms: likeForLike('conversions', 'clicks'),
    compute: (t) => conversionRate(get(t, 'conversions'), get(t, 'clicks')),
  },
  cpc: {
    needs: [['spend'], ['clicks']],
    acrossPlatforms: likeForLike('spend', 'clicks'),
    compute: (t) => costPerClick(get(t, 'spend'), get(t, 'clicks')),
  },
  cpm: {
    needs: [['spend'], ['impressions']],
    acrossPlatforms: likeForLike('spend', 'impressions'),
    compute: (t) => costPerMille(get(t, 'spend'), get(t, 'impressions')),
  },
  cpa: {
    needs: [['spend'], ['conversions']],
    acrossPlatforms: BLENDED,
    compute: (t) => costPerAcquisition(get(t, 'spend'), get(t, 'conversions')),
  },
  roas: {
    needs: [['revenue'], ['spend']],
    acrossPlatforms: BLENDED,
    compute: (t) => returnOnAdSpend(get(t, 'revenue'), get(t, 'spend')),
  },
  value: {
    needs: [VALUE_INPUTS],
    compute: value,
    acrossPlatforms: BLENDED,
  },
  total_cost: {
    needs: [COST_INPUTS],
    compute: cost,
    acrossPlatforms: BLENDED,
  },
  roi: {
    needs: [VALUE_INPUTS, COST_INPUTS],
    compute: (t, v) => returnOnInvestment(value(t, v), cost(t)),
    acrossPlatforms: BLENDED,
  },
};

/** The rates (not the sums value and total_cost) that follow a rule across platforms, for the methodology. */
export function ratesAcrossPlatforms(rule: AcrossPlatforms['rule']): DerivedMetricId[] {
  return (Object.keys(DERIVED_METRICS) as DerivedMetricId[]).filter(
    (id) => id !== 'value' && id !== 'total_cost' && DERIVED_METRICS[id].acrossPlatforms.rule === rule,
  );
}

/** The derived metrics that make sense for a scope, given the base metrics it reports. */
export function derivedMetricsFor(reported: ReadonlySet<string>): DerivedMetricId[] {
  return (Object.keys(DERIVED_METRICS) as DerivedMetricId[]).filter((id) =>
    DERIVED_METRICS[id].needs.every((group) => group.some((metric) => reported.has(metric))),
  );
}

/**
 * Adds the derived metrics to a span's totals. A derived metric with an input whose
 * amount is unknown in the span is itself unknown: treating the unknown input as
 * "not reported" would, for instance, leave costs out of an ROI.
 *
 * `parts` are the per-platform totals that `totals` adds up, given for the
 * cross-platform scope so that a like-for-like rate is taken over the platforms
 * reporting both of its inputs.
 */
export function withDerived(
  totals: Totals,
  ids: readonly DerivedMetricId[],
  valuation: Valuation,
  unknown: ReadonlySet<string> = new Set(),
  parts?: readonly Totals[],
): Record<string, Amount> {
  const out = Object.assign(dictionary<Amount>(), totals);
  for (const id of ids) {
    const { needs, compute, acrossPlatforms } = DERIVED_METRICS[id];
    if (needs.some((group) => group.some((metric) => unknown.has(metric)))) out[id] = null;
    else if (acrossPlatforms.rule === 'like-for-like' && parts)
      out[id] = compute(pairedTotals(parts, acrossPlatforms.pair), valuation);
    else out[id] = compute(totals, valuation);
  }
  return out;
}

function pairedTotals(parts: readonly Totals[], [numerator, denominator]: readonly [string, string]): Totals {
  let top: Amount = null;
  let bottom: Amount = null;
  for (const part of parts) {
    const n = get(part, numerator);
    const d = get(part, denominator);
    if (n === null || d === null) continue;
    top = (top ?? 0) + n;
    bottom = (bottom ?? 0) + d;
  }
  return dictionaryFrom([
    [numerator, top],
    [denominator, bottom],
  ]);
}

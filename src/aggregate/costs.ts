/**
 * Where the money went: total cost (ad spend plus every other cost) by category.
 * Ad spend without a category counts as ads; any other cost without one as other.
 */
import type { DaySpan } from '../model/calendar.ts';
import { COST_CATEGORIES, COST_METRICS, type CostCategory } from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import type { Amount } from './formulas.ts';
import { measureFlow } from './measure.ts';

export type CostBreakdown = Readonly<Record<CostCategory, Amount>> & { readonly total: Amount };

export function categoryOf(series: Series): CostCategory {
  if (series.category) return series.category as CostCategory;
  return series.metric === 'spend' ? 'ads' : 'other';
}

/** Cost by category over a span; null for a category with nothing reported. */
export function costBreakdown(series: readonly Series[], span: DaySpan, platform?: string): CostBreakdown {
  const costs = series.filter((s) => COST_METRICS.has(s.metric) && (platform === undefined || s.platform === platform));
  const byCategory = {} as Record<CostCategory, Amount>;
  let total: Amount = null;
  for (const category of COST_CATEGORIES) {
    const measured = measureFlow(
      costs.filter((s) => categoryOf(s) === category),
      span,
    );
    byCategory[category] = measured.value;
    if (measured.value !== null) total = (total ?? 0) + measured.value;
  }
  return { ...byCategory, total };
}

/**
 * The report's arithmetic, as pure functions of already-summed numbers.
 *
 * Every ratio takes the period's summed numerator and denominator: averaging daily
 * rates would weigh a quiet day like a busy one. A missing input or a zero
 * denominator gives null, which the report shows as "n/a" (never Infinity or NaN).
 */
export type Amount = number | null;

function finiteOrNull(x: number): Amount {
  return Number.isFinite(x) ? x : null;
}

/** numerator / denominator * scale, or null when either is missing or the denominator is 0. */
export function ratio(numerator: Amount, denominator: Amount, scale = 1): Amount {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return finiteOrNull((numerator / denominator) * scale);
}

/** Engagements per 100 impressions. The base is impressions, not reach or followers. */
export function engagementRate(engagements: Amount, impressions: Amount): Amount {
  return ratio(engagements, impressions, 100);
}

/** Click-through rate: clicks per 100 impressions. */
export function clickThroughRate(clicks: Amount, impressions: Amount): Amount {
  return ratio(clicks, impressions, 100);
}

/** Conversions per 100 clicks. */
export function conversionRate(conversions: Amount, clicks: Amount): Amount {
  return ratio(conversions, clicks, 100);
}

/** Ad spend per click, in the client's currency. */
export function costPerClick(spend: Amount, clicks: Amount): Amount {
  return ratio(spend, clicks);
}

/** Ad spend per thousand impressions, in the client's currency. */
export function costPerMille(spend: Amount, impressions: Amount): Amount {
  return ratio(spend, impressions, 1000);
}

/** Ad spend per conversion (cost per acquisition), in the client's currency. */
export function costPerAcquisition(spend: Amount, conversions: Amount): Amount {
  return ratio(spend, conversions);
}

/** Return on ad spend: revenue as a multiple of ad spend (4.2 means 4.2x). */
export function returnOnAdSpend(revenue: Amount, spend: Amount): Amount {
  return ratio(revenue, spend);
}

/** Sums the reported parts; null only when none of them was reported. */
export function sumReported(...parts: Amount[]): Amount {
  let total: Amount = null;
  for (const part of parts) if (part !== null) total = (total ?? 0) + part;
  return total;
}

export interface Valuation {
  /** Money a lead is worth to the client. */
  readonly leadValue: number;
  /** Money a conversion is worth, on top of any revenue reported for it. */
  readonly conversionValue: number;
  /**
   * The revenue that counts in value created instead of the platforms' own: Google
   * Analytics' revenue from social sources (value_source: ga4). Absent: the platforms'.
   */
  readonly revenue?: Amount;
}

/** Value created: revenue + leads x value per lead + conversions x value per conversion. */
export function valueCreated(revenue: Amount, leads: Amount, conversions: Amount, valuation: Valuation): Amount {
  return sumReported(
    revenue,
    leads === null ? null : leads * valuation.leadValue,
    conversions === null ? null : conversions * valuation.conversionValue,
  );
}

/** Everything spent: ad spend plus every other cost. */
export function totalCost(spend: Amount, cost: Amount): Amount {
  return sumReported(spend, cost);
}

/** ROI % = (value created - total cost) / total cost x 100. */
export function returnOnInvestment(value: Amount, cost: Amount): Amount {
  if (value === null) return null;
  return ratio(value - (cost ?? 0), cost, 100);
}

/** (followers at end - followers at start) / followers at start x 100. */
export function audienceGrowthRate(followersAtStart: Amount, followersAtEnd: Amount): Amount {
  if (followersAtEnd === null) return null;
  return ratio(followersAtEnd - (followersAtStart ?? 0), followersAtStart, 100);
}

/** How a value moved against an earlier one. */
export interface Change {
  readonly previous: Amount;
  readonly change: Amount;
  /** Percent change, against the size of the previous value; null when it was missing or 0. */
  readonly pct: Amount;
}

export function compare(current: Amount, previous: Amount): Change {
  const change = current === null || previous === null ? null : finiteOrNull(current - previous);
  // Dividing by |previous| keeps the sign meaningful when a value (an ROI) was negative.
  const pct =
    change === null || previous === null || previous === 0 ? null : finiteOrNull((change / Math.abs(previous)) * 100);
  return { previous, change, pct };
}

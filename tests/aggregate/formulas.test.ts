import { describe, expect, it } from 'vitest';
import {
  audienceGrowthRate,
  clickThroughRate,
  compare,
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
} from '../../src/aggregate/formulas.ts';

const NO_VALUATION = { leadValue: 0, conversionValue: 0 };

/** Every two-argument ratio must give null (not Infinity/NaN/0) for null inputs and a zero denominator. */
const RATIOS: Array<[string, (a: Amount, b: Amount) => Amount]> = [
  ['engagementRate', engagementRate],
  ['clickThroughRate', clickThroughRate],
  ['conversionRate', conversionRate],
  ['costPerClick', costPerClick],
  ['costPerMille', costPerMille],
  ['costPerAcquisition', costPerAcquisition],
  ['returnOnAdSpend', returnOnAdSpend],
  ['returnOnInvestment', returnOnInvestment],
  ['audienceGrowthRate', audienceGrowthRate],
];

describe('ratio formulas', () => {
  it('engagementRate = engagements / impressions * 100', () => {
    // 250 / 10,000 * 100 = 2.5
    expect(engagementRate(250, 10_000)).toBeCloseTo(2.5, 10);
    // 1 / 3 * 100 = 33.333…
    expect(engagementRate(1, 3)).toBeCloseTo(33.3333, 4);
    // 0 engagements over real impressions is a real 0%, not n/a
    expect(engagementRate(0, 500)).toBe(0);
  });

  it('clickThroughRate = clicks / impressions * 100', () => {
    // 37 / 2,000 * 100 = 1.85
    expect(clickThroughRate(37, 2_000)).toBeCloseTo(1.85, 10);
  });

  it('conversionRate = conversions / clicks * 100', () => {
    // 12 / 480 * 100 = 2.5
    expect(conversionRate(12, 480)).toBeCloseTo(2.5, 10);
  });

  it('costPerClick = spend / clicks', () => {
    // 150 / 60 = 2.5
    expect(costPerClick(150, 60)).toBeCloseTo(2.5, 10);
  });

  it('costPerMille = spend / impressions * 1000', () => {
    // 45 / 9,000 * 1000 = 5
    expect(costPerMille(45, 9_000)).toBeCloseTo(5, 10);
    // 10 / 3,000 * 1000 = 3.333…
    expect(costPerMille(10, 3_000)).toBeCloseTo(3.3333, 4);
  });

  it('costPerAcquisition = spend / conversions', () => {
    // 900 / 12 = 75
    expect(costPerAcquisition(900, 12)).toBeCloseTo(75, 10);
  });

  it('returnOnAdSpend = revenue / spend (a multiple)', () => {
    // 4,200 / 1,000 = 4.2 (4.2x, not 420)
    expect(returnOnAdSpend(4_200, 1_000)).toBeCloseTo(4.2, 10);
  });

  it('audienceGrowthRate = (end - start) / start * 100', () => {
    // (1,100 - 1,000) / 1,000 * 100 = 10
    expect(audienceGrowthRate(1_000, 1_100)).toBeCloseTo(10, 10);
    // (950 - 1,000) / 1,000 * 100 = -5
    expect(audienceGrowthRate(1_000, 950)).toBeCloseTo(-5, 10);
  });

  it.each(RATIOS)('%s gives null for a null input or a zero denominator', (_name, f) => {
    expect(f(null, 100)).toBeNull();
    expect(f(100, null)).toBeNull();
    expect(f(null, null)).toBeNull();
    // audienceGrowthRate's denominator is its first argument (followers at start)
    if (f === audienceGrowthRate) expect(f(0, 100)).toBeNull();
    else expect(f(100, 0)).toBeNull();
  });

  it('a result that overflows is null, never Infinity', () => {
    // MAX_VALUE / 0.5 * 100 overflows to Infinity
    expect(engagementRate(Number.MAX_VALUE, 0.5)).toBeNull();
    expect(costPerClick(Number.MAX_VALUE, 0.5)).toBeNull();
  });
});

describe('valueCreated', () => {
  const valuation = { leadValue: 200, conversionValue: 30 };

  it('= revenue + leads x lead_value + conversions x conversion_value', () => {
    // 1,000 + 5 x 200 + 4 x 30 = 1,000 + 1,000 + 120 = 2,120
    expect(valueCreated(1_000, 5, 4, valuation)).toBe(2_120);
  });

  it('adds only the reported components', () => {
    // revenue only: 1,000
    expect(valueCreated(1_000, null, null, valuation)).toBe(1_000);
    // leads only: 7 x 200 = 1,400
    expect(valueCreated(null, 7, null, valuation)).toBe(1_400);
    // conversions only: 3 x 30 = 90
    expect(valueCreated(null, null, 3, valuation)).toBe(90);
  });

  it('is null only when no component is reported', () => {
    expect(valueCreated(null, null, null, valuation)).toBeNull();
    // a reported 0 is a value of 0, not "not reported"
    expect(valueCreated(0, null, null, valuation)).toBe(0);
    // conversions reported but worth nothing (conversion_value 0): 2 x 0 = 0
    expect(valueCreated(null, null, 2, NO_VALUATION)).toBe(0);
  });

  it('B2B worked example: 100 leads x $200 = $20,000', () => {
    expect(valueCreated(null, 100, null, { leadValue: 200, conversionValue: 0 })).toBe(20_000);
  });
});

describe('totalCost', () => {
  it('= spend + cost, null only when neither is reported', () => {
    // 10,000 + 8,000 = 18,000
    expect(totalCost(10_000, 8_000)).toBe(18_000);
    expect(totalCost(10_000, null)).toBe(10_000);
    expect(totalCost(null, 8_000)).toBe(8_000);
    expect(totalCost(0, null)).toBe(0);
    expect(totalCost(null, null)).toBeNull();
  });
});

describe('returnOnInvestment', () => {
  it('E-commerce worked example: (50,000 - 18,000) / 18,000 * 100 = 177.78%', () => {
    const cost = totalCost(10_000, 5_000 + 3_000); // 10,000 ads + 5,000 content + 3,000 software = 18,000
    expect(cost).toBe(18_000);
    // 32,000 / 18,000 * 100 = 177.777…
    expect(returnOnInvestment(50_000, cost)).toBeCloseTo(177.7778, 4);
  });

  it('B2B worked example: value 100 x 200 = 20,000, cost 4,000 -> 400%', () => {
    const value = valueCreated(null, 100, null, { leadValue: 200, conversionValue: 0 }); // 20,000
    const cost = totalCost(2_000, 1_500 + 500); // 2,000 LinkedIn ads + 1,500 content + 500 analytics = 4,000
    // (20,000 - 4,000) / 4,000 * 100 = 400
    expect(returnOnInvestment(value, cost)).toBeCloseTo(400, 10);
  });

  it('is negative when more was spent than returned', () => {
    // (500 - 2,000) / 2,000 * 100 = -75
    expect(returnOnInvestment(500, 2_000)).toBeCloseTo(-75, 10);
    // break-even: (1,000 - 1,000) / 1,000 * 100 = 0
    expect(returnOnInvestment(1_000, 1_000)).toBe(0);
  });

  it('is null without a cost (not +Infinity) and without a value', () => {
    expect(returnOnInvestment(5_000, 0)).toBeNull();
    expect(returnOnInvestment(5_000, null)).toBeNull();
    expect(returnOnInvestment(null, 1_000)).toBeNull();
  });
});

describe('compare', () => {
  it('gives previous, change and percent change', () => {
    // change 120 - 100 = 20; pct 20 / 100 * 100 = 20
    expect(compare(120, 100)).toEqual({ previous: 100, change: 20, pct: 20 });
    // change 75 - 100 = -25; pct -25 / 100 * 100 = -25
    expect(compare(75, 100)).toEqual({ previous: 100, change: -25, pct: -25 });
    // change 1 - 3 = -2; pct -2 / 3 * 100 = -66.666…
    const c = compare(1, 3);
    expect(c.change).toBe(-2);
    expect(c.pct).toBeCloseTo(-66.6667, 4);
  });

  it('has no pct when the previous value is missing', () => {
    expect(compare(50, null)).toEqual({ previous: null, change: null, pct: null });
  });

  it('has no pct (n/a, not Infinity or 0%) when the previous value is 0', () => {
    // change 50 - 0 = 50, but pct is undefined
    expect(compare(50, 0)).toEqual({ previous: 0, change: 50, pct: null });
    expect(compare(0, 0)).toEqual({ previous: 0, change: 0, pct: null });
  });

  it('has no change when the current value is missing, but keeps the previous one', () => {
    expect(compare(null, 40)).toEqual({ previous: 40, change: null, pct: null });
  });

  it('divides by |previous| so the sign follows the direction of the move', () => {
    // ROI from -50% to -25%: change -25 - (-50) = 25; pct 25 / |-50| * 100 = +50 (an improvement)
    expect(compare(-25, -50)).toEqual({ previous: -50, change: 25, pct: 50 });
    // ROI from -20% to 10%: change 30; pct 30 / 20 * 100 = +150
    expect(compare(10, -20)).toEqual({ previous: -20, change: 30, pct: 150 });
    // ROI from -20% to -30%: change -10; pct -10 / 20 * 100 = -50 (worse)
    expect(compare(-30, -20)).toEqual({ previous: -20, change: -10, pct: -50 });
  });
});

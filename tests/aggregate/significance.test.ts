/**
 * The statistics of a content test's verdict, against worked examples.
 */
import { describe, expect, it } from 'vitest';
import {
  normalCdf,
  normalQuantile,
  sampleOf,
  studentQuantile,
  twoProportionZTest,
  welchTTest,
} from '../../src/aggregate/significance.ts';

describe('the distributions', () => {
  it('match the printed tables: z 1.96 and t(10) 2.228 at 97.5%', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(studentQuantile(0.975, 10)).toBeCloseTo(2.228, 3);
    expect(studentQuantile(0.975, 1000)).toBeCloseTo(1.962, 3);
  });
});

describe("Welch's t-test", () => {
  it('reproduces Navarro, Learning Statistics with R, section 13.4 (the harpo data)', () => {
    // Anastasia's students: mean 74.533, sd 8.999, 15 of them; Bernadette's: 69.056, 5.775, 18.
    // The book: t = 2.034, df = 23.025, p = 0.054, 95% CI [-0.092, 11.048] for Anastasia minus Bernadette.
    const result = welchTTest({ mean: 69.056, sd: 5.775, n: 18 }, { mean: 74.533, sd: 8.999, n: 15 })!;
    expect(result.statistic).toBeCloseTo(2.034, 3);
    expect(result.degreesOfFreedom).toBeCloseTo(23.025, 2);
    expect(result.p).toBeCloseTo(0.054, 3);
    expect(result.low).toBeCloseTo(-0.092, 2);
    expect(result.high).toBeCloseTo(11.048, 2);
  });

  it('takes the sample standard deviation with n - 1, and needs two values and some spread', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations 32, sd sqrt(32 / 7).
    expect(sampleOf([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: Math.sqrt(32 / 7), n: 8 });
    expect(sampleOf([3])).toBeNull();
    expect(welchTTest({ mean: 1, sd: 0, n: 5 }, { mean: 2, sd: 0, n: 5 })).toBeNull();
  });
});

describe('the two-proportion z-test', () => {
  it('is checked by hand: 28 of 254 against 36 of 301', () => {
    // Pooled rate 64 / 555 = 0.115315; standard error sqrt(0.115315 x 0.884685 x (1/254 + 1/301))
    // = 0.027213; rates 0.110236 and 0.119601, so z = 0.009365 / 0.027213 = 0.3441 and the
    // two-sided p = 2 x (1 - Φ(0.3441)) = 0.7307.
    const result = twoProportionZTest(28, 254, 36, 301)!;
    expect(result.statistic).toBeCloseTo(0.3441, 4);
    expect(result.p).toBeCloseTo(0.7307, 4);
    // In points of a percentage: 11.96% - 11.02% = 0.94 points.
    expect(result.difference).toBeCloseTo(0.9365, 4);
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
  });

  it('finds a clear difference in large samples: 2% against 3% of 10,000 impressions each', () => {
    // Pooled 0.025, SE sqrt(0.025 x 0.975 x 2 / 10,000) = 0.0022079, z = 0.01 / 0.0022079 = 4.529.
    const result = twoProportionZTest(200, 10_000, 300, 10_000)!;
    expect(result.statistic).toBeCloseTo(4.529, 3);
    expect(result.p).toBeLessThan(0.0001);
    // The interval, from each rate's own variance: sqrt(0.02 x 0.98 / 10,000 + 0.03 x 0.97 / 10,000) = 0.22068 points.
    expect(result.low).toBeCloseTo(1 - 1.959964 * 0.22068, 4);
  });

  it('gives nothing to test without trials or without variation', () => {
    expect(twoProportionZTest(0, 0, 5, 10)).toBeNull();
    expect(twoProportionZTest(0, 10, 0, 10)).toBeNull();
  });
});

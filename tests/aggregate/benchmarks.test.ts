/**
 * Where a number stands against a benchmark, hand-checked: a median with or without a
 * top quartile, or a single value; no standing without the client's number.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkResults, standingOf } from '../../src/aggregate/benchmarks.ts';
import type { BenchmarkConfig } from '../../src/ingest/client-config-schema.ts';

const benchmark = (extra: Partial<BenchmarkConfig>): BenchmarkConfig => ({
  metric: 'engagement_rate',
  platform: 'instagram',
  source: 'A study',
  year: 2025,
  illustrative: false,
  ...extra,
});

describe('benchmarks', () => {
  it('places a value against a median and top quartile', () => {
    const retail = { median: 2.1, top_quartile: 3.5 };
    expect(standingOf(3.07, retail)).toBe('above_median');
    expect(standingOf(3.5, retail)).toBe('top_quartile');
    expect(standingOf(2.1, retail)).toBe('at_median');
    expect(standingOf(1.9, retail)).toBe('below_median');
    // Without a top quartile, a high value is only above the median.
    expect(standingOf(9, { median: 2.1 })).toBe('above_median');
    expect(standingOf(null, retail)).toBeNull();
  });

  it('places a value against a single benchmark value', () => {
    expect([standingOf(1.2, { value: 1 }), standingOf(1, { value: 1 }), standingOf(0.4, { value: 1 })]).toEqual([
      'above',
      'at',
      'below',
    ]);
  });

  it("takes the client's value of each benchmark's metric and platform", () => {
    const values: Record<string, number> = { 'engagement_rate/instagram': 3.07, 'cpc/all': 0.8 };
    const results = benchmarkResults(
      [
        benchmark({ median: 2.1 }),
        benchmark({ metric: 'cpc', platform: 'all', value: 1.1 }),
        benchmark({ platform: 'x', median: 1 }),
      ],
      (metric, platform) => values[`${metric}/${platform}`] ?? null,
    );
    expect(results.map((r) => [r.value, r.standing])).toEqual([
      [3.07, 'above_median'],
      [0.8, 'below'],
      [null, null],
    ]);
  });
});

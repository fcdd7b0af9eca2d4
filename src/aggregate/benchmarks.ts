/**
 * Where the client stands against the benchmarks client.yaml gives (a value, or an
 * industry's median and top quartile, each with its source and year): above or below
 * the median, in the top quartile, or above or below a single value. The standing says
 * where the number is, not whether that is good: for a cost per result, below is better.
 */
import type { BenchmarkConfig } from '../ingest/client-config-schema.ts';
import type { Amount } from './formulas.ts';

export const STANDINGS = ['top_quartile', 'above_median', 'at_median', 'below_median', 'above', 'at', 'below'] as const;
export type Standing = (typeof STANDINGS)[number];

export interface BenchmarkResult {
  readonly benchmark: BenchmarkConfig;
  /** The client's value of the metric on the platform in the month; null when it has none. */
  readonly value: Amount;
  readonly standing: Standing | null;
}

/** Where a value stands against a benchmark; null without the value. */
export function standingOf(
  value: Amount,
  benchmark: Pick<BenchmarkConfig, 'value' | 'median' | 'top_quartile'>,
): Standing | null {
  if (value === null) return null;
  if (benchmark.median !== undefined) {
    if (benchmark.top_quartile !== undefined && value >= benchmark.top_quartile) return 'top_quartile';
    return value > benchmark.median ? 'above_median' : value < benchmark.median ? 'below_median' : 'at_median';
  }
  const reference = benchmark.value!;
  return value > reference ? 'above' : value < reference ? 'below' : 'at';
}

export function benchmarkResults(
  benchmarks: readonly BenchmarkConfig[],
  valueOf: (metric: string, platform: string) => Amount,
): BenchmarkResult[] {
  return benchmarks.map((benchmark) => {
    const value = valueOf(benchmark.metric, benchmark.platform);
    return { benchmark, value, standing: standingOf(value, benchmark) };
  });
}

/**
 * The client's month against its benchmarks, in words: "3.07% engagement rate on
 * Instagram: above the 2.1% median for retail (Example study, 2025)." One sentence per
 * benchmark, for the benchmarks section, the KPI card of the same metric and platform,
 * and the methodology's list of sources. Illustrative numbers say so every time.
 */
import type { BenchmarkResult } from '../aggregate/benchmarks.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { formatMetric } from './format.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface BenchmarkLine {
  readonly metric: string;
  readonly platform: string;
  /** "Engagement rate · Instagram", for the methodology's list. */
  readonly label: string;
  /** "the 2.1% median for retail" */
  readonly reference: string;
  readonly sentence: string;
  /** top_quartile, above_median, ...; null without the client's value. */
  readonly standing: string | null;
  /** "Example study, 2025", with "illustrative" for made-up numbers. */
  readonly source: string;
  readonly url: string | null;
  readonly illustrative: boolean;
}

export function benchmarkLine(view: ReportView, result: BenchmarkResult): BenchmarkLine {
  const { t, style } = view;
  const b = t.benchmarks;
  const { benchmark } = result;
  const metric = metricLabel(t, benchmark.metric);
  const platform = benchmark.platform === ALL_PLATFORMS ? null : platformLabel(t, benchmark.platform);
  const format = (value: number) => formatMetric(benchmark.metric, value, style);
  const isMedian = benchmark.median !== undefined;
  const reference = format((benchmark.median ?? benchmark.value)!);
  const industry = benchmark.industry ?? null;
  const source =
    b.source(benchmark.source, String(benchmark.year)) + (benchmark.illustrative ? `; ${b.illustrative}` : '');
  const sentence =
    result.standing === null || result.value === null
      ? b.noValue(
          metric,
          platform,
          b.reference(reference, isMedian, industry),
          source,
          view.t.periods.thisOne[view.kind],
        )
      : b.sentence(
          format(result.value),
          metric,
          platform,
          b.standing(
            result.standing,
            reference,
            benchmark.top_quartile === undefined ? null : format(benchmark.top_quartile),
            industry,
          ),
          source,
        );
  return {
    metric: benchmark.metric,
    platform: benchmark.platform,
    label: platform === null ? metric : `${metric} · ${platform}`,
    reference: b.reference(reference, isMedian, industry),
    sentence,
    standing: result.standing,
    source,
    url: benchmark.url ?? null,
    illustrative: benchmark.illustrative,
  };
}

/** The benchmark of a KPI card's metric and platform, if client.yaml gives one. */
export function benchmarkFor(view: ReportView, metric: string, platform: string): BenchmarkLine | null {
  const result = view.model.benchmarks.find((r) => r.benchmark.metric === metric && r.benchmark.platform === platform);
  return result === undefined ? null : benchmarkLine(view, result);
}

export function benchmarksSection(
  view: ReportView,
  options: { title?: string | undefined } = {},
): { readonly title: string; readonly lines: readonly BenchmarkLine[] } | null {
  if (view.model.benchmarks.length === 0) return null;
  return {
    title: options.title ?? view.t.benchmarks.heading,
    lines: view.model.benchmarks.map((result) => benchmarkLine(view, result)),
  };
}

/**
 * The month's content tests as the report shows them: each variant's posts,
 * impressions and metric, the difference from the first variant with its 95% interval
 * in plain words, and the verdict with its caveats.
 */
import type { ExperimentResult } from '../aggregate/experiments.ts';
import { formatDay, formatDecimal, formatMetric, formatWhole } from './format.ts';
import { metricLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface ExperimentCard {
  readonly id: string;
  readonly question: string;
  readonly dates: string;
  readonly running: boolean;
  readonly metricLabel: string;
  readonly verdict: ExperimentResult['verdict'];
  readonly verdictLabel: string;
  readonly rows: ReadonlyArray<{
    readonly name: string;
    readonly posts: string;
    readonly impressions: string;
    readonly value: string;
  }>;
  /** One sentence per comparison with the first variant. */
  readonly findings: readonly string[];
  readonly caveats: readonly string[];
}

export interface ExperimentsSection {
  readonly title: string;
  readonly columns: { readonly variant: string; readonly posts: string; readonly impressions: string };
  readonly cards: readonly ExperimentCard[];
  readonly oneMetric: string;
  /** The badge of a test whose last day is after the report month. */
  readonly runningLabel: string;
}

export function experimentsSection(
  view: ReportView,
  options: { title?: string | undefined } = {},
): ExperimentsSection | null {
  const tests = view.model.experiments();
  if (tests.length === 0) return null;
  const { t, style } = view;
  const e = t.experiments;
  const percent = (share: number) => formatMetric('engagement_rate', share * 100, style);
  const monthEnd = view.month.coverage.to;
  const cards = tests.map((test): ExperimentCard => {
    const label = metricLabel(t, test.metric);
    const value = (amount: number | null) => formatMetric(test.metric, amount, style);
    const first = test.variants[0]!.name;
    const findings = test.comparisons.flatMap(({ name, comparison, clear }) => {
      if (comparison === null) return [];
      const higher = comparison.difference >= 0;
      const amount = Math.abs(comparison.difference);
      const number = (x: number) => formatDecimal(x, style);
      const difference = test.test === 'z' ? e.rateDifference : e.meanDifference;
      const sentence = difference(
        name,
        label,
        number(amount),
        higher,
        first,
        number(comparison.low),
        number(comparison.high),
      );
      return [`${sentence}; ${e.chance(clear, percent(test.threshold))}`];
    });
    return {
      id: test.id,
      question: test.question,
      dates: e.dates(formatDay(test.from, style.locale), formatDay(test.to, style.locale)),
      running: test.to > monthEnd,
      metricLabel: label,
      verdict: test.verdict,
      verdictLabel: test.verdict === 'winner' ? e.verdicts.winner(test.winner!) : e.verdicts[test.verdict],
      rows: test.variants.map((variant) => ({
        name: variant.name,
        posts: formatWhole(variant.posts, style),
        impressions: formatWhole(variant.impressions, style),
        value: value(variant.value),
      })),
      findings,
      caveats: [
        ...(test.verdict === 'too_little_data'
          ? [e.tooLittle(formatWhole(view.config.top_posts.min_posts, style))]
          : []),
        ...(test.differentWeeks ? [e.differentWeeks] : []),
      ],
    };
  });
  return {
    title: options.title ?? e.heading,
    columns: { variant: e.variant, posts: e.posts, impressions: e.impressions },
    cards,
    oneMetric: e.oneMetric,
    runningLabel: e.running,
  };
}

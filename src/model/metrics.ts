/**
 * The metric catalogue: which ids exist and how each one behaves over time.
 *
 * A flow (impressions, spend, ...) happens during a period, so a period's value is
 * the sum of what was observed in it. A stock (followers) is a level at a moment,
 * so a period's value is the last observation in it.
 */
import {
  COSTS,
  METRICS,
  isKnownMetric,
  type BuiltInMetricId,
  type DerivedMetricId,
  type MetricKind,
} from './metric-registry.ts';

export type { BuiltInMetricId, DerivedMetricId, MetricKind } from './metric-registry.ts';

/** The metrics a file may carry, each a flow or a stock, in the registry's order. */
export const BUILT_IN_METRICS = Object.fromEntries(
  Object.entries(METRICS).flatMap(([id, facts]) =>
    facts.nature === 'flow' || facts.nature === 'stock' ? [[id, facts.nature]] : [],
  ),
) as Readonly<Record<BuiltInMetricId, MetricKind>>;

/** Metrics Recap computes from the base metrics; they can never be supplied in a file. */
export const DERIVED_METRIC_IDS = Object.keys(METRICS).filter((id) => {
  const { nature } = METRICS[id as keyof typeof METRICS];
  return nature === 'rate' || nature === 'sum';
}) as readonly DerivedMetricId[];

export interface CustomMetric {
  id: string;
  kind: MetricKind;
}

export function isBuiltInMetric(id: string): id is BuiltInMetricId {
  return Object.hasOwn(BUILT_IN_METRICS, id);
}

export function isDerivedMetric(id: string): id is DerivedMetricId {
  return isKnownMetric(id) && !isBuiltInMetric(id);
}

/** Column names a data file may carry besides metric ids. */
export const DIMENSION_COLUMNS = ['date', 'platform', 'campaign', 'category'] as const;

/** What a cost was spent on, for the report's cost breakdown (a `category` column). */
export const COST_CATEGORIES = ['ads', 'content', 'staff', 'tools', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The only metrics a row with a cost category may carry. */
export const COST_METRICS: ReadonlySet<string> = new Set(COSTS);
export const LONG_FORMAT_COLUMNS = ['metric', 'value'] as const;

/** Reserved for the cross-platform total that Recap computes. */
export const ALL_PLATFORMS = 'all';

/** The metrics a client's files may contain: the built-in ones plus the client's own. */
export class MetricCatalogue {
  readonly #kinds = new Map<string, MetricKind>();
  readonly #custom = new Set<string>();

  constructor(custom: readonly CustomMetric[] = []) {
    for (const [id, kind] of Object.entries(BUILT_IN_METRICS)) this.#kinds.set(id, kind);
    for (const metric of custom) {
      this.#kinds.set(metric.id, metric.kind);
      this.#custom.add(metric.id);
    }
  }

  kindOf(id: string): MetricKind | undefined {
    return this.#kinds.get(id);
  }

  isCustom(id: string): boolean {
    return this.#custom.has(id);
  }

  /** Net changes may be negative: net_follows and any custom metric. Counts and money may not. */
  mayBeNegative(id: string): boolean {
    return this.#custom.has(id) || (isKnownMetric(id) && METRICS[id].mayBeNegative);
  }

  has(id: string): boolean {
    return this.#kinds.has(id);
  }

  get ids(): string[] {
    return [...this.#kinds.keys()];
  }
}

/**
 * The metric catalogue: which ids exist and how each one behaves over time.
 *
 * A flow (impressions, spend, ...) happens during a period, so a period's value is
 * the sum of what was observed in it. A stock (followers) is a level at a moment,
 * so a period's value is the last observation in it.
 */
export type MetricKind = 'flow' | 'stock';

export const BUILT_IN_METRICS = {
  followers: 'stock',
  /** Net follower change over the period (new follows minus unfollows); may be negative. */
  net_follows: 'flow',
  impressions: 'flow',
  reach: 'flow',
  engagements: 'flow',
  likes: 'flow',
  comments: 'flow',
  shares: 'flow',
  saves: 'flow',
  clicks: 'flow',
  video_views: 'flow',
  profile_visits: 'flow',
  /** Website sessions (Google Analytics). */
  sessions: 'flow',
  posts: 'flow',
  leads: 'flow',
  conversions: 'flow',
  revenue: 'flow',
  spend: 'flow',
  cost: 'flow',
} as const satisfies Record<string, MetricKind>;

export type BuiltInMetricId = keyof typeof BUILT_IN_METRICS;

/** Metrics Recap computes from the base metrics; they can never be supplied in a file. */
export const DERIVED_METRIC_IDS = [
  'engagement_rate',
  'ctr',
  'conversion_rate',
  'cpc',
  'cpm',
  'cpa',
  'roas',
  'value',
  'total_cost',
  'roi',
] as const;

export type DerivedMetricId = (typeof DERIVED_METRIC_IDS)[number];

export interface CustomMetric {
  id: string;
  kind: MetricKind;
}

export function isBuiltInMetric(id: string): id is BuiltInMetricId {
  return Object.hasOwn(BUILT_IN_METRICS, id);
}

export function isDerivedMetric(id: string): id is DerivedMetricId {
  return (DERIVED_METRIC_IDS as readonly string[]).includes(id);
}

/** Column names a data file may carry besides metric ids. */
export const DIMENSION_COLUMNS = ['date', 'platform', 'campaign', 'category'] as const;

/** What a cost was spent on, for the report's cost breakdown (a `category` column). */
export const COST_CATEGORIES = ['ads', 'content', 'staff', 'tools', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The only metrics a row with a cost category may carry. */
export const COST_METRICS: ReadonlySet<string> = new Set(['spend', 'cost']);
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
    return id === 'net_follows' || this.#custom.has(id);
  }

  has(id: string): boolean {
    return this.#kinds.has(id);
  }

  get ids(): string[] {
    return [...this.#kinds.keys()];
  }
}

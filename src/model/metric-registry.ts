/**
 * Every fact about a built-in or derived metric, in one table: how it behaves over
 * time, its unit, which way is good news, whether it may be negative, its part in
 * ROI, and its colour. Adding a metric is one entry here; its formula (for a derived
 * one, in aggregate/derived-metrics.ts) and its name in every message catalogue are
 * then compile errors until they are written. A client's own metrics (client.yaml
 * `metrics:`) are counts whose rise is good news and which may go negative.
 */

/**
 * A flow happens during a period: its value is the sum of what was observed (clicks).
 * A stock is a level at a moment: its value is the last observation (followers).
 * A derived metric is computed from a period's sums: a rate (engagement rate), or a
 * sum of flows (value created, total cost), which behaves as a flow.
 */
export type MetricKind = 'flow' | 'stock';
export type MetricNature = MetricKind | 'rate' | 'sum';
export type MetricUnit = 'count' | 'money' | 'percent' | 'multiple';
/** Which way is good news: up, down (costs per result), or neither (spending more is a choice, not a result). */
export type Better = 'up' | 'down' | 'neither';

export interface MetricFacts {
  readonly nature: MetricNature;
  readonly unit: MetricUnit;
  readonly better: Better;
  /** A net change (follows minus unfollows) may go below zero; counts and money may not. */
  readonly mayBeNegative: boolean;
  /** Counts unique people: summed over days or platforms it is only an upper bound. */
  readonly unique?: true;
  /** Its part in ROI: a source of value created, or a kind of cost. */
  readonly roi?: 'value' | 'cost';
  /** Its colour everywhere in the site; at least 4.5:1 against white, so it also works for text. */
  readonly color: string;
}

type Facts = Omit<MetricFacts, 'nature'>;
const count = (color: string, extra: Partial<Facts> = {}): Facts => ({
  unit: 'count',
  better: 'up',
  mayBeNegative: false,
  color,
  ...extra,
});
const money = (color: string, extra: Partial<Facts> = {}): Facts => count(color, { unit: 'money', ...extra });
const rate = (unit: MetricUnit, better: Better, color: string): Facts => ({
  unit,
  better,
  mayBeNegative: false,
  color,
});

export const METRICS = {
  followers: { nature: 'stock', ...count('#1d4ed8') },
  net_follows: { nature: 'flow', ...count('#1e40af', { mayBeNegative: true }) },
  impressions: { nature: 'flow', ...count('#0369a1') },
  reach: { nature: 'flow', ...count('#0e7490', { unique: true }) },
  engagements: { nature: 'flow', ...count('#7e22ce') },
  likes: { nature: 'flow', ...count('#be185d') },
  comments: { nature: 'flow', ...count('#5b21b6') },
  shares: { nature: 'flow', ...count('#a21caf') },
  saves: { nature: 'flow', ...count('#9f1239') },
  clicks: { nature: 'flow', ...count('#b45309') },
  video_views: { nature: 'flow', ...count('#4338ca') },
  profile_visits: { nature: 'flow', ...count('#0f766e') },
  // YouTube's views of 30 seconds or more (or most of a short), and hours watched.
  engaged_views: { nature: 'flow', ...count('#3730a3') },
  watch_hours: { nature: 'flow', ...count('#6d28d9') },
  /** Website sessions (Google Analytics). */
  sessions: { nature: 'flow', ...count('#155e75') },
  /** Website users (Google Analytics): people, so days and channels add up only to an upper bound. */
  users: { nature: 'flow', ...count('#0c4a6e', { unique: true }) },
  /** Website users on their first visit: each is new once, so they add up. */
  new_users: { nature: 'flow', ...count('#134e4a') },
  /** Website events (Google Analytics' event count). */
  events: { nature: 'flow', ...count('#44403c') },
  posts: { nature: 'flow', ...count('#334155', { better: 'neither' }) },
  leads: { nature: 'flow', ...count('#9a3412', { roi: 'value' }) },
  conversions: { nature: 'flow', ...count('#a16207', { roi: 'value' }) },
  revenue: { nature: 'flow', ...money('#15803d', { roi: 'value' }) },
  /** Ad spend. */
  spend: { nature: 'flow', ...money('#475569', { better: 'neither', roi: 'cost' }) },
  /** Every other cost: content, staff, tools. */
  cost: { nature: 'flow', ...money('#57534e', { better: 'neither', roi: 'cost' }) },
  engagement_rate: { nature: 'rate', ...rate('percent', 'up', '#86198f') },
  ctr: { nature: 'rate', ...rate('percent', 'up', '#713f12') },
  conversion_rate: { nature: 'rate', ...rate('percent', 'up', '#854d0e') },
  cpc: { nature: 'rate', ...rate('money', 'down', '#be123c') },
  cpm: { nature: 'rate', ...rate('money', 'down', '#9d174d') },
  cpa: { nature: 'rate', ...rate('money', 'down', '#c2410c') },
  roas: { nature: 'rate', ...rate('multiple', 'up', '#4d7c0f') },
  value: { nature: 'sum', ...money('#047857') },
  total_cost: { nature: 'sum', ...money('#3f3f46', { better: 'neither' }) },
  roi: { nature: 'rate', ...rate('percent', 'up', '#166534') },
} as const satisfies Record<string, MetricFacts>;

/** A metric Recap knows: read from files, or computed from them. */
export type MetricId = keyof typeof METRICS;

type IdsOf<N extends MetricNature> = {
  [K in MetricId]: (typeof METRICS)[K]['nature'] extends N ? K : never;
}[MetricId];

/** Metrics a file may carry. */
export type BuiltInMetricId = IdsOf<MetricKind>;
/** Metrics Recap computes from the base metrics; never supplied in a file. */
export type DerivedMetricId = IdsOf<'rate' | 'sum'>;

export function isKnownMetric(id: string): id is MetricId {
  return Object.hasOwn(METRICS, id);
}

/** The facts of a known metric; a client's own metric is a count like any other. */
export function factsOf(id: string): MetricFacts {
  return isKnownMetric(id) ? METRICS[id] : CUSTOM_METRIC;
}

/**
 * How a metric behaves over time, for goals: a flow adds up over days (value created
 * and total cost are sums of flows, so flows too), a stock is a level, a rate is
 * recomputed from its parts. A client's own metric as client.yaml says; null for an
 * id that is no metric of this client.
 */
export type OverTime = MetricKind | 'rate';

export function overTime(id: string, own: ReadonlyArray<{ id: string; kind: MetricKind }>): OverTime | null {
  if (isKnownMetric(id)) {
    const { nature } = METRICS[id];
    return nature === 'sum' ? 'flow' : nature;
  }
  return own.find((metric) => metric.id === id)?.kind ?? null;
}

/** The metrics that make up value created, and the kinds of cost, for ROI. */
export const VALUE_SOURCES = idsWith((facts) => facts.roi === 'value');
export const COSTS = idsWith((facts) => facts.roi === 'cost');

function idsWith(test: (facts: MetricFacts) => boolean): MetricId[] {
  return (Object.keys(METRICS) as MetricId[]).filter((id) => test(METRICS[id]));
}

/** Which way is good news as a sign: 1 when a rise is, -1 when a fall is, 0 when neither. */
export function goodDirection(id: string): 1 | -1 | 0 {
  const { better } = factsOf(id);
  return better === 'up' ? 1 : better === 'down' ? -1 : 0;
}

/** What a client's own metric is, until client.yaml says whether it is a flow or a stock. */
const CUSTOM_METRIC: MetricFacts = { nature: 'flow', ...count('', { mayBeNegative: true }) };

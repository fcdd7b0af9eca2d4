/** The metric registry: one table of facts, from which every other list of metrics is read. */
import { describe, expect, it } from 'vitest';
import { DERIVED_METRICS } from '../../src/aggregate/derived-metrics.ts';
import { factsOf, goodDirection, METRICS } from '../../src/model/metric-registry.ts';
import {
  BUILT_IN_METRICS,
  DERIVED_METRIC_IDS,
  isBuiltInMetric,
  isDerivedMetric,
  MetricCatalogue,
} from '../../src/model/metrics.ts';
import { messagesFor, LANGUAGES } from '../../src/present/messages/index.ts';

describe('the metric registry', () => {
  it('gives the built-in metrics (flows and stocks) and the derived ones (rates and sums), in its order', () => {
    expect(Object.keys(BUILT_IN_METRICS).slice(0, 3)).toEqual(['followers', 'net_follows', 'impressions']);
    expect(BUILT_IN_METRICS.followers).toBe('stock');
    expect(BUILT_IN_METRICS.revenue).toBe('flow');
    expect([...DERIVED_METRIC_IDS]).toEqual([
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
    ]);
    expect(Object.keys(METRICS).length).toBe(Object.keys(BUILT_IN_METRICS).length + DERIVED_METRIC_IDS.length);
    expect(isBuiltInMetric('roi')).toBe(false);
    expect(isDerivedMetric('roi')).toBe(true);
    expect(isDerivedMetric('constructor')).toBe(false);
  });

  it('has a formula for every derived metric and a name in every language for every metric', () => {
    expect(Object.keys(DERIVED_METRICS).sort()).toEqual([...DERIVED_METRIC_IDS].sort());
    for (const language of LANGUAGES) {
      expect(Object.keys(messagesFor(language).metrics).sort()).toEqual(Object.keys(METRICS).sort());
    }
  });

  it('says which way is good news: costs per result down, spending neither, the rest up', () => {
    expect(goodDirection('cpa')).toBe(-1);
    expect(goodDirection('spend')).toBe(0);
    expect(goodDirection('total_cost')).toBe(0);
    expect(goodDirection('engagement_rate')).toBe(1);
    expect(goodDirection('newsletter_signups')).toBe(1);
  });

  it("lets only net changes and a client's own metrics go negative", () => {
    const catalogue = new MetricCatalogue([{ id: 'store_visits', kind: 'flow' }]);
    expect(catalogue.mayBeNegative('net_follows')).toBe(true);
    expect(catalogue.mayBeNegative('store_visits')).toBe(true);
    expect(catalogue.mayBeNegative('followers')).toBe(false);
    expect(catalogue.mayBeNegative('spend')).toBe(false);
    expect(catalogue.mayBeNegative('toString')).toBe(false);
  });

  it('marks reach and website users, and only them, as unique people, and names the parts of ROI', () => {
    expect(
      Object.entries(METRICS)
        .filter(([, f]) => 'unique' in f && f.unique)
        .map(([id]) => id),
    ).toEqual(['reach', 'users']);
    expect(
      Object.entries(METRICS)
        .filter(([, f]) => 'roi' in f && f.roi === 'cost')
        .map(([id]) => id),
    ).toEqual(['spend', 'cost']);
    expect(
      Object.entries(METRICS)
        .filter(([, f]) => 'roi' in f && f.roi === 'value')
        .map(([id]) => id),
    ).toEqual(['leads', 'conversions', 'revenue']);
    expect(factsOf('constructor').unit).toBe('count');
  });
});

/**
 * Needs attention, hand-checked: a KPI whose change against the month before passes its
 * threshold (a fall for a negative one, a rise for a positive one) is listed, the
 * furthest past first; one at n/a never is; the client's own thresholds change or turn
 * off the defaults.
 */
import { describe, expect, it } from 'vitest';
import { attentionThresholds, DEFAULT_ATTENTION, needsAttention } from '../../src/aggregate/attention.ts';
import { compare } from '../../src/aggregate/formulas.ts';

const moved = (now: number | null, before: number | null) => ({ ...compare(now, before), value: now });

describe('needs attention', () => {
  it('lists falls past a negative threshold and rises past a positive one, furthest past first', () => {
    const changes: Record<string, ReturnType<typeof moved>> = {
      // 3.4% -> 2.72%: -20%, past -15% by a third.
      engagement_rate: moved(2.72, 3.4),
      // 10,000 -> 9,850: -1.5%, not past -2%.
      followers: moved(9850, 10000),
      // $40 -> $52: +30%, past +20% by half.
      cpa: moved(52, 40),
      // 100 -> 75: exactly -25%, which counts as past.
      conversions: moved(75, 100),
      // n/a: nothing before to compare with.
      impressions: moved(5000, null),
    };
    const items = needsAttention(attentionThresholds({}), (metric) => changes[metric] ?? null);
    expect(items.map((i) => [i.metric, i.pct, i.threshold])).toEqual([
      ['cpa', 30, 20],
      ['engagement_rate', -20, -15],
      ['conversions', -25, -25],
    ]);
    expect(items[1]).toMatchObject({ value: 2.72, previous: 3.4 });
  });

  it("changes the defaults with the client's thresholds and turns one off with null", () => {
    const thresholds = attentionThresholds({ engagement_rate: -10, cpa: null, reach: -30 });
    expect(thresholds.get('engagement_rate')).toBe(-10);
    expect(thresholds.has('cpa')).toBe(false);
    expect(thresholds.get('reach')).toBe(-30);
    expect(thresholds.get('followers')).toBe(DEFAULT_ATTENTION['followers']);
  });
});

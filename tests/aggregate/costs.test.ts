import { afterAll, describe, expect, it } from 'vitest';
import { costBreakdown } from '../../src/aggregate/costs.ts';
import { monthSpan } from '../../src/model/calendar.ts';
import { buildOne, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

describe('costs by category', () => {
  const r = buildOne({
    files: {
      'ads.csv': [
        'date,platform,spend,revenue',
        '2025-03-02,instagram,120.50,400',
        '2025-03-03,facebook,79.50,100',
      ].join('\n'),
      'costs.csv': [
        'date,platform,category,metric,value',
        '2025-03,instagram,content,cost,1500',
        '2025-03,instagram,staff,cost,3000',
        '2025-03,facebook,tools,cost,250',
        '2025-03,facebook,ads,spend,300',
        '2025-03,facebook,,cost,50',
      ].join('\n'),
    },
  });
  const client = r.report.client;
  const march = monthSpan(client.calendar, client.calendar.parseMonth('2025-03')!);

  it('adds spend and costs up by category; uncategorised spend is ads, other costs are other', () => {
    const costs = costBreakdown(client.series, march);
    // ads: daily spend 120.50 + 79.50 = 200, plus the month's categorised ad spend 300 = 500
    expect(costs.ads).toBe(500);
    expect(costs.content).toBe(1_500);
    expect(costs.staff).toBe(3_000);
    expect(costs.tools).toBe(250);
    expect(costs.other).toBe(50);
    // 500 + 1,500 + 3,000 + 250 + 50 = 5,300
    expect(costs.total).toBe(5_300);
  });

  it('agrees with the total cost behind the ROI', () => {
    // value 400 + 100 = 500; total cost 5,300; ROI (500 - 5,300) / 5,300 * 100 = -90.566...
    expect(r.figures('2025-03', 'all', 'total_cost').value).toBe(5_300);
    expect(r.figures('2025-03', 'all', 'roi').value).toBeCloseTo(-90.566038, 5);
  });

  it('breaks one platform down on its own', () => {
    const facebook = costBreakdown(client.series, march, 'facebook');
    // ads 79.50 + 300 = 379.50; tools 250; other 50; no content or staff reported
    expect(facebook).toEqual({ ads: 379.5, content: null, staff: null, tools: 250, other: 50, total: 679.5 });
  });
});

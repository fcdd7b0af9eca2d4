import { afterAll, describe, expect, it } from 'vitest';
import { campaignsInMonth, defaultRankingMetric, rankCampaigns } from '../../src/aggregate/campaigns.ts';
import { buildOne, removeDataDirs } from './fixture.ts';

afterAll(removeDataDirs);

describe('campaigns', () => {
  const r = buildOne({
    yaml: 'name: Test Co\nlead_value: 10\n',
    files: {
      'paid.csv': [
        'date,platform,campaign,impressions,engagements,clicks,spend,revenue,leads',
        // Carousels, January: instagram 1,000 imp / 50 eng / 20 clicks / $40 / $100; facebook 1,000 / 30 / 10 / $20 / $20
        '2024-01-10,instagram,Carousels,1000,50,20,40,100,0',
        '2024-01-10,facebook,Carousels,1000,30,10,20,20,0',
        // Carousels, February: 2,000 / 60 / 30 / $60 / $180 / 3 leads
        '2024-02-05,instagram,Carousels,2000,60,30,60,180,3',
        // Reels, February only: 4,000 / 400 / 40 / $100 / $150 / 5 leads
        '2024-02-06,instagram,Reels,4000,400,40,100,150,5',
        // Organic rows (no campaign) are not a campaign.
        '2024-02-07,instagram,,9000,90,9,,,',
      ].join('\n'),
    },
  });
  const client = r.report.client;
  const feb = client.calendar.parseMonth('2024-02')!;
  const jan = client.calendar.parseMonth('2024-01')!;

  it('lists the campaigns with data in the month, across platforms', () => {
    expect(campaignsInMonth(client, jan).map((c) => c.name)).toEqual(['Carousels']);
    const february = campaignsInMonth(client, feb);
    expect(february.map((c) => c.name)).toEqual(['Carousels', 'Reels']);
    expect(february[0]!.platforms).toEqual(['facebook', 'instagram']);
  });

  it('sums the month and the lifetime, and recomputes rates and ROI from the sums', () => {
    const carousels = campaignsInMonth(client, feb).find((c) => c.name === 'Carousels')!;
    // February: impressions 2,000; lifetime to end of February: 1,000 + 1,000 + 2,000 = 4,000
    expect(carousels.metrics.impressions).toEqual({ value: 2_000, lifetime: 4_000 });
    // engagement rate February: 60 / 2,000 * 100 = 3; lifetime: (50 + 30 + 60) / 4,000 * 100 = 3.5
    expect(carousels.metrics.engagement_rate!.value).toBeCloseTo(3, 10);
    expect(carousels.metrics.engagement_rate!.lifetime).toBeCloseTo(3.5, 10);
    // value February: 180 + 3 leads x 10 = 210; ROI (210 - 60) / 60 * 100 = 250
    expect(carousels.metrics.value!.value).toBe(210);
    expect(carousels.metrics.roi!.value).toBeCloseTo(250, 10);
    // lifetime: value 100 + 20 + 180 + 30 = 330, spend 40 + 20 + 60 = 120, ROI (330 - 120) / 120 * 100 = 175
    expect(carousels.metrics.roi!.lifetime).toBeCloseTo(175, 10);
  });

  it('ranks on ROI by default, best first; a cost per result ranks lowest first', () => {
    const february = campaignsInMonth(client, feb);
    expect(defaultRankingMetric(february)).toBe('roi');
    // Reels: value 150 + 5 x 10 = 200, ROI (200 - 100) / 100 * 100 = 100; Carousels 250
    expect(rankCampaigns(february, 'roi', 1).map((c) => c.name)).toEqual(['Carousels', 'Reels']);
    // CPC: Carousels 60 / 30 = 2.00, Reels 100 / 40 = 2.50: lower is better
    expect(rankCampaigns(february, 'cpc', -1).map((c) => c.name)).toEqual(['Carousels', 'Reels']);
    // Engagement rate: Reels 400 / 4,000 = 10% beats Carousels 3%
    expect(rankCampaigns(february, 'engagement_rate', 1).map((c) => c.name)).toEqual(['Reels', 'Carousels']);
  });

  it('ranks on engagement rate when no campaign has money', () => {
    const r2 = buildOne({
      files: {
        'organic.csv': [
          'date,platform,campaign,impressions,engagements',
          '2024-03-01,instagram,Carousel test,1000,40',
          '2024-03-01,instagram,Reel test,1000,70',
        ].join('\n'),
      },
    });
    const march = campaignsInMonth(r2.report.client, r2.report.client.calendar.parseMonth('2024-03')!);
    expect(defaultRankingMetric(march)).toBe('engagement_rate');
    expect(rankCampaigns(march, 'engagement_rate', 1).map((c) => c.name)).toEqual(['Reel test', 'Carousel test']);
  });
});

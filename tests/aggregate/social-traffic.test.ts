/**
 * What social sent to the website, hand-checked: sources mapped to networks (by host or
 * utm_source, the client's own table first), sums per network and per utm_campaign,
 * campaigns joined to the client's by name, and rows that run past the month left out.
 */
import { describe, expect, it } from 'vitest';
import { networkOf, socialTraffic } from '../../src/aggregate/social-traffic.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import type { SiteVisits } from '../../src/model/traffic.ts';

const october = { from: parseIsoDate('2026-10-01')!, to: parseIsoDate('2026-10-31')! };

function visits(
  source: string | null,
  campaign: string | null,
  sessions: number,
  extra: Partial<SiteVisits> = {},
): SiteVisits {
  return {
    from: october.from,
    to: october.to,
    source,
    medium: 'referral',
    campaign,
    byCampaign: campaign !== null,
    sessions,
    engagedSessions: sessions / 2,
    conversions: sessions / 100,
    revenue: sessions,
    file: 'ga4.csv',
    line: 2,
    ...extra,
  };
}

describe('social traffic', () => {
  it('maps the sources the issue names, and utm_sources, to networks', () => {
    expect(
      [
        'facebook.com',
        'm.facebook.com',
        'l.instagram.com',
        't.co',
        'lnkd.in',
        'youtube.com',
        'www.facebook.com',
        'IG',
      ].map((source) => networkOf(source)),
    ).toEqual(['facebook', 'facebook', 'instagram', 'x', 'linkedin', 'youtube', 'facebook', 'instagram']);
    expect([networkOf('google'), networkOf('(direct)'), networkOf(null)]).toEqual([null, null, null]);
    // The client's own table comes first, and can add a source.
    expect(networkOf('pin.it', { 'pin.it': 'pinterest' })).toBe('pinterest');
    expect(networkOf('t.co', { 't.co': 'other' })).toBe('other');
  });

  it('sums each network and the social total; other sources stay out', () => {
    const traffic = socialTraffic(
      [
        visits('l.instagram.com', null, 300),
        visits('instagram', null, 100),
        visits('m.facebook.com', null, 50),
        visits('google', null, 5000),
        visits('t.co', null, 20, { from: parseIsoDate('2026-09-15')! }),
      ],
      october,
      {},
      [],
    )!;
    // Instagram 300 + 100 = 400 sessions, 4 key events: 1 per 100 sessions; Facebook 50.
    expect(
      traffic.networks.map((n) => [n.network, n.sessions, n.engagedSessions, n.conversions, n.conversionRate]),
    ).toEqual([
      ['instagram', 400, 200, 4, 1],
      ['facebook', 50, 25, 0.5, 1],
    ]);
    expect([traffic.total.sessions, traffic.total.revenue]).toEqual([450, 450]);
    // The t.co row runs from 15 September: it cannot be split, so it is left out and counted.
    expect(traffic.acrossMonths).toBe(1);
  });

  it("joins utm_campaigns to the client's campaigns and never counts a report by campaign twice in the networks", () => {
    const traffic = socialTraffic(
      [
        visits('l.instagram.com', null, 400),
        // The same sessions again, by campaign: they must not add to Instagram's 400.
        visits('l.instagram.com', 'spring_sale', 250),
        visits('l.instagram.com', 'Always-On', 150),
        visits('facebook', 'spring_sale', 60),
        visits('google', 'spring_sale', 999),
      ],
      october,
      {},
      ['Spring_Sale', 'Brand'],
    )!;
    expect(traffic.networks.map((n) => [n.network, n.sessions])).toEqual([['instagram', 400]]);
    // spring_sale: 250 from Instagram + 60 from Facebook (Google is not social) = 310.
    expect(traffic.campaigns.map((c) => [c.name, c.campaign, c.sessions])).toEqual([
      ['spring_sale', 'Spring_Sale', 310],
      ['Always-On', null, 150],
    ]);
  });

  it('has nothing to say without sessions by source in the month', () => {
    expect(socialTraffic([], october, {}, [])).toBeNull();
  });
});

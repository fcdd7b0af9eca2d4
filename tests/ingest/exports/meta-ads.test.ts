/**
 * Meta Ads Manager: campaigns over the days they ran within the reporting dates, blank
 * cells as 0, the currency of "Amount Spent (XXX)" checked against the client's.
 */
import { describe, expect, it } from 'vitest';
import { expectProblems } from '../helpers.ts';
import { cellOf, readText, spans, values } from './read-helpers.ts';

const campaigns =
  'Campaign Name,Starts,Ends,Reporting Starts,Reporting Ends,Impressions,Reach,Link Clicks,Post Engagement,Post Reactions,Results,Result indicator,Amount Spent (EUR)\n' +
  'Spring sale,2025-03-10,2025-04-05,2025-03-01,2025-03-31,12000,8000,150,420,,30,actions:offsite_conversion.fb_pixel_purchase,250.50\n' +
  'Brand video,2025-02-01,Ongoing,2025-03-01,2025-03-31,"30,000",21000,,900,600,5000,video_thruplay_watched_actions,99\n';

describe('Meta Ads Manager export', () => {
  it('reads each campaign over its days within the reporting dates, blanks as 0', () => {
    const read = readText(campaigns, { currency: 'EUR', platform: 'instagram' });
    expect(read.format.id).toBe('meta-ads-manager');
    expect(read.problems).toEqual([]);
    // Spring sale ran Mar 10 - Apr 5, reported Mar 1 - 31: Mar 10 - 31.
    // Brand video started Feb 1 and is ongoing: the whole reporting period, Mar 1 - 31.
    expect(spans(read.rows)).toEqual(['2 instagram 2025-03-10..2025-03-31', '3 instagram 2025-03-01..2025-03-31']);
    expect(read.rows.map((row) => row.campaign)).toEqual(['Spring sale', 'Brand video']);
    expect(read.rows.every((row) => row.postId === null)).toBe(true);
    // Post Reactions blank → likes 0; Results are purchases here → conversions 30.
    expect(values(read.rows[0]!)).toEqual({
      impressions: 12000,
      reach: 8000,
      clicks: 150,
      engagements: 420,
      likes: 0,
      spend: 250.5,
      conversions: 30,
    });
    // Link Clicks blank → 0; Results are ThruPlays, not conversions, so no conversions cell.
    expect(values(read.rows[1]!)).toEqual({
      impressions: 30000,
      reach: 21000,
      clicks: 0,
      engagements: 900,
      likes: 600,
      spend: 99,
    });
    // Reporting ends Mar 31.
    expect(read.exportedThrough).toBe('2025-03-31');
  });

  it('reads a Day and Platform breakdown; refuses spend in another currency and an unknown platform', () => {
    const text =
      'Campaign Name,Day,Platform,Impressions,Link Clicks,Amount Spent (USD),Reporting Starts,Reporting Ends\n' +
      'Spring sale,2025-03-10,facebook,500,4,10.00,2025-03-10,2025-03-11\n' +
      'Spring sale,2025-03-10,instagram,700,,12.50,2025-03-10,2025-03-11\n' +
      'Spring sale,2025-03-11,threads,100,1,2,2025-03-10,2025-03-11\n';
    const read = readText(text, { currency: 'EUR' });
    // Header: "Campaign Name,Day,Platform,Impressions,Link Clicks," is 51 characters: the amount at 52.
    // Line 4: "Spring sale,2025-03-11," is 23 characters: the platform at 24.
    expectProblems(read.problems, [
      {
        file: 'in.csv',
        line: 1,
        column: 52,
        says: ['"Amount Spent (USD)"', 'in USD', "expected the client's currency EUR"],
      },
      { file: 'in.csv', line: 4, column: 24, says: ['"threads"', 'column "Platform"', 'expected a Meta platform'] },
    ]);
    expect(spans(read.rows)).toEqual(['2 facebook 2025-03-10..2025-03-10', '3 instagram 2025-03-10..2025-03-10']);
    expect(read.rows.map(values)).toEqual([
      { impressions: 500, clicks: 4 },
      { impressions: 700, clicks: 0 },
    ]);
    // Line 2: "Spring sale,2025-03-10,facebook," is 32 characters: Impressions at 33.
    expect(cellOf(read.rows[0]!, 'impressions').column).toBe(33);
  });

  it('asks for the platform when neither the file nor the settings give it', () => {
    const read = readText(campaigns, { currency: 'EUR' });
    expectProblems(read.problems, [
      { file: 'in.csv', line: 1, column: 1, says: ['no Platform column', "client's settings"] },
    ]);
    expect(read.rows).toEqual([]);
  });

  it('reports bad amounts and dates at their cells', () => {
    const text =
      'Campaign Name,Reporting Starts,Reporting Ends,Impressions,Amount Spent (USD)\n' +
      'A,2025-03-01,2025-03-31,-5,$8.27\n' +
      'B,2025-03-01,31/13/2025,10,1\n';
    const read = readText(text, { platform: 'facebook' });
    // Line 2: "A,2025-03-01,2025-03-31," is 24 characters: Impressions at 25, the amount at 28.
    // Line 3: "B,2025-03-01," is 13 characters: Reporting Ends at 14.
    expectProblems(read.problems, [
      { file: 'in.csv', line: 2, column: 25, says: ['"-5"', 'expected a count of 0 or more'] },
      { file: 'in.csv', line: 2, column: 28, says: ['"$8.27"', 'expected an amount such as 8.27'] },
      { file: 'in.csv', line: 3, column: 14, says: ['"31/13/2025"', 'column "Reporting Ends"', '"2017-07-19"'] },
    ]);
    // Line 2 kept no value and line 3 has no days: no rows.
    expect(read.rows).toEqual([]);
    expect(read.rowsRead).toBe(2);
  });
});

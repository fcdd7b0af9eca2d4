/**
 * value_source: ga4: value created counts Google Analytics' revenue from social instead
 * of the platforms' own, never both; hand-checked on a small client.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { clientModel } from '../../src/aggregate/period-model.ts';
import { buildClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';

afterAll(cleanUpTempDirs);

const GA4 =
  '# Start date: 20261001\n# End date: 20261031\nSession source / medium,Sessions,Engaged sessions,Key events,Total revenue\n' +
  'l.instagram.com / referral,300,180,6,1200\nfacebook / cpc,100,50,2,300\ngoogle / organic,900,500,20,5000\n';
// The ads report 2,000 of revenue, 10 leads and 500 of spend in October.
const ADS = 'date,platform,campaign,spend,revenue,leads\n2026-10,instagram,Autumn,500,2000,10\n';

function october(yaml: string) {
  const dir = makeDataDir({ 'acme/client.yaml': yaml, 'acme/ga4.csv': GA4, 'acme/ads.csv': ADS });
  const load = loadDataDir(dir, { today: '2026-11-30' });
  expect(load.problems).toEqual([]);
  const model = clientModel(buildClientReport(load.clients[0]!)!).period('2026-10');
  return {
    value: model.figures('value')?.value,
    sources: model.valueSources,
    instagram: model.figures('value', 'instagram')?.value,
  };
}

describe('value_source', () => {
  it("counts the platforms' revenue by default, GA4's (all of the site's) included", () => {
    // Platforms: ads 2,000 + web (GA4's every source) 6,500 = 8,500; leads 10 x 25 = 250.
    expect(october('name: Acme\nlead_value: 25\n').value).toBe(8750);
  });

  it("with ga4 counts only GA4's revenue from social, never the platforms' beside it", () => {
    const { value, sources, instagram } = october('name: Acme\nlead_value: 25\nvalue_source: ga4\n');
    // Social revenue: Instagram 1,200 + Facebook 300 = 1,500 (Google's 5,000 is not social);
    // the ads' 2,000 is not added; leads 10 x 25 = 250.
    expect(value).toBe(1750);
    expect(sources).toMatchObject({ revenue: 1500, revenueFrom: 'ga4', leads: 250 });
    // Instagram's own value: its GA4 revenue 1,200 and its leads 250.
    expect(instagram).toBe(1450);
  });
});

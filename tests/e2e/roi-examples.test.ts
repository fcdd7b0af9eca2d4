/**
 * The two worked ROI examples from the domain brief, entered as data files and
 * carried through the whole build to the published data.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../browser/build-site.ts';

interface RoiJson {
  platforms: { all: Record<string, { value: number | null }> };
}

describe('the ROI examples, from CSV to data.json', () => {
  let dataDir: string;
  let outDir: string;
  const published = (client: string): RoiJson =>
    JSON.parse(readFileSync(path.join(outDir, client, '2025-03', 'data.json'), 'utf8')) as RoiJson;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'recap-roi-'));
    const client = (slug: string, yaml: string, csv: string) => {
      mkdirSync(path.join(dataDir, slug));
      writeFileSync(path.join(dataDir, slug, 'client.yaml'), yaml);
      writeFileSync(path.join(dataDir, slug, 'march.csv'), csv);
    };
    // E-commerce: $50,000 of sales; $10,000 ads + $5,000 content + $3,000 software.
    client(
      'shop',
      'name: Shop\ncurrency: USD\n',
      'date,platform,campaign,revenue,spend,cost\n2025-03,instagram,,50000,10000,\n2025-03,instagram,Content,,,5000\n2025-03,instagram,Software,,,3000\n',
    );
    // B2B: 100 qualified leads at $200; $2,000 LinkedIn ads + $1,500 content + $500 analytics.
    client(
      'b2b',
      'name: B2B\ncurrency: USD\nlead_value: 200\n',
      'date,platform,metric,value\n2025-03,linkedin,leads,100\n2025-03,linkedin,spend,2000\n2025-03,web,cost,2000\n',
    );
    outDir = buildSite({ dataDir, base: '/' });
  });

  afterAll(() => {
    for (const dir of [dataDir, outDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('e-commerce: (50,000 - 18,000) / 18,000 x 100 = 177.78%', () => {
    const all = published('shop').platforms.all;
    expect(all.value!.value).toBe(50_000);
    expect(all.total_cost!.value).toBe(18_000);
    expect(all.roi!.value).toBeCloseTo(177.777778, 5);
  });

  it('B2B: 100 leads x 200 = 20,000; (20,000 - 4,000) / 4,000 x 100 = 400%', () => {
    const all = published('b2b').platforms.all;
    expect(all.value!.value).toBe(20_000);
    expect(all.total_cost!.value).toBe(4_000);
    expect(all.roi!.value).toBe(400);
  });
});

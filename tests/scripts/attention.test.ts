/**
 * `npm run attention` as CI runs it: each client's KPIs past their threshold in its
 * latest month, as text, as GitHub annotations with a job summary, or as JSON; the
 * client's own thresholds apply; data problems stop it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';

afterAll(cleanUpTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');
// Engagement rate 3% in September (1,500 / 50,000), 2.4% in October (1,200 / 50,000): -20%.
// Followers 1,000 -> 990: -1%, inside the default -2%.
const CSV =
  'date,platform,followers,impressions,engagements\n2026-09,instagram,1000,50000,1500\n2026-10,instagram,990,50000,1200\n';

function attention(dir: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/attention.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, RECAP_TODAY: '2026-11-30', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run attention', () => {
  it('lists each KPI past its threshold in the latest month, as text, JSON and GitHub annotations', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n', 'acme/instagram.csv': CSV });
    const text = attention(dir, []);
    expect(text.code).toBe(0);
    expect(text.out.trim().split('\n')).toEqual([
      'acme 2026-10: Engagement rate fell 20% against last month (3% → 2.4%), past the -15% that calls for a look.',
      '1 KPI needs attention.',
    ]);
    const json = JSON.parse(attention(dir, ['--format', 'json']).out) as Array<Record<string, unknown>>;
    expect(json).toEqual([
      expect.objectContaining({
        client: 'acme',
        period: '2026-10',
        metric: 'engagement_rate',
        change_pct: -20,
        threshold: -15,
      }),
    ]);
    const summary = path.join(dir, 'summary.md');
    const github = attention(dir, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summary });
    expect(github.out).toContain('::warning title=Needs attention: Acme (2026-10)::Engagement rate fell 20%');
    expect(readFileSync(summary, 'utf8')).toContain('- **Acme** (2026-10): Engagement rate fell 20%');
  });

  it("follows the client's thresholds, and stops on data problems", () => {
    const relaxed = makeDataDir({
      'acme/client.yaml': 'name: Acme\nattention:\n  engagement_rate: -25%\n  followers: "-1%"\n',
      'acme/instagram.csv': CSV,
    });
    // -20% is inside -25%; followers' -1% now counts.
    expect(attention(relaxed, []).out).toContain(
      'acme 2026-10: Followers fell 1% against last month (1,000 → 990), past the -1%',
    );
    expect(attention(relaxed, []).out).not.toContain('Engagement rate');
    const broken = makeDataDir({
      'acme/client.yaml': 'name: Acme\nattention:\n  engagment_rate: -10%\n',
      'acme/a.csv': CSV,
    });
    const result = attention(broken, []);
    expect(result.code).toBe(1);
    expect(result.err).toContain('attention: found "engagment_rate", expected a built-in metric');
  });
});

/**
 * Writes the demo clients described in scripts/sample-data/ into `data/`, or into the
 * folder given with --out:
 *
 *   npm run sample-data                  # -> data/
 *   npm run sample-data -- --out /tmp/demo
 *
 * The clients are data, not code: scripts/sample-data/settings.yaml holds what they
 * share (the days, the cost split, data/README.md) and each `<slug>.yaml` one client:
 * the files written as they are (client.yaml, logo, notes) and how its platforms,
 * campaigns and costs behave, from which the CSV files are made up.
 *
 * The output is deterministic: every random number comes from a seeded PRNG, the date
 * range is fixed and nothing depends on today's date, so running it twice gives
 * byte-identical files. Only the files it generates are (over)written; anything else in
 * the target folder (other clients, other notes) is left alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { costsCsv, longCsv, wideCsv } from './sample-data/csv.ts';
import { readSampleData, type Client, type CompetitorSpec, type Settings } from './sample-data/description.ts';
import { instagramPostExport } from './sample-data/posts.ts';
import { campaignRows, costRows, daysBetween, monthsIn, organicRows, weeklyCostRows } from './sample-data/series.ts';

const DESCRIPTIONS = join(import.meta.dirname, 'sample-data');

/** A client's files, by their path in the client's folder. */
function clientFiles(client: Client, settings: Settings): Map<string, string> {
  const days = daysBetween(settings.first_date, settings.last_date);
  const files = new Map(Object.entries(client.files));
  for (const spec of client.platforms) {
    const rows = organicRows(spec, days, client.seed);
    const csv = spec.format === 'wide' ? wideCsv(rows, spec.columns, false) : longCsv(rows, spec.columns);
    files.set(`${spec.platform}.csv`, csv);
    if (spec.platform === 'instagram' && client.instagram_posts) {
      const posts = instagramPostExport(client.instagram_posts, rows, client.seed, `178414${client.seed}`);
      if (posts) files.set(posts.name, posts.text);
    }
  }
  for (const [id, competitor] of Object.entries(client.competitors)) {
    files.set(`competitors/${id}.csv`, competitorCsv(client, id, competitor, days));
  }
  if (client.campaigns.length > 0) {
    const rows = campaignRows(client.campaigns, days, client.seed, client.money_unit);
    files.set('paid-campaigns.csv', wideCsv(rows, settings.paid_columns, true));
  }
  if (client.costs.length > 0) {
    const rows =
      client.costs_every === 'week'
        ? weeklyCostRows(client.costs, days, client.seed)
        : costRows(client.costs, monthsIn(days, client.calendar), client.seed);
    files.set('costs.csv', costsCsv(rows, settings.cost_split));
  }
  return files;
}

/** What a competitor tool exports of an account it follows: public counts only. */
const COMPETITOR_COLUMNS = ['followers', 'impressions', 'engagements', 'posts'] as const;

/** A competitor's numbers: the client's own platforms, scaled, drawn from a stream of their own. */
function competitorCsv(
  client: Client,
  id: string,
  competitor: CompetitorSpec,
  days: ReturnType<typeof daysBetween>,
): string {
  const rows = Object.entries(competitor.platforms).flatMap(([platform, scale]) => {
    const own = client.platforms.find((spec) => spec.platform === platform);
    if (!own)
      throw new Error(`${client.slug}: competitor ${id} is on ${platform}, which the client has no numbers for`);
    // Drawn with the client's columns, so that engagements add up from likes and the rest.
    const spec = {
      ...own,
      followers: own.followers * scale.size,
      follower_growth: scale.follower_growth ?? own.follower_growth,
      impressions: own.impressions * scale.size,
      engagement_rate: own.engagement_rate * scale.engagement,
      posts_per_day: own.posts_per_day.map((posts) => posts * scale.posting),
      outages: [],
    };
    return organicRows(spec, days, client.seed + [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0));
  });
  return wideCsv(rows, [...COMPETITOR_COLUMNS], false);
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const target = resolve(process.cwd(), values.out ?? positionals[0] ?? 'data');
  let sampleData;
  try {
    sampleData = readSampleData(DESCRIPTIONS);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { settings, clients } = sampleData;
  const files = new Map(Object.entries(settings.files));
  for (const client of clients) {
    for (const [path, text] of clientFiles(client, settings)) files.set(`${client.slug}/${path}`, text);
  }
  for (const [path, text] of files) {
    const file = join(target, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, 'utf8');
    console.log(`wrote ${file}`);
  }
}

main();

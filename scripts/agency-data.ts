/**
 * The agency data set of `npm run bench:site` (issue 14): N clients (default 50), each
 * with 36 months of daily rows on 5 platforms, paid campaigns with spend and revenue on
 * two of them, monthly costs by category, and for some clients goals and analyst notes.
 *
 *   node scripts/agency-data.ts [--clients 50] [--seed 1414] [--out DIR]
 *
 * Seeded and deterministic: a client's files depend only on the seed and the client's
 * number, so the same seed gives the same bytes, and the first 5 clients of a 50-client
 * set are the 5-client set. The last month is partial (data through the 15th) so that
 * one more day (`appendDay`) changes a client's pages without adding a month:
 * every client has 36 report pages and 36 data.json files, and the combined site has
 * clients x 37 + 1 pages (a page per month and one per client, plus the portfolio).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mulberry32, type Rng } from './seeded-random.ts';

export const AGENCY_FIRST_DAY = '2023-01-01';
export const AGENCY_LAST_DAY = '2025-12-15';
/** The day the builds count as today (RECAP_TODAY): the day after the data, so nothing is stale. */
export const AGENCY_TODAY = '2025-12-16';
export const AGENCY_MONTHS = 36;
/** Every client is monthly: besides its months, 12 quarterly and 3 yearly reviews. */
export const AGENCY_REPORTS = AGENCY_MONTHS + AGENCY_MONTHS / 3 + AGENCY_MONTHS / 12;
export const AGENCY_DEFAULTS = { clients: 50, seed: 1414 } as const;

/** Pages of the combined site (and data.json files) for a set of `clients` clients. */
export function agencyPageCount(clients: number): { pages: number; dataJson: number } {
  return { pages: clients * (AGENCY_REPORTS + 1) + 1, dataJson: clients * AGENCY_REPORTS };
}

// ---------------------------------------------------------------------------------------
// Shapes

type PlatformRow = readonly [
  platform: string,
  followers: number,
  dailyImpressions: number,
  engagementRate: number,
  clickRate: number,
  videoViewsPerImpression: number,
  postsPerWeek: number,
];
const PLATFORMS: readonly PlatformRow[] = [
  ['instagram', 24_000, 18_000, 0.035, 0.006, 0.3, 5],
  ['facebook', 31_000, 12_000, 0.014, 0.009, 0.15, 4],
  ['linkedin', 6_500, 4_000, 0.022, 0.012, 0.05, 3],
  ['tiktok', 9_000, 22_000, 0.055, 0.003, 0.85, 4],
  ['youtube', 3_200, 7_500, 0.028, 0.004, 0.42, 1],
  ['x', 11_000, 9_000, 0.011, 0.007, 0.08, 7],
];
const ORGANIC_COLUMNS = ['followers', 'impressions', 'reach', 'engagements', 'clicks', 'video_views', 'posts'];

type CampaignRow = readonly [
  name: string,
  months: readonly number[], // 1-12; empty: always on
  dailyBudget: number,
  cpm: number,
  ctr: number,
  conversionRate: number,
  orderValue: number,
  leadRate: number,
];
const ALWAYS_ON: CampaignRow = ['Always-on retargeting', [], 40, 7, 0.011, 0.025, 85, 0.004];
const SEASONAL: readonly CampaignRow[] = [
  ['Spring launch', [3, 4], 90, 9, 0.009, 0.018, 110, 0.006],
  ['Summer sale', [6, 7], 110, 8, 0.01, 0.022, 70, 0.003],
  ['Back to school', [8, 9], 80, 8.5, 0.009, 0.02, 60, 0.004],
  ['Holiday gifts', [11, 12], 150, 11, 0.012, 0.03, 95, 0.002],
  ['Lead magnet', [1, 2, 10], 60, 10, 0.008, 0.005, 0, 0.05],
];
const PAID_COLUMNS = ['impressions', 'clicks', 'spend', 'conversions', 'revenue', 'leads'];

/** Locale, currency, lead value: the agency's clients are in five markets. */
const MARKETS = [
  ['en-US', 'USD', 40],
  ['en-GB', 'GBP', 35],
  ['de-DE', 'EUR', 45],
  ['fr-FR', 'EUR', 30],
  ['nl-NL', 'EUR', 25],
] as const;
const NAMES = ['Northwind', 'Alpine', 'Harbor', 'Cedar', 'Lumen', 'Copper', 'Willow', 'Summit', 'Meadow', 'Atlas'];
const TRADES = ['Outfitters', 'Hotels', 'Bakery', 'Dental', 'Fitness', 'Coffee', 'Books', 'Garden', 'Cycles', 'Studio'];
const COLORS = ['#1f6f4a', '#8c2f39', '#c2410c', '#1d4ed8', '#6d28d9', '#0f766e', '#a16207', '#be185d'];
/** Monthly content, staff and tools cost per platform, before the client's scale. */
const COST_SPLIT = [
  ['content', 520],
  ['staff', 310],
  ['tools', 90],
] as const;

// ---------------------------------------------------------------------------------------
// Randomness and days

/** FNV-1a: each stream (client, platform, campaign) gets its own seed, so clients do not depend on each other. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const rngFor = (seed: number, stream: string): Rng => mulberry32((seed ^ hash(stream)) >>> 0);
/** Multiplicative noise around 1, within 1 +- spread. */
const wobble = (rng: Rng, spread: number): number => 1 + spread * (2 * rng() - 1);

interface Day {
  iso: string;
  month: number; // 1-12
  weekend: boolean;
  /** Years since the first day. */
  years: number;
}

function daysThrough(last: string): Day[] {
  const days: Day[] = [];
  const first = Date.parse(AGENCY_FIRST_DAY);
  for (let ms = first; ms <= Date.parse(last); ms += 86_400_000) {
    const date = new Date(ms);
    const dow = date.getUTCDay();
    days.push({
      iso: date.toISOString().slice(0, 10),
      month: date.getUTCMonth() + 1,
      weekend: dow === 0 || dow === 6,
      years: (ms - first) / (365.25 * 86_400_000),
    });
  }
  return days;
}

const nextDay = (iso: string): string => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------
// One client

export interface AgencyClient {
  readonly slug: string;
  readonly name: string;
  /** Path in the client folder -> file content. */
  readonly files: Map<string, string>;
}

/** Client `index` (0-based) of the set: its folder's files, with data through `lastDay`. */
export function agencyClient(index: number, seed: number, lastDay: string = AGENCY_LAST_DAY): AgencyClient {
  const rng = rngFor(seed, `client:${index}`);
  // Every pair of name and trade once in 100 clients; a number after that.
  const round = Math.floor(index / (NAMES.length * TRADES.length));
  const name = `${NAMES[index % NAMES.length]} ${TRADES[(index + Math.floor(index / NAMES.length)) % TRADES.length]}${round ? ` ${round + 1}` : ''}`;
  const slug = name.toLowerCase().replaceAll(' ', '-');
  const [locale, currency, leadValue] = MARKETS[index % MARKETS.length]!;
  const scale = 0.3 + 2.7 * rng();
  // Five of the six platforms; the first two carry the paid campaigns.
  const platforms = PLATFORMS.filter((_, i) => i !== index % PLATFORMS.length);
  const paid = platforms.slice(0, 2).map(([platform]) => platform);
  const seasonal = [SEASONAL[index % SEASONAL.length]!, SEASONAL[(index + 2) % SEASONAL.length]!];
  const days = daysThrough(lastDay);
  const files = new Map<string, string>();

  let followersAtGoalStart = 0;
  for (const row of platforms) {
    const { csv, followersOn } = organicCsv(row, scale, days, rngFor(seed, `organic:${index}:${row[0]}`));
    files.set(`${row[0]}.csv`, csv);
    followersAtGoalStart += followersOn('2025-01-01');
  }
  const { csv: paidCsv, revenue2024 } = paidCampaignsCsv(paid, [ALWAYS_ON, ...seasonal], scale, days, seed, index);
  files.set('paid-campaigns.csv', paidCsv);
  files.set('costs.csv', costsCsv(platforms, scale, days, rngFor(seed, `costs:${index}`)));

  const yaml = [
    `# Agency benchmark client ${index + 1}, generated by scripts/agency-data.ts (seed ${seed}).`,
    `name: ${name}`,
    `currency: ${currency}`,
    `locale: ${locale}`,
    `lead_value: ${leadValue}`,
    'brand:',
    `  color: "${COLORS[index % COLORS.length]}"`,
  ];
  if (index % 3 === 0) yaml.push(...goalsYaml(followersAtGoalStart, revenue2024, index));
  files.set('client.yaml', `${yaml.join('\n')}\n`);
  if (index % 4 === 1) {
    for (const month of ['2025-11', '2025-12']) files.set(`notes/${month}.md`, noteText(name, month, seasonal[1]![0]));
  }
  return { slug, name, files };
}

function organicCsv(
  [platform, followers0, impressions0, engagementRate, clickRate, videoRate, postsPerWeek]: PlatformRow,
  scale: number,
  days: readonly Day[],
  rng: Rng,
): { csv: string; followersOn: (iso: string) => number } {
  const lines = [['date', 'platform', ...ORGANIC_COLUMNS].join(',')];
  const growth = 0.1 + 0.4 * rng(); // followers a year
  let followers = followers0 * scale;
  const followersByDay = new Map<string, number>();
  for (const day of days) {
    followers *= 1 + (growth / 365) * wobble(rng, 0.8);
    const posts = rng() < postsPerWeek / 7 ? 1 + (rng() < 0.2 ? 1 : 0) : 0;
    const season = 1 + 0.15 * Math.sin(((day.month - 3) / 12) * 2 * Math.PI);
    const impressions = Math.round(
      impressions0 *
        scale *
        (1 + 0.2 * day.years) *
        season *
        (day.weekend ? 0.8 : 1.05) *
        (posts ? 1.3 : 0.8) *
        wobble(rng, 0.25),
    );
    const reach = Math.round(impressions * (0.55 + 0.25 * rng()));
    const engagements = Math.round(impressions * engagementRate * wobble(rng, 0.3));
    const clicks = Math.round(impressions * clickRate * wobble(rng, 0.3));
    const videoViews = Math.round(impressions * videoRate * wobble(rng, 0.2));
    const count = Math.round(followers);
    followersByDay.set(day.iso, count);
    lines.push([day.iso, platform, count, impressions, reach, engagements, clicks, videoViews, posts].join(','));
  }
  return { csv: `${lines.join('\n')}\n`, followersOn: (iso) => followersByDay.get(iso) ?? 0 };
}

function paidCampaignsCsv(
  platforms: readonly string[],
  campaigns: readonly CampaignRow[],
  scale: number,
  days: readonly Day[],
  seed: number,
  index: number,
): { csv: string; revenue2024: number } {
  const rows: string[][] = [];
  let revenue2024 = 0;
  for (const [name, months, budget, cpm, ctr, conversionRate, orderValue, leadRate] of campaigns) {
    for (const platform of platforms) {
      const rng = rngFor(seed, `campaign:${index}:${name}:${platform}`);
      for (const day of days) {
        if (months.length > 0 && !months.includes(day.month)) continue;
        const spend = budget * (0.5 + scale / 2) * wobble(rng, 0.15);
        const impressions = Math.round((spend / (cpm * wobble(rng, 0.1))) * 1000);
        const clicks = Math.round(impressions * ctr * wobble(rng, 0.2));
        const conversions = Math.round(clicks * conversionRate * wobble(rng, 0.6));
        const revenue = conversions * orderValue * wobble(rng, 0.3);
        const leads = Math.round(clicks * leadRate * wobble(rng, 0.6));
        if (day.iso.startsWith('2024')) revenue2024 += revenue;
        rows.push([
          day.iso,
          platform,
          name,
          String(impressions),
          String(clicks),
          spend.toFixed(2),
          String(conversions),
          revenue.toFixed(2),
          String(leads),
        ]);
      }
    }
  }
  // Sorted by day as a platform export is; campaigns and platforms in a fixed order within a day.
  rows.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  const lines = [['date', 'platform', 'campaign', ...PAID_COLUMNS].join(','), ...rows.map((r) => r.join(','))];
  return { csv: `${lines.join('\n')}\n`, revenue2024 };
}

function costsCsv(platforms: readonly PlatformRow[], scale: number, days: readonly Day[], rng: Rng): string {
  const lines = ['date,platform,category,metric,value'];
  const months = [...new Set(days.map((day) => day.iso.slice(0, 7)))];
  for (const month of months) {
    const raise = 1.04 ** (Number(month.slice(0, 4)) - 2023);
    for (const [platform] of platforms) {
      for (const [category, base] of COST_SPLIT) {
        lines.push(
          [month, platform, category, 'cost', (base * (0.5 + scale / 2) * raise * wobble(rng, 0.08)).toFixed(2)].join(
            ',',
          ),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function goalsYaml(followers: number, revenue2024: number, index: number): string[] {
  const lines = [
    'goals:',
    '  - id: followers-2025',
    '    metric: followers',
    '    kind: level',
    `    target: ${Math.round((followers * 1.3) / 1000) * 1000}`,
    '    start: 2025-01-01',
    '    deadline: 2025-12-31',
    '  - id: revenue-2025',
    '    label: Revenue 20% above 2024',
    '    metric: revenue',
    '    kind: total',
    `    target: ${Math.round((revenue2024 * 1.2) / 1000) * 1000}`,
    '    start: 2025-01-01',
    '    deadline: 2025-12-31',
  ];
  if (index % 2 === 0) {
    lines.push(
      '  - id: engagement-rate',
      '    metric: engagement_rate',
      '    kind: at_least',
      '    target: 2.5',
      '    start: 2025-01-01',
      '    deadline: 2025-12-31',
    );
  }
  return lines;
}

function noteText(name: string, month: string, campaign: string): string {
  return `---
wins:
  - ${campaign} beat its cost per click target in ${month}.
opportunities:
  - ${name} could test a second weekly short video.
---

This month's budget moved towards **${campaign}**; reach grew while cost per click rose a little.
`;
}

// ---------------------------------------------------------------------------------------
// The whole set

/** Writes the set into `dir` (emptied first); returns the slugs of the clients in order. */
export function writeAgencyData(dir: string, clients: number, seed: number): string[] {
  rmSync(dir, { recursive: true, force: true });
  const slugs: string[] = [];
  for (let index = 0; index < clients; index++) {
    const client = agencyClient(index, seed);
    for (const [file, text] of client.files) {
      const target = path.join(dir, client.slug, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    slugs.push(client.slug);
  }
  return slugs;
}

/**
 * Adds the day after AGENCY_LAST_DAY to client `index`'s CSV files in `dir`, as next
 * day's exports would. Returns the files' previous text, to put back with `restoreFiles`.
 */
export function appendDay(dir: string, index: number, seed: number): Map<string, string> {
  const now = agencyClient(index, seed);
  const next = agencyClient(index, seed, nextDay(AGENCY_LAST_DAY));
  const previous = new Map<string, string>();
  for (const [file, text] of next.files) {
    if (!file.endsWith('.csv')) continue;
    const target = path.join(dir, now.slug, file);
    const old = readFileSync(target, 'utf8');
    if (old !== now.files.get(file)) throw new Error(`${target} is not as generated: regenerate the set`);
    previous.set(target, old);
    writeFileSync(target, text);
  }
  return previous;
}

export function restoreFiles(previous: ReadonlyMap<string, string>): void {
  for (const [file, text] of previous) writeFileSync(file, text);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: String(AGENCY_DEFAULTS.clients) },
      seed: { type: 'string', default: String(AGENCY_DEFAULTS.seed) },
      out: { type: 'string' },
    },
  });
  const clients = Number(values.clients);
  const seed = Number(values.seed);
  if (!Number.isInteger(clients) || clients < 1 || !Number.isInteger(seed) || seed < 0) {
    console.error('usage: node scripts/agency-data.ts [--clients N >= 1] [--seed N >= 0] [--out DIR]');
    process.exit(2);
  }
  const dir = path.resolve(values.out ?? path.join('bench', 'output', `agency-${clients}c-seed${seed}`));
  const slugs = writeAgencyData(dir, clients, seed);
  const { pages, dataJson } = agencyPageCount(slugs.length);
  console.log(
    `Wrote ${slugs.length} clients into ${path.relative(process.cwd(), dir) || dir}: ${pages} pages and ${dataJson} data.json files to build.`,
  );
}

if (import.meta.main) main();

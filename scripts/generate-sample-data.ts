/**
 * Writes the demo clients under `data/`, or into the folder given with --out:
 *
 *   npm run sample-data                  # -> data/
 *   npm run sample-data -- --out /tmp/demo
 *
 * The output is deterministic: every random number comes from a seeded PRNG, the date
 * range is fixed and nothing depends on today's date, so running it twice gives
 * byte-identical files. Only the files listed here are (over)written; anything else in
 * the target folder (a client's notes, other clients) is left alone.
 *
 * Three clients:
 * - northwind-outfitters: outdoor-apparel shop (USD, en-US). Organic instagram, facebook
 *   and tiktok (tiktok only from 2025-02), paid campaigns on facebook and instagram that
 *   bring revenue, monthly costs in the long format.
 * - alpenblick-hotels: hotel group (EUR, de-DE). Organic instagram, facebook, linkedin and
 *   youtube (youtube in the long format), campaigns that bring booking enquiries (leads)
 *   and some direct bookings, monthly costs in the long format.
 * - narenj-bakery: a Tehran patisserie (IRR shown in tomans, fa-IR, Solar Hijri months).
 *   Organic Instagram, Telegram and Aparat; paid placements on Instagram pages and
 *   Telegram channels that bring orders; monthly costs by Jalali month (1403-04 ...).
 *
 * Daily rows run from 2024-06-01 to 2026-11-18, so the last month is deliberately partial.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PersianCalendar } from '../src/model/persian-calendar.ts';
import { mulberry32, type Rng } from './seeded-random.ts';

const FIRST_DATE = '2024-06-01';
const LAST_DATE = '2026-11-18';

// ---------------------------------------------------------------------------------------
// Randomness

/** FNV-1a, to give every stream (client + platform + campaign) its own seed. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function streamRng(clientSeed: number, stream: string): Rng {
  return mulberry32((clientSeed ^ hashString(stream)) >>> 0);
}

function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** Standard normal (Box-Muller). */
function gaussian(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Multiplicative noise with mean 1. */
function noise(rng: Rng, sigma: number): number {
  return Math.exp(sigma * gaussian(rng) - (sigma * sigma) / 2);
}

function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 40) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(rng)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

// ---------------------------------------------------------------------------------------
// Calendar

interface DayInfo {
  iso: string; // YYYY-MM-DD
  month: string; // YYYY-MM
  year: number;
  monthIndex: number; // 0-11
  dayOfMonth: number;
  dow: number; // 0 = Sunday
  t: number; // days since FIRST_DATE
  ms: number;
}

const MS_PER_DAY = 86_400_000;

function parseIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

function dayInfo(ms: number, startMs: number): DayInfo {
  const date = new Date(ms);
  const iso = date.toISOString().slice(0, 10);
  return {
    iso,
    month: iso.slice(0, 7),
    year: date.getUTCFullYear(),
    monthIndex: date.getUTCMonth(),
    dayOfMonth: date.getUTCDate(),
    dow: date.getUTCDay(),
    t: Math.round((ms - startMs) / MS_PER_DAY),
    ms,
  };
}

function buildDays(first: string, last: string): DayInfo[] {
  const startMs = parseIso(first);
  const endMs = parseIso(last);
  const days: DayInfo[] = [];
  for (let ms = startMs; ms <= endMs; ms += MS_PER_DAY) days.push(dayInfo(ms, startMs));
  return days;
}

const DAYS = buildDays(FIRST_DATE, LAST_DATE);
const MONTHS = [...new Set(DAYS.map((d) => d.month))];

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * Yearly seasonality: `byMonth` holds a multiplier for the middle of each month; days in
 * between are interpolated so there are no steps at month boundaries.
 */
function seasonal(byMonth: readonly number[], day: DayInfo): number {
  const pos = day.monthIndex + (day.dayOfMonth - 0.5) / daysInMonth(day.year, day.monthIndex) - 0.5;
  const lo = Math.floor(pos);
  const frac = pos - lo;
  const a = byMonth[(lo + 12) % 12]!;
  const b = byMonth[(lo + 13) % 12]!;
  return a + (b - a) * frac;
}

/** Black Friday: the day after the fourth Thursday of November. */
function blackFriday(year: number): string {
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return `${year}-11-${String(firstThursday + 22).padStart(2, '0')}`;
}

/** Extra shopping interest around Black Friday / Cyber Monday (1 = none). */
function cyberWeekBoost(day: DayInfo): number {
  if (day.monthIndex !== 10 && day.monthIndex !== 11) return 1;
  const offset = (day.ms - parseIso(blackFriday(day.year))) / MS_PER_DAY;
  if (offset >= 0 && offset <= 3) return 1.8; // Black Friday to Cyber Monday
  if (offset >= -6 && offset < 0) return 1.25; // the week before
  return 1;
}

function inWindow(day: DayInfo, from: string, to: string): boolean {
  return day.iso >= from && day.iso <= to;
}

// ---------------------------------------------------------------------------------------
// Data model of the generator

type Platform = 'facebook' | 'instagram' | 'linkedin' | 'x' | 'youtube' | 'tiktok' | 'telegram' | 'aparat';

type Metric =
  | 'followers'
  | 'impressions'
  | 'reach'
  | 'engagements'
  | 'likes'
  | 'comments'
  | 'shares'
  | 'saves'
  | 'clicks'
  | 'video_views'
  | 'profile_visits'
  | 'posts'
  | 'leads'
  | 'conversions'
  | 'revenue'
  | 'spend'
  | 'cost';

const MONEY_METRICS: ReadonlySet<Metric> = new Set(['revenue', 'spend', 'cost']);

/** One row of values; a missing metric is written as an empty cell ("not reported"). */
type Values = Partial<Record<Metric, number>>;

interface Row {
  date: string;
  platform: Platform;
  campaign?: string;
  values: Values;
}

interface OrganicSpec {
  platform: Platform;
  /** First day the account was reported (a platform added later starts with a gap). */
  start: string;
  columns: readonly Metric[];
  format: 'wide' | 'long';
  followers0: number;
  /** Yearly follower growth, e.g. 0.25 = +25 % a year. */
  followerGrowth: number;
  /** Impressions on an average day at the start, before seasonality. */
  impressions0: number;
  /** Yearly growth of impressions. */
  impressionGrowth: number;
  season: readonly number[];
  /** Multiplier per weekday, Sunday first. */
  weekday: readonly number[];
  /** Expected posts per weekday, Sunday first; capped at `maxPosts`. */
  postsPerDay: readonly number[];
  maxPosts: number;
  /** How much a day's impressions depend on posting that day (0 = evergreen, 1 = a lot). */
  postSensitivity: number;
  /** Chance of a viral day (a post that takes off). */
  viralChance: number;
  engagementRate: number;
  /** Share of engagements by type; should add up to 1 over the columns present. */
  mix: { likes: number; comments: number; shares: number; saves: number };
  reachShare: readonly [number, number];
  clickRate: number;
  videoViewRate: number;
  profileVisitRate: number;
  /** Leads (e.g. enquiries from the link in bio) per click. */
  leadRate: number;
  /** Short reporting outages: these metrics are empty on these days. */
  outages: readonly { from: string; to: string; metrics: readonly Metric[] }[];
}

interface CampaignSpec {
  name: string;
  /** Inclusive date windows in which the campaign ran. */
  windows: readonly (readonly [string, string])[];
  /** Base daily budget per platform (money); scaled by seasonality and kept within 20-400. */
  budgets: Partial<Record<Platform, number>>;
  budgetSeason: readonly number[] | null;
  weekdaysOnly: boolean;
  cpm: number;
  ctr: number;
  conversionRate: number;
  orderValue: number;
  leadRate: number;
  /** Multiplier on conversion rate by month (e.g. post-holiday slump), mid-month values. */
  performance: readonly number[] | null;
  /** Days to ramp up from half budget at the start of a window. */
  rampDays: number;
  cyberWeek: boolean;
}

interface CostSpec {
  platform: Platform;
  start: string; // YYYY-MM
  /** Monthly cost for content production + tools. */
  monthly: number;
  /** Yearly price increase applied every January. */
  yearlyIncrease: number;
  /** One-off extra costs (photo shoots, video production) by month. */
  extras: Readonly<Record<string, number>>;
}

interface ClientSpec {
  slug: string;
  seed: number;
  /** The calendar of the client's month rows (costs); day rows are always Gregorian ISO dates. */
  calendar: 'gregorian' | 'persian';
  /** Campaign budgets are kept within 20-400 of this unit a day: 1 for dollars and euros, more for rials. */
  moneyUnit: number;
  yaml: string;
  /** An SVG word mark, written as logo.svg beside client.yaml. */
  logo: string;
  organic: readonly OrganicSpec[];
  campaigns: readonly CampaignSpec[];
  costs: readonly CostSpec[];
}

// ---------------------------------------------------------------------------------------
// Generators

function generateOrganic(spec: OrganicSpec, clientSeed: number): Row[] {
  const rng = streamRng(clientSeed, `organic:${spec.platform}`);
  const rows: Row[] = [];
  let followers = spec.followers0;
  let viralCarry = 1; // a viral day keeps echoing for a few days
  const dailyFollowerRate = Math.log(1 + spec.followerGrowth) / 365;
  const dailyImpressionRate = Math.log(1 + spec.impressionGrowth) / 365;
  const has = new Set(spec.columns);

  for (const day of DAYS) {
    if (day.iso < spec.start) continue;
    const age = (day.ms - parseIso(spec.start)) / MS_PER_DAY;
    const season = seasonal(spec.season, day);

    const posts = Math.min(spec.maxPosts, poisson(rng, spec.postsPerDay[day.dow]! * (0.7 + 0.3 * season)));
    const postEffect = posts === 0 ? 0.6 : Math.min(1.5, 0.8 + 0.22 * posts);
    const postFactor = 1 + spec.postSensitivity * (postEffect - 1);

    let viral = 1;
    if (posts > 0 && rng() < spec.viralChance) viral = uniform(rng, 2.2, 5.5);
    viralCarry = Math.max(viral, 1 + (viralCarry - 1) * 0.35);

    const trend = Math.exp(dailyImpressionRate * age);
    const impressions = Math.round(
      spec.impressions0 *
        trend *
        season *
        cyberWeekBoost(day) ** 0.5 *
        spec.weekday[day.dow]! *
        postFactor *
        viralCarry *
        noise(rng, 0.18),
    );
    const reach = Math.round(impressions * uniform(rng, spec.reachShare[0], spec.reachShare[1]));

    // Engagement rate moves a little with the season and stays within 1-6 %.
    const rate = clamp(spec.engagementRate * noise(rng, 0.15) * (0.9 + 0.1 * season), 0.01, 0.06);
    const engagementBase = impressions * rate;
    const likes = has.has('likes') ? poisson(rng, engagementBase * spec.mix.likes) : 0;
    const comments = has.has('comments') ? poisson(rng, engagementBase * spec.mix.comments) : 0;
    const shares = has.has('shares') ? poisson(rng, engagementBase * spec.mix.shares * viralCarry ** 0.3) : 0;
    const saves = has.has('saves') ? poisson(rng, engagementBase * spec.mix.saves) : 0;
    const engagements = likes + comments + shares + saves;

    const clicks = poisson(rng, impressions * clamp(spec.clickRate * noise(rng, 0.2), 0.005, 0.02));
    const videoViews = Math.round(impressions * spec.videoViewRate * noise(rng, 0.15));
    const profileVisits = poisson(rng, impressions * spec.profileVisitRate * noise(rng, 0.2));
    const leads = poisson(rng, clicks * spec.leadRate * (0.7 + 0.3 * season));

    // Followers: steady growth with noise; a viral day brings a burst, a bad day a small dip.
    const expectedAdds = followers * dailyFollowerRate * (0.8 + 0.2 * season);
    const adds = expectedAdds * (1 + 0.9 * gaussian(rng)) + (viral > 1 ? expectedAdds * viral * 3 : 0);
    followers = Math.max(0, followers + Math.max(adds, -0.0004 * followers));
    const followersToday = Math.round(followers);

    const all: Values = {
      followers: followersToday,
      impressions,
      reach,
      engagements,
      likes,
      comments,
      shares,
      saves,
      clicks,
      video_views: videoViews,
      profile_visits: profileVisits,
      posts,
      leads,
    };
    const values: Values = {};
    for (const metric of spec.columns) {
      const down = spec.outages.some((o) => inWindow(day, o.from, o.to) && o.metrics.includes(metric));
      const value = all[metric];
      if (!down && value !== undefined) values[metric] = value;
    }
    rows.push({ date: day.iso, platform: spec.platform, values });
  }
  return rows;
}

function generateCampaigns(campaigns: readonly CampaignSpec[], clientSeed: number, moneyUnit: number): Row[] {
  const rows: Row[] = [];
  for (const campaign of campaigns) {
    for (const [platform, budget] of Object.entries(campaign.budgets) as [Platform, number][]) {
      const rng = streamRng(clientSeed, `campaign:${campaign.name}:${platform}`);
      for (const day of DAYS) {
        const window = campaign.windows.find(([from, to]) => inWindow(day, from, to));
        if (!window) continue;
        if (campaign.weekdaysOnly && (day.dow === 0 || day.dow === 6)) continue;

        const sinceStart = (day.ms - parseIso(window[0])) / MS_PER_DAY;
        const ramp = campaign.rampDays > 0 ? Math.min(1, 0.5 + (0.5 * sinceStart) / campaign.rampDays) : 1;
        const season = campaign.budgetSeason ? seasonal(campaign.budgetSeason, day) : 1;
        const cyber = campaign.cyberWeek ? cyberWeekBoost(day) : 1;
        const spend = clamp(budget * season * ramp * cyber * noise(rng, 0.12), 20 * moneyUnit, 400 * moneyUnit);

        const cpm = campaign.cpm * (0.85 + 0.15 * season) * noise(rng, 0.1);
        const impressions = Math.round((spend / cpm) * 1000);
        const clicks = poisson(rng, impressions * campaign.ctr * noise(rng, 0.12));
        const performance = campaign.performance ? seasonal(campaign.performance, day) : 1;
        const conversions = poisson(rng, clicks * campaign.conversionRate * performance * cyber ** 0.5);
        let revenue = 0;
        for (let i = 0; i < conversions; i++) revenue += campaign.orderValue * noise(rng, 0.35);
        const leads = poisson(rng, clicks * campaign.leadRate);

        rows.push({
          date: day.iso,
          platform,
          campaign: campaign.name,
          values: {
            impressions,
            clicks,
            spend: round2(spend),
            conversions,
            revenue: round2(revenue),
            leads,
          },
        });
      }
    }
  }
  rows.sort((a, b) => cmp(a.date, b.date) || cmp(a.platform, b.platform) || cmp(a.campaign ?? '', b.campaign ?? ''));
  return rows;
}

/** The months of the generated days in the client's calendar, as YYYY-MM ids. */
function monthsIn(calendar: ClientSpec['calendar']): string[] {
  if (calendar === 'gregorian') return MONTHS;
  const persian = new PersianCalendar();
  return [...new Set(DAYS.map((d) => persian.monthOf(d.ms / MS_PER_DAY).id))];
}

function generateCosts(costs: readonly CostSpec[], clientSeed: number, months: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const month of months) {
    for (const spec of costs) {
      if (month < spec.start) continue;
      const rng = streamRng(clientSeed, `cost:${spec.platform}:${month}`);
      const yearsOfIncreases = Number(month.slice(0, 4)) - Number(spec.start.slice(0, 4));
      const base = spec.monthly * (1 + spec.yearlyIncrease) ** yearsOfIncreases;
      // Freelancer hours vary a little from month to month.
      const value = base * uniform(rng, 0.94, 1.08) + (spec.extras[month] ?? 0);
      rows.push({ date: month, platform: spec.platform, values: { cost: round2(value) } });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// CSV output

/**
 * The monthly costs split by what they paid for, in the long shape with a category
 * column: content production, the social media manager's hours, and tools. The parts
 * add up to the month's cost to the cent.
 */
const COST_SPLIT = [
  ['content', 0.55],
  ['staff', 0.33],
  ['tools', 0.12],
] as const;

function costsCsv(rows: readonly Row[]): string {
  const lines = ['date,platform,category,metric,value'];
  for (const row of rows) {
    const total = row.values.cost ?? 0;
    let left = total;
    COST_SPLIT.forEach(([category, share], i) => {
      const part = i === COST_SPLIT.length - 1 ? round2(left) : round2(total * share);
      left = round2(left - part);
      lines.push([row.date, row.platform, category, 'cost', part.toFixed(2)].join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatValue(metric: Metric, value: number | undefined): string {
  if (value === undefined) return '';
  if (value < 0 || !Number.isFinite(value)) throw new Error(`bad value for ${metric}: ${value}`);
  return MONEY_METRICS.has(metric) ? value.toFixed(2) : String(Math.round(value));
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function wideCsv(rows: readonly Row[], columns: readonly Metric[], withCampaign: boolean): string {
  const header = ['date', 'platform', ...(withCampaign ? ['campaign'] : []), ...columns];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells = [row.date, row.platform, ...(withCampaign ? [csvCell(row.campaign ?? '')] : [])];
    for (const metric of columns) cells.push(formatValue(metric, row.values[metric]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

function longCsv(rows: readonly Row[], columns: readonly Metric[]): string {
  const lines = ['date,platform,metric,value'];
  for (const row of rows) {
    for (const metric of columns) {
      const value = row.values[metric];
      if (value === undefined) continue; // not reported: simply no row
      lines.push([row.date, row.platform, metric, formatValue(metric, value)].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// The two clients

const PAID_COLUMNS: readonly Metric[] = ['impressions', 'clicks', 'spend', 'conversions', 'revenue', 'leads'];

const APPAREL_SEASON = [0.78, 0.76, 0.92, 1.04, 1.06, 0.98, 0.92, 0.95, 1.0, 1.06, 1.32, 1.42];
const HOTEL_SEASON = [1.02, 1.06, 0.92, 0.74, 0.82, 1.05, 1.3, 1.32, 1.04, 0.86, 0.72, 1.22];

const northwind: ClientSpec = {
  slug: 'northwind-outfitters',
  seed: 0x4e0a7d11,
  calendar: 'gregorian',
  moneyUnit: 1,
  yaml: `# Demo client generated by \`npm run sample-data\`.
name: Northwind Outfitters
currency: USD
locale: en-US
# Money per lead (a newsletter sign-up); used to value leads in ROI.
lead_value: 40
# Money per conversion; 0 because the shop reports revenue directly.
conversion_value: 0
# The report header and accents.
brand:
  color: "#1f6f4a"
  logo: logo.svg
# What social media should achieve, and by when (see the README's Goals section).
goals:
  - id: followers-150k
    label: 150,000 followers by the end of 2026
    metric: followers
    kind: level
    target: 150000
    start: 2026-01-01
    deadline: 2026-12-31
  - id: engagement-rate
    label: Engagement rate of at least 2.5% every month of 2026
    metric: engagement_rate
    kind: at_least
    target: 2.5
    start: 2026-01-01
    deadline: 2026-12-31
  - id: revenue-2026
    metric: revenue
    kind: total
    target: 150000
    start: 2026-01-01
    deadline: 2026-12-31
`,
  logo: textLogo('NORTHWIND', '#1f6f4a'),
  organic: [
    {
      platform: 'instagram',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'saves',
        'clicks',
        'video_views',
        'profile_visits',
        'posts',
      ],
      followers0: 48_350,
      followerGrowth: 0.24,
      impressions0: 21_000,
      impressionGrowth: 0.26,
      season: APPAREL_SEASON,
      weekday: [1.12, 0.95, 0.96, 0.98, 1.0, 0.97, 1.08],
      postsPerDay: [0.7, 1.2, 1.1, 1.3, 1.2, 1.0, 0.8],
      maxPosts: 3,
      postSensitivity: 0.6,
      viralChance: 0.006,
      engagementRate: 0.034,
      mix: { likes: 0.78, comments: 0.05, shares: 0.06, saves: 0.11 },
      reachShare: [0.58, 0.78],
      clickRate: 0.007,
      videoViewRate: 0.34,
      profileVisitRate: 0.011,
      leadRate: 0,
      // The Instagram API did not return profile visits for a few days.
      outages: [{ from: '2025-09-09', to: '2025-09-11', metrics: ['profile_visits'] }],
    },
    {
      platform: 'facebook',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'clicks',
        'video_views',
        'profile_visits',
        'posts',
      ],
      followers0: 31_200,
      followerGrowth: 0.07,
      impressions0: 14_500,
      impressionGrowth: 0.12,
      season: APPAREL_SEASON,
      weekday: [0.98, 1.02, 1.02, 1.01, 1.0, 0.97, 0.95],
      postsPerDay: [0.4, 0.9, 0.8, 0.9, 0.9, 0.8, 0.4],
      maxPosts: 3,
      postSensitivity: 0.5,
      viralChance: 0.003,
      engagementRate: 0.016,
      mix: { likes: 0.8, comments: 0.09, shares: 0.11, saves: 0 },
      reachShare: [0.62, 0.82],
      clickRate: 0.013,
      videoViewRate: 0.16,
      profileVisitRate: 0.006,
      leadRate: 0,
      outages: [],
    },
    {
      platform: 'tiktok',
      // The account was added to reporting later: no tiktok data before February 2025.
      start: '2025-02-01',
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'saves',
        'video_views',
        'profile_visits',
        'posts',
      ],
      followers0: 860,
      followerGrowth: 2.6,
      impressions0: 7_800,
      impressionGrowth: 0.85,
      season: APPAREL_SEASON,
      weekday: [1.15, 0.92, 0.94, 0.97, 1.0, 1.0, 1.1],
      postsPerDay: [0.6, 0.7, 0.8, 0.8, 0.8, 0.7, 0.6],
      maxPosts: 2,
      postSensitivity: 0.8,
      viralChance: 0.015,
      engagementRate: 0.052,
      mix: { likes: 0.84, comments: 0.04, shares: 0.05, saves: 0.07 },
      reachShare: [0.55, 0.72],
      clickRate: 0.005,
      videoViewRate: 0.82,
      profileVisitRate: 0.009,
      leadRate: 0,
      outages: [],
    },
  ],
  campaigns: [
    {
      name: 'Always-on retargeting',
      windows: [[FIRST_DATE, LAST_DATE]],
      budgets: { facebook: 48, instagram: 62 },
      budgetSeason: [0.7, 0.7, 0.95, 1.05, 1.05, 0.95, 0.9, 0.95, 1.0, 1.1, 1.5, 1.6],
      weekdaysOnly: false,
      cpm: 11,
      ctr: 0.0105,
      conversionRate: 0.034,
      orderValue: 96,
      leadRate: 0.004,
      // After the holidays people have bought what they need.
      performance: [0.5, 0.55, 0.85, 1.0, 1.0, 0.9, 0.85, 0.9, 1.0, 1.05, 1.15, 1.1],
      rampDays: 0,
      cyberWeek: true,
    },
    {
      name: 'Spring Trail 2025',
      windows: [['2025-03-10', '2025-05-18']],
      budgets: { facebook: 140, instagram: 220 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 9,
      ctr: 0.012,
      conversionRate: 0.016,
      orderValue: 112,
      leadRate: 0.006,
      performance: null,
      rampDays: 10,
      cyberWeek: false,
    },
    {
      name: 'Holiday Gift Guide',
      windows: [
        ['2024-11-08', '2024-12-22'],
        ['2025-11-07', '2025-12-21'],
        ['2026-11-06', '2026-12-20'],
      ],
      budgets: { facebook: 170, instagram: 250 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 14,
      ctr: 0.013,
      conversionRate: 0.028,
      orderValue: 124,
      leadRate: 0.01,
      performance: null,
      rampDays: 7,
      cyberWeek: true,
    },
    {
      // A campaign that did not pay off: June 2026 is a loss-making month.
      name: 'Summer Basecamp 2026',
      windows: [['2026-05-04', '2026-07-12']],
      budgets: { facebook: 130, instagram: 290 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 10,
      ctr: 0.009,
      conversionRate: 0.0105,
      orderValue: 104,
      leadRate: 0.003,
      performance: null,
      rampDays: 7,
      cyberWeek: false,
    },
  ],
  costs: [
    {
      platform: 'instagram',
      start: '2024-06',
      monthly: 1800,
      yearlyIncrease: 0.05,
      extras: { '2025-03': 2400, '2026-03': 2650 },
    },
    { platform: 'facebook', start: '2024-06', monthly: 650, yearlyIncrease: 0.05, extras: {} },
    {
      platform: 'tiktok',
      start: '2025-02',
      monthly: 1200,
      yearlyIncrease: 0.05,
      extras: { '2025-02': 900, '2025-11': 1800 },
    },
  ],
};

const alpenblick: ClientSpec = {
  slug: 'alpenblick-hotels',
  seed: 0xa19eb11c,
  calendar: 'gregorian',
  moneyUnit: 1,
  yaml: `# Demo client generated by \`npm run sample-data\`.
name: Alpenblick Hotels
currency: EUR
locale: de-DE
# Money per lead (a booking enquiry); used to value leads in ROI.
lead_value: 120
# Money per conversion; 0 because bookings come with their revenue.
conversion_value: 0
# The report header and accents.
brand:
  color: "#8c2f39"
  logo: logo.svg
# What social media should achieve, and by when (see the README's Goals section).
goals:
  - id: followers-50k
    label: 50,000 followers by the end of September 2026
    metric: followers
    kind: level
    target: 50000
    start: 2026-01-01
    deadline: 2026-09-30
  - id: enquiries-2026
    label: 800 booking enquiries in 2026
    metric: leads
    kind: total
    target: 800
    start: 2026-01-01
    deadline: 2026-12-31
  - id: cost-per-booking
    label: Cost per booking of at most 400 € every month
    metric: cpa
    kind: at_most
    target: 400
    start: 2026-01-01
    deadline: 2026-12-31
`,
  logo: textLogo('ALPENBLICK', '#8c2f39'),
  organic: [
    {
      platform: 'instagram',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'saves',
        'clicks',
        'video_views',
        'profile_visits',
        'posts',
        'leads',
      ],
      followers0: 12_480,
      followerGrowth: 0.3,
      impressions0: 6_200,
      impressionGrowth: 0.32,
      season: HOTEL_SEASON,
      weekday: [1.14, 0.94, 0.95, 0.96, 0.99, 1.0, 1.06],
      postsPerDay: [0.8, 0.6, 0.8, 0.7, 0.9, 0.9, 0.7],
      maxPosts: 3,
      postSensitivity: 0.6,
      viralChance: 0.005,
      engagementRate: 0.041,
      mix: { likes: 0.8, comments: 0.05, shares: 0.05, saves: 0.1 },
      reachShare: [0.55, 0.76],
      clickRate: 0.0065,
      videoViewRate: 0.38,
      profileVisitRate: 0.014,
      leadRate: 0.008,
      outages: [],
    },
    {
      platform: 'facebook',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'clicks',
        'video_views',
        'profile_visits',
        'posts',
        'leads',
      ],
      followers0: 18_050,
      followerGrowth: 0.06,
      impressions0: 5_400,
      impressionGrowth: 0.1,
      season: HOTEL_SEASON,
      weekday: [1.08, 0.97, 0.98, 0.98, 1.0, 0.99, 1.0],
      postsPerDay: [0.3, 0.6, 0.5, 0.6, 0.6, 0.6, 0.3],
      maxPosts: 2,
      postSensitivity: 0.5,
      viralChance: 0.002,
      engagementRate: 0.019,
      mix: { likes: 0.78, comments: 0.1, shares: 0.12, saves: 0 },
      reachShare: [0.6, 0.82],
      clickRate: 0.012,
      videoViewRate: 0.18,
      profileVisitRate: 0.007,
      leadRate: 0.006,
      // Meta did not deliver video views for a few days.
      outages: [{ from: '2025-04-14', to: '2025-04-17', metrics: ['video_views'] }],
    },
    {
      platform: 'linkedin',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'clicks',
        'video_views',
        'profile_visits',
        'posts',
      ],
      followers0: 2_310,
      followerGrowth: 0.38,
      impressions0: 1_150,
      impressionGrowth: 0.36,
      // Business travel and events: busy spring and autumn, quiet in summer and at Christmas.
      season: [0.95, 1.05, 1.1, 1.05, 1.05, 0.95, 0.8, 0.75, 1.1, 1.15, 1.1, 0.8],
      weekday: [0.35, 1.2, 1.3, 1.28, 1.22, 1.0, 0.4],
      postsPerDay: [0, 0.5, 0.6, 0.6, 0.5, 0.3, 0],
      maxPosts: 2,
      postSensitivity: 0.7,
      viralChance: 0.002,
      engagementRate: 0.032,
      mix: { likes: 0.82, comments: 0.08, shares: 0.1, saves: 0 },
      reachShare: [0.5, 0.72],
      clickRate: 0.017,
      videoViewRate: 0.08,
      profileVisitRate: 0.012,
      leadRate: 0,
      outages: [],
    },
    {
      platform: 'youtube',
      start: FIRST_DATE,
      // Exported from a different tool, in the long format.
      format: 'long',
      columns: ['followers', 'impressions', 'video_views', 'engagements', 'likes', 'comments', 'shares', 'posts'],
      followers0: 1_460,
      followerGrowth: 0.42,
      impressions0: 4_300,
      impressionGrowth: 0.4,
      season: HOTEL_SEASON,
      weekday: [1.18, 0.92, 0.93, 0.95, 0.97, 1.02, 1.12],
      postsPerDay: [0.05, 0.05, 0.1, 0.12, 0.15, 0.12, 0.05],
      maxPosts: 2,
      postSensitivity: 0.25,
      viralChance: 0.004,
      engagementRate: 0.012,
      mix: { likes: 0.86, comments: 0.07, shares: 0.07, saves: 0 },
      reachShare: [0.6, 0.8],
      clickRate: 0.006,
      videoViewRate: 0.13,
      profileVisitRate: 0.002,
      leadRate: 0,
      outages: [],
    },
  ],
  campaigns: [
    {
      name: 'Always-on Retargeting',
      windows: [[FIRST_DATE, LAST_DATE]],
      budgets: { facebook: 32, instagram: 44 },
      budgetSeason: [1.0, 1.05, 0.9, 0.7, 0.85, 1.05, 1.2, 1.15, 1.0, 0.85, 0.7, 1.1],
      weekdaysOnly: false,
      cpm: 9,
      ctr: 0.009,
      conversionRate: 0.0032,
      orderValue: 640,
      leadRate: 0.005,
      // Off-season months (April, November) convert poorly: many houses are closed.
      performance: [1.0, 1.05, 0.85, 0.45, 0.7, 1.05, 1.2, 1.15, 0.95, 0.7, 0.45, 1.1],
      rampDays: 0,
      cyberWeek: false,
    },
    {
      name: 'Bergsommer Frühbucher',
      windows: [
        [FIRST_DATE, '2024-06-16'],
        ['2025-02-17', '2025-06-15'],
        ['2026-02-16', '2026-06-14'],
      ],
      budgets: { facebook: 85, instagram: 135 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 8,
      ctr: 0.011,
      conversionRate: 0.0026,
      orderValue: 780,
      leadRate: 0.005,
      performance: null,
      rampDays: 10,
      cyberWeek: false,
    },
    {
      name: 'Ski & Spa Winter',
      windows: [
        ['2024-10-21', '2025-01-31'],
        ['2025-10-20', '2026-01-31'],
        ['2026-10-19', '2027-01-31'],
      ],
      budgets: { facebook: 90, instagram: 150 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 10,
      ctr: 0.01,
      conversionRate: 0.0022,
      orderValue: 720,
      leadRate: 0.004,
      performance: null,
      rampDays: 14,
      cyberWeek: false,
    },
    {
      name: 'Tagungen & Events',
      windows: [
        ['2024-09-02', '2024-11-29'],
        ['2025-09-01', '2025-11-28'],
        ['2026-09-07', '2026-11-27'],
      ],
      budgets: { linkedin: 75 },
      budgetSeason: null,
      weekdaysOnly: true,
      cpm: 16,
      ctr: 0.008,
      conversionRate: 0.0012,
      orderValue: 3_200,
      leadRate: 0.025,
      performance: null,
      rampDays: 5,
      cyberWeek: false,
    },
  ],
  costs: [
    {
      platform: 'instagram',
      start: '2024-06',
      monthly: 1900,
      yearlyIncrease: 0.04,
      extras: { '2025-05': 2800, '2026-05': 2950 },
    },
    { platform: 'facebook', start: '2024-06', monthly: 750, yearlyIncrease: 0.04, extras: {} },
    { platform: 'linkedin', start: '2024-06', monthly: 650, yearlyIncrease: 0.04, extras: { '2025-09': 600 } },
    {
      platform: 'youtube',
      start: '2024-06',
      monthly: 2400,
      yearlyIncrease: 0.04,
      extras: { '2025-06': 3500, '2026-06': 3800 },
    },
  ],
};

/** Gregorian mid-month multipliers: Esfand's shopping before Nowruz (March) and Yalda night (December). */
const BAKERY_SEASON = [0.92, 1.12, 1.5, 1.0, 0.86, 0.84, 0.82, 0.86, 0.96, 1.0, 1.06, 1.34];

const narenj: ClientSpec = {
  slug: 'narenj-bakery',
  seed: 0x7a4e2b31,
  calendar: 'persian',
  // Campaign budgets between 2 and 40 million rials (200,000 to 4,000,000 tomans) a day.
  moneyUnit: 100_000,
  yaml: `# Demo client generated by \`npm run sample-data\`.
name: شیرینی‌سرای نارنج
currency: IRR
# Amounts in the files are rials; the report shows tomans (1 toman = 10 rials).
money_unit: toman
locale: fa-IR
# Periods are Solar Hijri months: reports are /narenj-bakery/1405-08/ and so on.
calendar: persian
# Money per lead (an order enquiry in direct messages), in rials.
lead_value: 1500000
conversion_value: 0
brand:
  color: "#c2410c"
  logo: logo.svg
goals:
  - id: followers-1405
    label: ۸۵ هزار فالوور اینستاگرام تا پایان ۱۴۰۵
    metric: followers
    platform: instagram
    kind: level
    target: 85000
    start: 2026-03-21
    deadline: 2027-03-20
  - id: orders-1405
    label: ۶۵۰ سفارش آنلاین در سال ۱۴۰۵
    metric: conversions
    kind: total
    target: 650
    start: 2026-03-21
    deadline: 2027-03-20
`,
  logo: textLogo('NARENJ', '#c2410c'),
  organic: [
    {
      platform: 'instagram',
      start: FIRST_DATE,
      format: 'wide',
      columns: [
        'followers',
        'impressions',
        'reach',
        'engagements',
        'likes',
        'comments',
        'shares',
        'saves',
        'clicks',
        'profile_visits',
        'posts',
        'leads',
      ],
      followers0: 31_200,
      followerGrowth: 0.34,
      impressions0: 14_500,
      impressionGrowth: 0.3,
      season: BAKERY_SEASON,
      // The Iranian weekend is Friday; Thursday evening orders peak.
      weekday: [1.0, 0.98, 0.97, 1.0, 1.12, 1.16, 1.04],
      postsPerDay: [1.0, 0.9, 0.9, 1.0, 1.3, 0.8, 1.1],
      maxPosts: 3,
      postSensitivity: 0.55,
      viralChance: 0.006,
      engagementRate: 0.046,
      mix: { likes: 0.78, comments: 0.08, shares: 0.06, saves: 0.08 },
      reachShare: [0.5, 0.74],
      clickRate: 0.006,
      videoViewRate: 0,
      profileVisitRate: 0.018,
      leadRate: 0.03,
      // Instagram was unreachable for a few days; the page's insights came back empty.
      outages: [
        { from: '2025-06-13', to: '2025-06-16', metrics: ['impressions', 'reach', 'profile_visits', 'clicks'] },
      ],
    },
    {
      platform: 'telegram',
      start: FIRST_DATE,
      format: 'wide',
      columns: ['followers', 'impressions', 'engagements', 'likes', 'shares', 'clicks', 'posts', 'leads'],
      followers0: 8_900,
      followerGrowth: 0.18,
      impressions0: 6_100,
      impressionGrowth: 0.16,
      season: BAKERY_SEASON,
      weekday: [1.0, 0.98, 0.98, 1.0, 1.08, 1.1, 1.02],
      postsPerDay: [1.2, 1.0, 1.0, 1.1, 1.4, 0.9, 1.2],
      maxPosts: 4,
      postSensitivity: 0.7,
      viralChance: 0.003,
      // Reactions and forwards on channel posts.
      engagementRate: 0.022,
      mix: { likes: 0.72, comments: 0, shares: 0.28, saves: 0 },
      reachShare: [0.6, 0.8],
      clickRate: 0.011,
      videoViewRate: 0,
      profileVisitRate: 0,
      leadRate: 0.02,
      outages: [],
    },
    {
      platform: 'aparat',
      // The Aparat channel opened later, so its first months are a gap, not zeros.
      start: '2025-01-10',
      format: 'long',
      columns: ['followers', 'impressions', 'video_views', 'engagements', 'likes', 'comments', 'posts'],
      followers0: 420,
      followerGrowth: 1.1,
      impressions0: 1_900,
      impressionGrowth: 0.9,
      season: BAKERY_SEASON,
      weekday: [1.0, 0.97, 0.97, 1.0, 1.1, 1.14, 1.02],
      postsPerDay: [0.1, 0.1, 0.15, 0.1, 0.2, 0.15, 0.1],
      maxPosts: 1,
      postSensitivity: 0.3,
      viralChance: 0.004,
      engagementRate: 0.018,
      mix: { likes: 0.9, comments: 0.1, shares: 0, saves: 0 },
      reachShare: [0.6, 0.8],
      clickRate: 0.004,
      videoViewRate: 0.42,
      profileVisitRate: 0,
      leadRate: 0,
      outages: [],
    },
  ],
  campaigns: [
    {
      // Paid posts on popular Instagram food pages, always running at a low level.
      name: 'تبلیغ در پیج‌های آشپزی',
      windows: [[FIRST_DATE, LAST_DATE]],
      budgets: { instagram: 9_000_000 },
      budgetSeason: BAKERY_SEASON,
      weekdaysOnly: false,
      cpm: 300_000,
      ctr: 0.012,
      conversionRate: 0.0045,
      orderValue: 12_000_000,
      leadRate: 0.01,
      performance: null,
      rampDays: 0,
      cyberWeek: false,
    },
    {
      name: 'پیش‌فروش نوروز',
      windows: [
        ['2025-02-15', '2025-03-19'],
        ['2026-02-14', '2026-03-19'],
      ],
      budgets: { instagram: 14_000_000, telegram: 7_000_000 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 320_000,
      ctr: 0.015,
      conversionRate: 0.006,
      orderValue: 25_000_000,
      leadRate: 0.012,
      performance: null,
      rampDays: 7,
      cyberWeek: false,
    },
    {
      name: 'جشنواره یلدا',
      windows: [
        ['2024-12-05', '2024-12-20'],
        ['2025-12-04', '2025-12-20'],
      ],
      budgets: { instagram: 11_000_000, telegram: 5_500_000 },
      budgetSeason: null,
      weekdaysOnly: false,
      cpm: 300_000,
      ctr: 0.014,
      conversionRate: 0.005,
      orderValue: 18_000_000,
      leadRate: 0.012,
      performance: null,
      rampDays: 4,
      cyberWeek: false,
    },
  ],
  costs: [
    // Month rows use Jalali months; prices go up with each new Jalali year.
    {
      platform: 'instagram',
      start: '1403-03',
      monthly: 260_000_000,
      yearlyIncrease: 0.35,
      extras: { '1403-12': 260_000_000, '1404-12': 340_000_000 },
    },
    { platform: 'telegram', start: '1403-03', monthly: 70_000_000, yearlyIncrease: 0.35, extras: {} },
    {
      platform: 'aparat',
      start: '1403-10',
      monthly: 110_000_000,
      yearlyIncrease: 0.35,
      extras: { '1404-01': 150_000_000 },
    },
  ],
};

const CLIENTS: readonly ClientSpec[] = [northwind, alpenblick, narenj];

// ---------------------------------------------------------------------------------------
// Main

const README = `# Data

Each folder here is one client: a \`client.yaml\` (name, currency, locale, how leads and
conversions are valued) and any number of CSV files with its metrics.

\`northwind-outfitters/\`, \`alpenblick-hotels/\` and \`narenj-bakery/\` (a Persian client: Solar
Hijri months, tomans, right-to-left pages) are **demo data**, generated by
\`npm run sample-data\` (\`scripts/generate-sample-data.ts\`). The generator is seeded and
deterministic: running it again gives the same files, and it only overwrites the files it
generates. Don't edit them by hand; change the script instead.

Real clients go in their own folders next to these, with the same layout.
`;

function writeFile(path: string, content: string, written: string[]): void {
  writeFileSync(path, content, 'utf8');
  written.push(path);
}

/** A plain word mark: demo clients need a logo to show how branding looks, not a design. */
function textLogo(word: string, color: string): string {
  const width = word.length * 17 + 48;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" viewBox="0 0 ${width} 40" role="img" aria-label="${word}">
  <rect x="2" y="6" width="28" height="28" rx="6" fill="${color}"/>
  <path d="M9 28 L16 13 L23 28 Z" fill="#fff"/>
  <text x="38" y="28" font-family="system-ui, sans-serif" font-size="20" font-weight="700" letter-spacing="1" fill="${color}">${word}</text>
</svg>
`;
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  const target = resolve(process.cwd(), values.out ?? positionals[0] ?? 'data');
  mkdirSync(target, { recursive: true });
  const written: string[] = [];
  writeFile(join(target, 'README.md'), README, written);

  for (const client of CLIENTS) {
    const dir = join(target, client.slug);
    mkdirSync(dir, { recursive: true });
    writeFile(join(dir, 'client.yaml'), client.yaml, written);
    writeFile(join(dir, 'logo.svg'), client.logo, written);

    for (const spec of client.organic) {
      const rows = generateOrganic(spec, client.seed);
      const csv = spec.format === 'wide' ? wideCsv(rows, spec.columns, false) : longCsv(rows, spec.columns);
      writeFile(join(dir, `${spec.platform}.csv`), csv, written);
    }

    const paid = generateCampaigns(client.campaigns, client.seed, client.moneyUnit);
    writeFile(join(dir, 'paid-campaigns.csv'), wideCsv(paid, PAID_COLUMNS, true), written);

    const costs = generateCosts(client.costs, client.seed, monthsIn(client.calendar));
    writeFile(join(dir, 'costs.csv'), costsCsv(costs), written);
  }

  for (const path of written) console.log(`wrote ${path}`);
}

main();

/**
 * Made-up daily and monthly numbers for a client description.
 *
 * Every stream (client + platform, client + campaign + platform, client + platform +
 * month) has its own seeded PRNG, so a stream's numbers depend only on its own
 * description: the order in which the draws happen inside a stream is what keeps the
 * files the same from run to run, and must not change.
 */
import { PersianCalendar } from '../../src/model/persian-calendar.ts';
import { mulberry32, type Rng } from '../seeded-random.ts';
import type { Campaign, Client, Cost, Metric, Organic } from './description.ts';

/** One row of values; a missing metric is written as an empty cell ("not reported"). */
export type Values = Partial<Record<Metric, number>>;

export interface Row {
  date: string;
  platform: string;
  campaign?: string;
  values: Values;
}

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

export function streamRng(clientSeed: number, stream: string): Rng {
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

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

// ---------------------------------------------------------------------------------------
// Calendar

export interface DayInfo {
  iso: string; // YYYY-MM-DD
  month: string; // YYYY-MM
  year: number;
  monthIndex: number; // 0-11
  dayOfMonth: number;
  dow: number; // 0 = Sunday
  ms: number;
}

const MS_PER_DAY = 86_400_000;

function parseIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** Every day from `first` to `last`, both included. */
export function daysBetween(first: string, last: string): DayInfo[] {
  const days: DayInfo[] = [];
  for (let ms = parseIso(first); ms <= parseIso(last); ms += MS_PER_DAY) {
    const date = new Date(ms);
    const iso = date.toISOString().slice(0, 10);
    days.push({
      iso,
      month: iso.slice(0, 7),
      year: date.getUTCFullYear(),
      monthIndex: date.getUTCMonth(),
      dayOfMonth: date.getUTCDate(),
      dow: date.getUTCDay(),
      ms,
    });
  }
  return days;
}

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

/** The months of the days in the client's calendar, as YYYY-MM ids. */
export function monthsIn(days: readonly DayInfo[], calendar: Client['calendar']): string[] {
  if (calendar === 'gregorian') return [...new Set(days.map((d) => d.month))];
  const persian = new PersianCalendar();
  return [...new Set(days.map((d) => persian.monthOf(d.ms / MS_PER_DAY).id))];
}

// ---------------------------------------------------------------------------------------
// Generators

export function organicRows(spec: Organic, days: readonly DayInfo[], clientSeed: number): Row[] {
  const rng = streamRng(clientSeed, `organic:${spec.platform}`);
  const rows: Row[] = [];
  let followers = spec.followers;
  let viralCarry = 1; // a viral day keeps echoing for a few days
  const dailyFollowerRate = Math.log(1 + spec.follower_growth) / 365;
  const dailyImpressionRate = Math.log(1 + spec.impression_growth) / 365;
  const has = new Set<Metric>(spec.columns);

  for (const day of days) {
    if (day.iso < spec.start) continue;
    const age = (day.ms - parseIso(spec.start)) / MS_PER_DAY;
    const season = seasonal(spec.season, day);

    const posts = Math.min(spec.max_posts, poisson(rng, spec.posts_per_day[day.dow]! * (0.7 + 0.3 * season)));
    const postEffect = posts === 0 ? 0.6 : Math.min(1.5, 0.8 + 0.22 * posts);
    const postFactor = 1 + spec.post_sensitivity * (postEffect - 1);

    let viral = 1;
    if (posts > 0 && rng() < spec.viral_chance) viral = uniform(rng, 2.2, 5.5);
    viralCarry = Math.max(viral, 1 + (viralCarry - 1) * 0.35);

    const trend = Math.exp(dailyImpressionRate * age);
    const impressions = Math.round(
      spec.impressions *
        trend *
        season *
        cyberWeekBoost(day) ** 0.5 *
        spec.weekday[day.dow]! *
        postFactor *
        viralCarry *
        noise(rng, 0.18),
    );
    const reach = Math.round(impressions * uniform(rng, spec.reach_share[0], spec.reach_share[1]));

    // Engagement rate moves a little with the season and stays within 1-6 %.
    const rate = clamp(spec.engagement_rate * noise(rng, 0.15) * (0.9 + 0.1 * season), 0.01, 0.06);
    const engagementBase = impressions * rate;
    const likes = has.has('likes') ? poisson(rng, engagementBase * spec.mix.likes) : 0;
    const comments = has.has('comments') ? poisson(rng, engagementBase * spec.mix.comments) : 0;
    const shares = has.has('shares') ? poisson(rng, engagementBase * spec.mix.shares * viralCarry ** 0.3) : 0;
    const saves = has.has('saves') ? poisson(rng, engagementBase * spec.mix.saves) : 0;
    const engagements = likes + comments + shares + saves;

    const clicks = poisson(rng, impressions * clamp(spec.click_rate * noise(rng, 0.2), 0.005, 0.02));
    const videoViews = Math.round(impressions * spec.video_view_rate * noise(rng, 0.15));
    const profileVisits = poisson(rng, impressions * spec.profile_visit_rate * noise(rng, 0.2));
    const leads = poisson(rng, clicks * spec.lead_rate * (0.7 + 0.3 * season));

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

/** Campaign budgets stay within 20-400 money units a day. */
export function campaignRows(
  campaigns: readonly Campaign[],
  days: readonly DayInfo[],
  clientSeed: number,
  moneyUnit: number,
): Row[] {
  const rows: Row[] = [];
  for (const campaign of campaigns) {
    for (const [platform, budget] of Object.entries(campaign.budgets)) {
      const rng = streamRng(clientSeed, `campaign:${campaign.name}:${platform}`);
      for (const day of days) {
        const window = campaign.windows.find(([from, to]) => inWindow(day, from, to));
        if (!window) continue;
        if (campaign.weekdays_only && (day.dow === 0 || day.dow === 6)) continue;

        const sinceStart = (day.ms - parseIso(window[0])) / MS_PER_DAY;
        const ramp = campaign.ramp_days > 0 ? Math.min(1, 0.5 + (0.5 * sinceStart) / campaign.ramp_days) : 1;
        const season = campaign.budget_season ? seasonal(campaign.budget_season, day) : 1;
        const cyber = campaign.cyber_week ? cyberWeekBoost(day) : 1;
        const spend = clamp(budget * season * ramp * cyber * noise(rng, 0.12), 20 * moneyUnit, 400 * moneyUnit);

        const cpm = campaign.cpm * (0.85 + 0.15 * season) * noise(rng, 0.1);
        const impressions = Math.round((spend / cpm) * 1000);
        const clicks = poisson(rng, impressions * campaign.ctr * noise(rng, 0.12));
        const performance = campaign.performance ? seasonal(campaign.performance, day) : 1;
        const conversions = poisson(rng, clicks * campaign.conversion_rate * performance * cyber ** 0.5);
        let revenue = 0;
        for (let i = 0; i < conversions; i++) revenue += campaign.order_value * noise(rng, 0.35);
        const leads = poisson(rng, clicks * campaign.lead_rate);

        const values = { impressions, clicks, spend: round2(spend), conversions, revenue: round2(revenue), leads };
        rows.push({ date: day.iso, platform, campaign: campaign.name, values });
      }
    }
  }
  rows.sort((a, b) => cmp(a.date, b.date) || cmp(a.platform, b.platform) || cmp(a.campaign ?? '', b.campaign ?? ''));
  return rows;
}

export function costRows(costs: readonly Cost[], months: readonly string[], clientSeed: number): Row[] {
  const rows: Row[] = [];
  for (const month of months) {
    for (const spec of costs) {
      if (month < spec.start) continue;
      const rng = streamRng(clientSeed, `cost:${spec.platform}:${month}`);
      const yearsOfIncreases = Number(month.slice(0, 4)) - Number(spec.start.slice(0, 4));
      const base = spec.monthly * (1 + spec.yearly_increase) ** yearsOfIncreases;
      // Freelancer hours vary a little from month to month.
      const value = base * uniform(rng, 0.94, 1.08) + (spec.extras[month] ?? 0);
      rows.push({ date: month, platform: spec.platform, values: { cost: round2(value) } });
    }
  }
  return rows;
}

/**
 * The same costs paid weekly: a row on each Monday, a week's share (12 / 52) of the
 * month's price, and a month's extras on its first Monday.
 */
export function weeklyCostRows(costs: readonly Cost[], days: readonly DayInfo[], clientSeed: number): Row[] {
  const rows: Row[] = [];
  const extrasPaid = new Set<string>();
  for (const day of days) {
    if (day.dow !== 1) continue;
    for (const spec of costs) {
      if (day.month < spec.start) continue;
      const rng = streamRng(clientSeed, `cost:${spec.platform}:${day.iso}`);
      const yearsOfIncreases = day.year - Number(spec.start.slice(0, 4));
      const base = ((spec.monthly * 12) / 52) * (1 + spec.yearly_increase) ** yearsOfIncreases;
      const key = `${spec.platform}:${day.month}`;
      const extra = extrasPaid.has(key) ? 0 : (spec.extras[day.month] ?? 0);
      extrasPaid.add(key);
      rows.push({ date: day.iso, platform: spec.platform, values: { cost: round2(base * uniform(rng, 0.94, 1.08) + extra) } });
    }
  }
  return rows;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

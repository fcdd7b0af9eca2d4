/**
 * What the YAML files beside this one say, and reading them.
 *
 * settings.yaml holds what every demo client shares (the days, the cost split, the
 * paid columns, data/README.md); every other `<slug>.yaml` describes one client. A
 * client's `files` are written as they are; its platforms, campaigns and costs are
 * turned into CSV files by series.ts and csv.ts. The comments on the schemas below say
 * what each setting means.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import * as z from 'zod';
import { formatProblem, quote } from '../../src/ingest/problems.ts';

/** What a platform's organic rows can hold; the CSV columns pick from these. */
export const ORGANIC_METRICS = [
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
] as const;

/** What a campaign's rows can hold. */
export const PAID_METRICS = ['impressions', 'clicks', 'spend', 'conversions', 'revenue', 'leads'] as const;

export type Metric = (typeof ORGANIC_METRICS)[number] | (typeof PAID_METRICS)[number] | 'cost';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const monthId = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month YYYY-MM');
const platform = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a platform name in lower case');
const amount = z.number().min(0);
const week = z.array(amount).length(7);
/** A seasonal curve: one multiplier per month, or the name of one under `seasons`. */
const curve = z.union([z.string(), z.array(z.number().positive()).length(12)], {
  error: 'expected the name of a season or 12 multipliers',
});

/** Where each file is written, relative to the output folder, and what it holds. */
const files = z.record(z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'expected a relative path'), z.string());

const settingsSchema = z.strictObject({
  /** Every client has daily rows from first_date to last_date (platforms may start later). */
  first_date: isoDate,
  last_date: isoDate,
  /** The share of each month's cost by category; the last takes what is left. */
  cost_split: z.record(z.string(), amount),
  paid_columns: z.array(z.enum(PAID_METRICS)),
  files: files.default({}),
});

/** An organic account: one CSV file named after the platform. */
const organicSchema = z.strictObject({
  /** First day the account was reported (a platform added later starts with a gap); first_date if not given. */
  start: isoDate.optional(),
  /** One column per metric (wide) or one row per day and metric (long). */
  format: z.enum(['wide', 'long']).default('wide'),
  columns: z.array(z.enum(ORGANIC_METRICS)),
  /** Followers on the first day. */
  followers: amount,
  /** Yearly follower growth, e.g. 0.25 = +25 % a year. */
  follower_growth: z.number(),
  /** Impressions on an average day at the start, before seasonality. */
  impressions: amount,
  /** Yearly growth of impressions. */
  impression_growth: z.number(),
  season: curve,
  /** Multiplier per weekday, Sunday first. */
  weekday: week,
  /** Expected posts per weekday, Sunday first; capped at `max_posts`. */
  posts_per_day: week,
  max_posts: z.int().min(0),
  /** How much a day's impressions depend on posting that day (0 = evergreen, 1 = a lot). */
  post_sensitivity: amount,
  /** Chance of a viral day (a post that takes off). */
  viral_chance: amount,
  /** Engagements per impression on an average day; a day's rate stays within 1-6 %. */
  engagement_rate: amount,
  /** Share of engagements by type; should add up to 1 over the columns present. */
  mix: z.strictObject({
    likes: amount.default(0),
    comments: amount.default(0),
    shares: amount.default(0),
    saves: amount.default(0),
  }),
  /** Reach as a share of impressions: a day's share is drawn between the two. */
  reach_share: z.tuple([amount, amount]),
  /** Clicks, video views and profile visits per impression. */
  click_rate: amount,
  video_view_rate: amount.default(0),
  profile_visit_rate: amount.default(0),
  /** Leads (e.g. enquiries from the link in bio) per click. */
  lead_rate: amount.default(0),
  /** Short reporting outages: these metrics are empty on these days. */
  outages: z
    .array(z.strictObject({ from: isoDate, to: isoDate, metrics: z.array(z.enum(ORGANIC_METRICS)) }))
    .default([]),
});

/** A paid campaign: its rows go to paid-campaigns.csv. */
const campaignSchema = z.strictObject({
  name: z.string().min(1),
  /** Inclusive date windows in which the campaign ran; first_date to last_date if not given. */
  windows: z.array(z.tuple([isoDate, isoDate])).optional(),
  /** Base daily budget per platform (money); scaled by budget_season, kept within 20-400 money units. */
  budgets: z.record(platform, amount),
  budget_season: curve.optional(),
  weekdays_only: z.boolean().default(false),
  /** Money per 1,000 impressions. */
  cpm: z.number().positive(),
  /** Clicks per impression, conversions and leads per click, and money per conversion. */
  ctr: amount,
  conversion_rate: amount,
  order_value: amount,
  lead_rate: amount.default(0),
  /** Multiplier on the conversion rate by month (e.g. a post-holiday slump). */
  performance: curve.optional(),
  /** Days to ramp up from half budget at the start of a window. */
  ramp_days: amount.default(0),
  /** Spend and conversions rise around Black Friday and Cyber Monday. */
  cyber_week: z.boolean().default(false),
});

/** A platform's monthly costs (content production and tools), in the client's calendar. */
const costSchema = z.strictObject({
  start: monthId,
  monthly: amount,
  /** Yearly price increase, applied at each new year. */
  yearly_increase: z.number(),
  /** One-off extra costs (photo shoots, video production) by month. */
  extras: z.record(monthId, amount).default({}),
});

/** An Instagram post export (Meta Business Suite) of the last months, made from the daily numbers. */
const postsSchema = z.strictObject({
  /** The account's handle in the export. */
  account: z.string().min(1),
  /** How many months, back from the last day, the export covers. */
  months: z.int().min(1).max(12),
  /** Captions, used in turn; the first line of each shows on a post card. */
  captions: z.array(z.string().min(1)).min(1),
});

/**
 * A competitor's public numbers, made from the client's own platform of the same name,
 * scaled: written to competitors/<id>.csv with the counts a competitor tool gives.
 */
const competitorSchema = z.strictObject({
  platforms: z.record(
    platform,
    z.strictObject({
      /** Followers and impressions against the client's. */
      size: amount,
      /** Engagement rate against the client's. */
      engagement: amount,
      /** Posts per day against the client's. */
      posting: amount,
      /** Yearly follower growth, instead of the client's. */
      follower_growth: z.number().optional(),
    }),
  ),
});

const clientSchema = z.strictObject({
  seed: z.int().min(0),
  /** The calendar of the cost months; day rows are always Gregorian ISO dates. */
  calendar: z.enum(['gregorian', 'persian']).default('gregorian'),
  /** Campaign budgets are kept within 20-400 of this a day: 1 for dollars and euros, more for rials. */
  money_unit: z.number().positive().default(1),
  /** Named curves: a multiplier for the middle of each Gregorian month, January first. */
  seasons: z.record(z.string(), z.array(z.number().positive()).length(12)).default({}),
  files: files.default({}),
  platforms: z.record(platform, organicSchema),
  campaigns: z.array(campaignSchema).default([]),
  costs: z.record(platform, costSchema).default({}),
  /**
   * How costs.csv dates its costs: one row per month, or one per week on its Monday (a
   * weekly client: month totals cannot be split into weeks, so its weekly ROI needs these).
   */
  costs_every: z.enum(['month', 'week']).default('month'),
  instagram_posts: postsSchema.optional(),
  competitors: z.record(z.string().regex(/^[a-z0-9-]+$/, 'expected a competitor id'), competitorSchema).default({}),
});

export type CompetitorSpec = z.infer<typeof competitorSchema>;

export type InstagramPosts = z.infer<typeof postsSchema>;
export type Settings = z.infer<typeof settingsSchema>;
/** A seasonal curve, its name looked up. */
type Curve = readonly number[];
export type Organic = Omit<z.infer<typeof organicSchema>, 'start' | 'season'> & {
  platform: string;
  start: string;
  season: Curve;
};
export type Campaign = Omit<z.infer<typeof campaignSchema>, 'windows' | 'budget_season' | 'performance'> & {
  windows: readonly (readonly [string, string])[];
  budget_season: Curve | undefined;
  performance: Curve | undefined;
};
export type Cost = z.infer<typeof costSchema> & { platform: string };
export interface Client {
  slug: string;
  seed: number;
  calendar: 'gregorian' | 'persian';
  money_unit: number;
  files: Record<string, string>;
  platforms: Organic[];
  campaigns: Campaign[];
  costs: Cost[];
  costs_every: 'month' | 'week';
  instagram_posts: InstagramPosts | undefined;
  competitors: Record<string, CompetitorSpec>;
}

export interface SampleData {
  settings: Settings;
  clients: Client[];
}

/** Reads settings.yaml and every client file in `folder`; throws with every problem found. */
export function readSampleData(folder: string): SampleData {
  const problems: string[] = [];
  const settings = readYaml(join(folder, 'settings.yaml'), settingsSchema, problems);
  const clients: Client[] = [];
  const names = readdirSync(folder).filter((name) => name.endsWith('.yaml') && name !== 'settings.yaml');
  for (const name of names.sort()) {
    const client = readYaml(join(folder, name), clientSchema, problems);
    if (client && settings) clients.push(resolveClient(name.slice(0, -'.yaml'.length), client, settings.data));
  }
  if (problems.length > 0 || !settings) throw new Error(problems.join('\n'));
  return { settings: settings.data, clients };
}

interface Read<T> {
  data: T;
  /** Reports a problem at the node a path leads to (or the nearest node above it). */
  problem: (path: readonly (string | number)[], found: unknown, expected: string) => void;
}

function readYaml<T extends z.ZodType>(file: string, schema: T, problems: string[]): Read<z.infer<T>> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const at = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    problems.push(formatProblem({ file: relative(process.cwd(), file), line, column: col, message }));
  };
  const problem = (path: readonly (string | number)[], found: unknown, expected: string) => {
    // A missing setting has no node of its own: point at the mapping it belongs in.
    let node: unknown;
    for (let depth = path.length; depth >= 0 && !hasRange(node); depth--) node = doc.getIn(path.slice(0, depth), true);
    const setting = path.length > 0 ? `${path.join('.')}: ` : '';
    at(hasRange(node) ? node.range[0] : 0, `${setting}found ${shown(found)}, ${expected}`);
  };
  // The position is in front of the message already.
  for (const error of doc.errors) at(error.pos[0], error.message.replace(/ at line \d+, column \d+:[^]*$/, ''));
  if (doc.errors.length > 0) return undefined;
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, problem };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problem([...keysOf(issue.path), key], key, 'expected a setting this file knows');
    } else {
      problem(keysOf(issue.path), issue.input, expectation(issue.message));
    }
  }
  return undefined;
}

function keysOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((key) => typeof key !== 'symbol');
}

function hasRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}

/** zod says "Invalid input: expected number, received string"; the found value is shown apart. */
function expectation(message: string): string {
  const bare = message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, '').replace(/, received .*$/, '');
  return bare.startsWith('expected') ? bare : `expected ${bare}`;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'a mapping';
  return String(value);
}

function resolveClient(slug: string, read: Read<z.infer<typeof clientSchema>>, settings: Settings): Client {
  const client = read.data;
  const seasonOf = (value: string | Curve, path: (string | number)[]): Curve => {
    if (typeof value !== 'string') return value;
    const found = client.seasons[value];
    if (!found) read.problem(path, value, `expected one of the seasons (${Object.keys(client.seasons).join(', ')})`);
    return found ?? [];
  };
  return {
    slug,
    seed: client.seed,
    calendar: client.calendar,
    money_unit: client.money_unit,
    files: client.files,
    platforms: Object.entries(client.platforms).map(([name, spec]) => ({
      ...spec,
      platform: name,
      start: spec.start ?? settings.first_date,
      season: seasonOf(spec.season, ['platforms', name, 'season']),
    })),
    campaigns: client.campaigns.map((campaign, i) => ({
      ...campaign,
      windows: campaign.windows ?? [[settings.first_date, settings.last_date]],
      budget_season: optional(campaign.budget_season, (curve) => seasonOf(curve, ['campaigns', i, 'budget_season'])),
      performance: optional(campaign.performance, (curve) => seasonOf(curve, ['campaigns', i, 'performance'])),
    })),
    costs: Object.entries(client.costs).map(([name, cost]) => ({ ...cost, platform: name })),
    costs_every: client.costs_every,
    instagram_posts: client.instagram_posts,
    competitors: client.competitors,
  };
}

function optional<T, U>(value: T | undefined, f: (value: T) => U): U | undefined {
  return value === undefined ? undefined : f(value);
}

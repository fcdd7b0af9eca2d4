/**
 * What one build of the site is for, read from the environment in this one place:
 * `npm run build` sets these variables for Astro (a build of one client runs in a
 * process of its own), and `npm run dev` reads the same ones.
 */
import { parseIsoDate, type Day } from '../model/calendar.ts';

export interface SiteSettings {
  /** The data folder, as given (relative to the project root or absolute). */
  readonly dataDir: string;
  /**
   * The one client this site holds, at its root; null for the agency's combined site,
   * with every client under /<slug>/ and a portfolio page at the root.
   */
  readonly client: string | null;
  /** The day the build counts as today, for what depends on the calendar (stale data); frozen in tests. */
  readonly today: Day;
  /** Astro's cache folder for this build; null for Astro's own default. */
  readonly cacheDir: string | null;
}

export const SETTINGS_VARIABLES = {
  dataDir: 'DATA_DIR',
  client: 'RECAP_CLIENT',
  today: 'RECAP_TODAY',
  base: 'BASE_PATH',
  siteUrl: 'SITE_URL',
  cacheDir: 'RECAP_CACHE_DIR',
} as const;

export function siteSettings(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): SiteSettings {
  const client = env[SETTINGS_VARIABLES.client]?.trim() || null;
  return {
    dataDir: env[SETTINGS_VARIABLES.dataDir]?.trim() || 'data',
    client,
    today: todayOf(env, now),
    cacheDir: env[SETTINGS_VARIABLES.cacheDir]?.trim() || null,
  };
}

function todayOf(env: NodeJS.ProcessEnv, now: Date): Day {
  const given = env[SETTINGS_VARIABLES.today]?.trim();
  if (!given) return Math.floor(now.getTime() / 86_400_000);
  const day = parseIsoDate(given);
  if (day === null) throw new Error(`${SETTINGS_VARIABLES.today}: found "${given}", expected a date YYYY-MM-DD`);
  return day;
}

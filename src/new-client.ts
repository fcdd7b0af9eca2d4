/**
 * `npm run new-client -- <slug> [--name "…"] [--locale fa-IR] [--calendar persian]`:
 * the files of a new client folder, worked out here and written by the script. Its
 * client.yaml shows every setting, commented out at its default, so that a new user
 * finds each one where it goes; an example CSV of one row shows the layout.
 */
import { parseArgs } from 'node:util';
import { isoDate, GregorianCalendar, type Day } from './model/calendar.ts';
import { PersianCalendar } from './model/persian-calendar.ts';
import { CLIENT_SLUG } from './ingest/load-data-dir.ts';

export interface NewClient {
  readonly slug: string;
  readonly name: string;
  readonly locale: string | null;
  readonly calendar: 'gregorian' | 'persian' | null;
}

export const NEW_CLIENT_USAGE =
  'usage: npm run new-client -- <slug> [--name "Acme Coffee"] [--locale fa-IR] [--calendar persian]';

/** The client the command line asks for, or why it cannot be made. */
export function parseNewClientArgs(args: readonly string[]): NewClient | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { name: { type: 'string' }, locale: { type: 'string' }, calendar: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    return { error: `${(error as Error).message}\n${NEW_CLIENT_USAGE}` };
  }
  const [slug, ...rest] = parsed.positionals;
  if (slug === undefined || rest.length > 0) return { error: NEW_CLIENT_USAGE };
  if (!CLIENT_SLUG.test(slug)) {
    return {
      error: `found client name "${slug}", expected lower-case letters, digits and dashes (acme-coffee): it becomes the client's folder and its address in the site`,
    };
  }
  const { locale, calendar } = parsed.values;
  if (locale !== undefined && !isLocale(locale)) {
    return { error: `found --locale "${locale}", expected a language tag such as en-US, de-DE or fa-IR` };
  }
  if (calendar !== undefined && calendar !== 'gregorian' && calendar !== 'persian') {
    return { error: `found --calendar "${calendar}", expected gregorian or persian` };
  }
  return {
    slug,
    name: parsed.values.name?.trim() || titleOf(slug),
    locale: locale ?? null,
    calendar: (calendar as NewClient['calendar']) ?? null,
  };
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** "acme-coffee" -> "Acme Coffee", until the user names the client. */
const titleOf = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** YAML's double-quoted string, which JSON's is: any name, in any script, stays one value. */
const quoted = (text: string) => JSON.stringify(text);

/** The files of the new client's folder, by path in it: client.yaml, notes/ and an example. */
export function newClientFiles(client: NewClient, today: Day): Map<string, string> {
  // A setting given on the command line is written as a setting; the others as comments.
  const setting = (line: string, given: boolean) => (given ? line : `# ${line}`);
  const calendar = client.calendar === 'persian' ? new PersianCalendar() : new GregorianCalendar();
  const lastMonth = calendar.addMonths(calendar.monthOf(today), -1);
  const exampleDay = isoDate(calendar.firstDay(lastMonth));
  const yaml = [
    `# ${client.name}: the report's settings. Lines starting with # are comments: to use a`,
    '# setting, remove its #. Each commented setting shows its default; docs/data-folder.md',
    '# says what each does, and `npm run validate` checks this file.',
    `name: ${quoted(client.name)}`,
    '# currency: USD # ISO 4217 code of every amount in the files (EUR, IRR, ...)',
    setting(
      `locale: ${client.locale ?? 'en-US'} # the report's language and number formats (fa-IR, de-DE, ...)`,
      client.locale !== null,
    ),
    setting(
      `calendar: ${client.calendar ?? 'gregorian'} # or persian: Solar Hijri months (1405-08); dates in files stay Gregorian`,
      client.calendar !== null,
    ),
    '# timezone: UTC # IANA name (Asia/Tehran, Europe/Berlin): the clock of publish days and hours',
    '# money_unit: toman # with currency IRR: show amounts in tomans (files stay in rials)',
    '# lead_value: 0 # money one lead is worth, in value created and ROI',
    '# conversion_value: 0 # money one conversion is worth, on top of reported revenue',
    '# value_source: platforms # or ga4: value counts Google Analytics revenue from social instead',
    '# cadence: monthly # or weekly, bimonthly: the regular report; quarterly and yearly reviews come anyway',
    '# template: default # the report template, templates/<name>.mdx',
    '# access: public # or password: every page published encrypted (docs/publishing.md)',
    '# indexable: false # true lets search engines list the reports',
    "# base_path: / # where this client's own site is served, such as /reports/",
    '# site_url: https://reports.example.com # its public address, for link previews',
    '# brand:',
    "#   color: '#1f6f4a' # header rule, links and accents",
    '#   logo: logo.svg # an image in this folder',
    '# metrics: # your own metrics, beside the built-in ones',
    '#   - id: newsletter_signups',
    '#     kind: flow # or stock',
    '# goals: # what to achieve by when (docs/goals.md)',
    '#   - id: followers-2027',
    '#     metric: followers',
    '#     kind: level # level, total, at_least or at_most',
    '#     target: 25000',
    `#     start: ${exampleDay}`,
    '#     deadline: 2027-12-31',
    '# dates: # the span of dates the data may carry',
    '#   earliest: 2000-01-01',
    '# top_posts: # the top posts and "what works"',
    '#   count: 5',
    '#   min_impressions: 500',
    '#   min_posts: 3',
    '# attention: # the change against the period before that puts a KPI under "Needs attention"',
    '#   engagement_rate: -15% # built in too: followers -2%, impressions -25%, conversions -25%, cpa +20%',
    '# kpi_review: [] # the days to review the KPIs themselves, such as [2027-06-30]: the report after says so',
    '# experiments: [] # content tests with a verdict (docs/data-folder.md, Content tests)',
    '# competitors: [] # accounts to compare with, their numbers in competitors/ (Competitors)',
    '# benchmarks: [] # numbers to set the month against, each with its source (Benchmarks)',
    '# traffic_sources: {} # GA4 sources to count as a network, such as pin.it: pinterest',
    '# files: {} # what a platform export does not say about itself (platform, year, ...)',
    '',
  ].join('\n');
  const example = [
    'date,platform,followers,impressions,engagements,posts',
    // A month's totals in one row; a Solar Hijri client's months are its own, so its example is a day.
    `${client.calendar === 'persian' ? exampleDay : lastMonth.id},instagram,1200,15000,450,12`,
    '',
  ].join('\n');
  return new Map([
    ['client.yaml', yaml],
    ['example.csv', example],
    ['notes/.gitkeep', ''],
  ]);
}

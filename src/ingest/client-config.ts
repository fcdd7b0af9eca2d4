/**
 * client.yaml: who the client is and how their numbers are shown and valued.
 *
 * Read with `yaml` rather than a bare parser because it keeps every node's source
 * range, so a wrong value is reported at its own line and column.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { isoDate, parseIsoDate, type Day } from '../model/calendar.ts';
import { dictionaryFrom } from '../model/dictionary.ts';
import { dateWindow, OUTERMOST_EARLIEST, OUTERMOST_LATEST, windowExpectation } from './date-window.ts';
import {
  BUILT_IN_METRICS,
  DERIVED_METRIC_IDS,
  isBuiltInMetric,
  isDerivedMetric,
  type MetricKind,
} from '../model/metrics.ts';
import { inNumberRange, RANGE_EXPECTATION } from './numbers.ts';
import { ProblemList, quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { isBlank, oddCharacters } from './characters.ts';
import { keyNodeAt, MAX_ALIAS_COUNT, nodeAt, plainValue, repeatedKeys } from './yaml-nodes.ts';

const METRIC_ID = /^[a-z][a-z0-9_]*$/;

function isCurrencyCode(code: string): boolean {
  return Intl.supportedValuesOf('currency').includes(code);
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Numbers in client.yaml: YAML reads 1e400 and .inf as Infinity, and past 2^53 whole numbers are not exact. */
const inRange = <T extends z.ZodNumber>(schema: T) =>
  schema.refine(inNumberRange, { error: `expected ${RANGE_EXPECTATION}` });

const money = inRange(
  z
    .number({ error: 'expected an amount of money per item, such as 25 or 12.5' })
    .nonnegative({ error: 'expected zero or a positive amount' }),
);

const customMetric = z.strictObject({
  id: z
    .string({ error: 'expected a metric id such as newsletter_signups' })
    .regex(METRIC_ID, {
      error: 'expected lower-case letters, digits and _, starting with a letter (newsletter_signups)',
    })
    .refine((id) => !isBuiltInMetric(id) && !isDerivedMetric(id), {
      error: 'expected an id that is not already a built-in metric',
    }),
  kind: z.enum(['flow', 'stock'], {
    error: 'expected flow (summed over a month, like clicks) or stock (a level at a moment, like followers)',
  }),
  label: z.string().optional(),
});

/** A day as YYYY-MM-DD that exists in the calendar (2026-02-29 does not). */
const isoDay = (what: string) =>
  z
    .string({ error: `expected the ${what} as a date YYYY-MM-DD, such as 2026-12-31` })
    .refine((text) => parseIsoDate(text) !== null, {
      error: `expected the ${what} as a date YYYY-MM-DD that exists, such as 2026-12-31`,
    });

const goalNumber = (what: string) =>
  inRange(
    z.number({
      error: `expected the ${what} as a plain number such as 150000 or 2.5 (no units, % sign or thousands separators)`,
    }),
  );

export const GOAL_KINDS = ['level', 'total', 'at_least', 'at_most'] as const;

/**
 * A goal: a metric, a target and a timeline. The cross-checks that need more than one
 * field (a known metric, a deadline after the start, no `total` of a stock or a rate,
 * ids used once) are in `checkGoals`, so that each is reported at its own line.
 */
const goalSchema = z.strictObject({
  id: z.string({ error: 'expected a goal id such as followers-150k' }).regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: 'expected a goal id of lower-case letters, digits, - and _ (followers-150k)',
  }),
  label: z
    .string({ error: 'expected a short description as text, such as "150,000 followers by the end of 2026"' })
    .trim()
    .min(1, {
      error: 'expected a short description as text, such as "150,000 followers by the end of 2026"',
      abort: true,
    })
    .refine((label) => !isBlank(label), { error: 'expected a short description as text that shows' })
    .optional(),
  metric: z.string({ error: 'expected a metric id such as followers, revenue or engagement_rate' }),
  platform: z
    .string({ error: 'expected a platform name such as instagram, or all for every platform together' })
    .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
      error: 'expected a platform name in lower case such as instagram, or all for every platform together',
    })
    .default('all'),
  kind: z.enum(GOAL_KINDS, {
    error:
      'expected level (reach a value by the deadline), total (add up a flow from start to deadline), at_least or at_most (keep the value on that side of the target every month)',
  }),
  target: goalNumber('target'),
  baseline: goalNumber('baseline').optional(),
  start: isoDay('start'),
  deadline: isoDay('deadline'),
});

/**
 * What a platform export does not say about itself, per file name: which platform
 * an Ads Manager export's campaigns ran on, which year a TikTok export's dates are in.
 */
const exportFileSettings = z.strictObject({
  platform: z
    .string({ error: 'expected a platform name in lower case, such as facebook or instagram' })
    .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, {
      error: 'expected a platform name in lower case, such as facebook or instagram',
    })
    .refine((slug) => slug !== 'all', { error: 'expected a single platform: all is reserved for the total' })
    .optional(),
  year: z
    .number({ error: 'expected the year the dates in the file belong to, such as 2025' })
    .int({ error: 'expected a whole year, such as 2025' })
    .min(2000, { error: 'expected a year from 2000 on' })
    .max(2100, { error: 'expected a year up to 2100' })
    .optional(),
});

export type ExportFileSettings = z.infer<typeof exportFileSettings>;

/** One end of the span of dates the client's data may carry (see date-window.ts). */
const windowEnd = (what: string) =>
  isoDay(what).refine((text) => text >= OUTERMOST_EARLIEST && text <= OUTERMOST_LATEST, {
    error: `expected the ${what} from ${OUTERMOST_EARLIEST} to ${OUTERMOST_LATEST}`,
  });

const dateSettings = z.strictObject(
  {
    earliest: windowEnd('earliest date').optional(),
    latest: windowEnd('latest date').optional(),
  },
  { error: 'expected earliest: and/or latest:, each a date YYYY-MM-DD' },
);

export type GoalConfig = z.infer<typeof goalSchema>;
export type GoalKind = GoalConfig['kind'];
export const GOAL_KEYS = Object.keys(goalSchema.shape);

/** Settings written in the client's own words and script. */
const FREE_TEXT: ReadonlySet<string> = new Set(['name', 'label', 'logo']);

export const clientConfigSchema = z.strictObject({
  name: z
    .string({ error: 'expected the client name as text, such as "Northwind Outfitters"' })
    .trim()
    .min(1, { error: 'expected the client name as text, such as "Northwind Outfitters"', abort: true })
    // A name of zero-width spaces passes for text yet shows nothing on the reports.
    .refine((name) => !isBlank(name), {
      error:
        'expected the client name as text that shows, such as "Northwind Outfitters": it is only invisible characters',
    }),
  currency: z
    .string({ error: 'expected an ISO 4217 currency code such as USD, EUR or IRR' })
    .refine(isCurrencyCode, { error: 'expected an ISO 4217 currency code such as USD, EUR or IRR' })
    .default('USD'),
  locale: z
    .string({ error: 'expected a BCP 47 language tag such as en-US, de-DE or fa-IR' })
    .refine(isLocale, { error: 'expected a BCP 47 language tag such as en-US, de-DE or fa-IR' })
    .default('en-US'),
  lead_value: money.default(0),
  conversion_value: money.default(0),
  metrics: z
    .array(customMetric, { error: 'expected a list of custom metrics, each with an id and a kind' })
    .default([]),
  money_unit: z
    .enum(['rial', 'toman'], { error: 'expected rial or toman (1 toman = 10 rials; for currency IRR)' })
    .optional(),
  calendar: z
    .enum(['gregorian', 'persian'], {
      error: 'expected gregorian (January to December) or persian (the Solar Hijri year, from Nowruz)',
    })
    .default('gregorian'),
  template: z
    .string({ error: 'expected the name of a template in templates/, such as default' })
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'expected the name of a template in templates/, such as default' })
    .default('default'),
  brand: z
    .strictObject({
      color: z
        .string({ error: 'expected a colour as #rrggbb, such as "#0b6e4f"' })
        .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as #rrggbb, such as "#0b6e4f" (in quotes)' })
        .optional(),
      logo: z.string({ error: 'expected the path of an image file, such as logo.svg' }).min(1).optional(),
    })
    .default({}),
  access: z
    .enum(['public', 'password'], {
      error:
        'expected public (anyone with the link) or password (pages published encrypted; the password comes from the environment)',
    })
    .default('public'),
  indexable: z
    .boolean({ error: 'expected true (search engines may list the reports) or false (the default: they may not)' })
    .default(false),
  base_path: z
    .string({ error: "expected the path the client's own site is served under, such as / or /reports/" })
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, {
      error: 'expected a path that starts and ends with /, such as / or /reports/ (letters, digits, . _ ~ -)',
    })
    .default('/'),
  site_url: z
    .url({
      protocol: /^https?$/,
      error: "expected the address the client's own site is published at, such as https://reports.example.com",
    })
    .optional(),
  goals: z
    .array(goalSchema, {
      error: 'expected a list of goals, each with id, metric, kind, target, start and deadline',
    })
    .optional(),
  dates: dateSettings.optional(),
  files: z
    .record(z.string(), exportFileSettings, {
      error: 'expected file names in the client folder, each with platform: and/or year:',
    })
    .default({}),
});

export type ClientConfig = z.infer<typeof clientConfigSchema>;

export const CLIENT_CONFIG_KEYS = Object.keys(clientConfigSchema.shape);

/**
 * Line and column of a setting's value, or of its key with `'key'` (a `files:` entry
 * naming no file), for problems found after parsing (a template that does not exist).
 */
export type LocateSetting = (
  path: ReadonlyArray<string | number>,
  part?: 'key' | 'value',
) => { line: number; column: number };

export type ConfigResult =
  { config: ClientConfig; problems: []; locate: LocateSetting } | { config: null; problems: Problem[] };

export interface ConfigOptions {
  /** For the span of dates goals and data may carry; default the clock's date. */
  readonly today?: Day;
}

export function parseClientConfig(file: string, text: string, options: ConfigOptions = {}): ConfigResult {
  const today = options.today ?? Math.floor(Date.now() / 86_400_000);
  const lineCounter = new LineCounter();
  // Keys given twice are found below, in one pass: yaml's own check compares each key with every other.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };

  // Capped per file: a broken file of 500,000 lines gives as many errors.
  const problems = new ProblemList();
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.add({
        file,
        ...at(error.pos[0]),
        message: `found YAML that cannot be read (${error.message.split('\n')[0]}), expected lines of "key: value"`,
      });
    }
    return { config: null, problems: problems.finish() };
  }
  for (const { key, node, first } of repeatedKeys(doc)) {
    problems.add({
      file,
      ...at(node.range?.[0]),
      message: `found the setting ${quote(key)} a second time (first at line ${at(first.range?.[0]).line}), expected each setting once`,
    });
  }
  if (problems.length > 0) return { config: null, problems: problems.finish() };
  if (!isMap(doc.contents)) {
    return {
      config: null,
      problems: [{ file, line: 1, column: 1, message: 'found no settings, expected at least "name: <client name>"' }],
    };
  }

  const plain = plainValue(doc);
  if ('alias' in plain) {
    return {
      config: null,
      problems: [
        {
          file,
          ...at(plain.alias?.range?.[0]),
          message: `found YAML aliases (*name) that expand to more than ${MAX_ALIAS_COUNT} copies, expected plain settings: aliases that repeat each other many times over (a "billion laughs") would fill the memory; write the settings out`,
        },
      ],
    };
  }
  const result = clientConfigSchema.safeParse(plain.value);
  if (result.success) {
    // File names key a dictionary: a plain object would take "__proto__" as its prototype.
    result.data.files = dictionaryFrom(Object.entries(result.data.files));
    const files = (plain.value as { files?: unknown }).files;
    if (files && typeof files === 'object' && Object.hasOwn(files, '__proto__')) {
      problems.add({
        file,
        ...at(keyNodeAt(doc, ['files'], '__proto__')?.range?.[0]),
        message: `files: found "__proto__", expected the name of a file in this client's folder, or its path there`,
      });
    }
    for (const check of [
      duplicateCustomMetrics(file, doc, result.data, at),
      checkDateSettings(file, doc, result.data, at),
      checkGoals(file, doc, result.data, at, today),
      checkMoneyUnit(file, doc, result.data, at),
    ]) {
      for (const problem of check) problems.add(problem);
    }
    const locate: LocateSetting = (path, part = 'value') => {
      if (part === 'key') {
        const key = keyNodeAt(doc, path.slice(0, -1), path.at(-1)!);
        if (key) return at(key.range?.[0]);
      }
      return at(nodeAt(doc, path)?.range?.[0]);
    };
    return problems.length > 0
      ? { config: null, problems: problems.finish() }
      : { config: result.data, problems: [], locate };
  }

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (problems.isFull(file)) {
          problems.count(file);
          continue;
        }
        const keyNode = keyNodeAt(doc, issue.path, key);
        const candidates =
          issue.path.length === 0
            ? CLIENT_CONFIG_KEYS
            : issue.path[0] === 'brand'
              ? ['color', 'logo']
              : issue.path[0] === 'dates'
                ? ['earliest', 'latest']
                : issue.path[0] === 'goals'
                  ? GOAL_KEYS
                  : issue.path[0] === 'files'
                    ? ['platform', 'year']
                    : ['id', 'kind', 'label'];
        problems.add({
          file,
          ...at(keyNode?.range?.[0]),
          message: `found unknown setting ${quote(key)}${oddCharacters(key)}, expected one of ${candidates.join(', ')}${didYouMean(key, candidates)}`,
        });
      }
      continue;
    }
    if (problems.isFull(file)) {
      problems.count(file);
      continue;
    }
    const node = nodeAt(doc, issue.path);
    const where = issue.path.join('.');
    const missing = node === undefined;
    const source = missing ? '' : sourceOf(text, node);
    // Free text may be in any script; a code or an id is expected in ASCII.
    const free = FREE_TEXT.has(String(issue.path.at(-1)));
    const found = missing ? 'nothing' : `${quote(source)}${oddCharacters(source, !free)}`;
    const location = missing ? at(nodeAt(doc, issue.path.slice(0, -1))?.range?.[0]) : at(node.range?.[0]);
    problems.add({ file, ...location, message: `${where}: found ${found}, ${issue.message}` });
  }
  return { config: null, problems: problems.finish() };
}

function duplicateCustomMetrics(
  file: string,
  doc: Document,
  config: ClientConfig,
  at: (offset: number | undefined) => { line: number; column: number },
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  config.metrics.forEach((metric, index) => {
    if (seen.has(metric.id)) {
      problems.push({
        file,
        ...at(nodeAt(doc, ['metrics', index, 'id'])?.range?.[0]),
        message: `metrics.${index}.id: found ${quote(metric.id)} a second time, expected each custom metric once`,
      });
    }
    seen.add(metric.id);
  });
  return problems;
}

/**
 * How a metric behaves over time, for goals: a flow adds up over days, a stock is a
 * level, a ratio is recomputed from its parts. `value` and `total_cost` are sums of
 * flows, so they are flows too. Null for an id that is no metric of this client.
 */
export type MetricNature = MetricKind | 'ratio';

export function metricNature(id: string, custom: ReadonlyArray<{ id: string; kind: MetricKind }>): MetricNature | null {
  if (isBuiltInMetric(id)) return BUILT_IN_METRICS[id];
  if (isDerivedMetric(id)) return id === 'value' || id === 'total_cost' ? 'flow' : 'ratio';
  return custom.find((metric) => metric.id === id)?.kind ?? null;
}

/** dates: earliest must come before latest. */
function checkDateSettings(
  file: string,
  doc: Document,
  config: ClientConfig,
  at: (offset: number | undefined) => { line: number; column: number },
): Problem[] {
  const { earliest, latest } = config.dates ?? {};
  if (earliest === undefined || latest === undefined || earliest < latest) return [];
  return [
    {
      file,
      ...at(nodeAt(doc, ['dates', 'latest'])?.range?.[0]),
      message: `dates.latest: found ${quote(latest)}, expected a date after dates.earliest (${earliest})`,
    },
  ];
}

/** The checks on goals that need more than one value: each problem at the value to fix. */
function checkGoals(
  file: string,
  doc: Document,
  config: ClientConfig,
  at: (offset: number | undefined) => { line: number; column: number },
  today: Day,
): Problem[] {
  const problems: Problem[] = [];
  const window = dateWindow(today, config.dates);
  // A deadline may lie years ahead, within the outermost dates; a start is a date like the data's.
  const outermost = parseIsoDate(OUTERMOST_LATEST)!;
  const seen = new Set<string>();
  const place = (index: number, key: string) => at(nodeAt(doc, ['goals', index, key])?.range?.[0]);
  const known = [...Object.keys(BUILT_IN_METRICS), ...DERIVED_METRIC_IDS, ...config.metrics.map((m) => m.id)];
  (config.goals ?? []).forEach((goal, index) => {
    const where = `goals.${index}`;
    if (seen.has(goal.id)) {
      problems.push({
        file,
        ...place(index, 'id'),
        message: `${where}.id: found ${quote(goal.id)} a second time, expected each goal id once`,
      });
    }
    seen.add(goal.id);

    const nature = metricNature(goal.metric, config.metrics);
    if (nature === null) {
      problems.push({
        file,
        ...place(index, 'metric'),
        message: `${where}.metric: found ${quote(goal.metric)}, expected a built-in metric (followers, revenue, ...), a derived one (engagement_rate, cpa, roi, ...) or one of this file's metrics:${didYouMean(goal.metric, known)}`,
      });
    } else if (goal.kind === 'total' && nature !== 'flow') {
      const why =
        nature === 'stock'
          ? `${goal.metric} is a level at a moment (a stock), which is not added up over days`
          : `${goal.metric} is a ratio, which cannot be added up over days`;
      problems.push({
        file,
        ...place(index, 'kind'),
        message: `${where}.kind: found "total" for ${goal.metric}, expected level, at_least or at_most: ${why}`,
      });
    }

    const start = parseIsoDate(goal.start)!;
    const deadline = parseIsoDate(goal.deadline)!;
    if (start < window.earliest || start > window.latest) {
      problems.push({
        file,
        ...place(index, 'start'),
        message: `${where}.start: found ${quote(goal.start)}, expected ${windowExpectation(window)}`,
      });
    }
    if (deadline < window.earliest || deadline > outermost) {
      problems.push({
        file,
        ...place(index, 'deadline'),
        message: `${where}.deadline: found ${quote(goal.deadline)}, expected a date from ${isoDate(window.earliest)} to ${OUTERMOST_LATEST}`,
      });
    } else if (deadline <= start) {
      problems.push({
        file,
        ...place(index, 'deadline'),
        message: `${where}.deadline: found ${quote(goal.deadline)}, expected a day after the start (${goal.start})`,
      });
    }

    if (goal.baseline !== undefined && goal.kind !== 'level') {
      problems.push({
        file,
        ...place(index, 'baseline'),
        message: `${where}.baseline: found ${goal.baseline}, expected no baseline for a ${goal.kind} goal (only a level goal starts from one; a total starts from 0)`,
      });
    }
  });
  return problems;
}

/** Tomans are a way of counting rials, so they need currency: IRR. */
function checkMoneyUnit(
  file: string,
  doc: Document,
  config: ClientConfig,
  at: (offset: number | undefined) => { line: number; column: number },
): Problem[] {
  if (config.money_unit !== 'toman' || config.currency === 'IRR') return [];
  return [
    {
      file,
      ...at(nodeAt(doc, ['money_unit'])?.range?.[0]),
      message: `money_unit: found "toman" with currency ${quote(config.currency)}, expected currency: IRR (1 toman = 10 rials)`,
    },
  ];
}

function sourceOf(text: string, node: Node): string {
  const range = node.range;
  return range ? text.slice(range[0], range[1]).trim() : String(node);
}

/** Every metric id a client's files may carry, for suggestions. */
export function knownMetricIds(config: ClientConfig | null): string[] {
  return [...Object.keys(BUILT_IN_METRICS), ...(config?.metrics.map((m) => m.id) ?? [])];
}

export { DERIVED_METRIC_IDS };

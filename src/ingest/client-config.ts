/**
 * client.yaml: who the client is and how their numbers are shown and valued. What each
 * setting may be is in client-config-schema.ts; here the file is read, checked against
 * it, and checked for what needs several settings at once.
 *
 * Read with `yaml` rather than a bare parser because it keeps every node's source
 * range, so a wrong value is reported at its own line and column.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { isoDate, parseIsoDate, type Day } from '../model/calendar.ts';
import { dictionaryFrom } from '../model/dictionary.ts';
import { dateWindow, OUTERMOST_LATEST, windowExpectation } from './date-window.ts';
import { overTime } from '../model/metric-registry.ts';
import { BUILT_IN_METRICS, DERIVED_METRIC_IDS } from '../model/metrics.ts';
import {
  CLIENT_CONFIG_KEYS,
  clientConfigSchema,
  GOAL_KEYS,
  GOAL_KINDS,
  settingKeysAt,
  type ClientConfig,
  type ExportFileSettings,
  type GoalConfig,
  type GoalKind,
} from './client-config-schema.ts';
import { ProblemList, quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { oddCharacters } from './characters.ts';
import { keyNodeAt, MAX_ALIAS_COUNT, nodeAt, plainValue, repeatedKeys } from './yaml-nodes.ts';

/** Settings written in the client's own words and script. */
const FREE_TEXT: ReadonlySet<string> = new Set(['name', 'label', 'logo']);

// The schema's names, for whoever reads client.yaml's settings through this file.
export {
  CLIENT_CONFIG_KEYS,
  clientConfigSchema,
  GOAL_KEYS,
  GOAL_KINDS,
  type ClientConfig,
  type ExportFileSettings,
  type GoalConfig,
  type GoalKind,
};

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
      checkBenchmarks(file, doc, result.data, at),
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
        const candidates = settingKeysAt(issue.path);
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

    const nature = overTime(goal.metric, config.metrics);
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
/**
 * Each benchmark's metric is one the report has, and each metric and platform has one
 * benchmark; each KPI under attention: is one the report has.
 */
function checkBenchmarks(
  file: string,
  doc: Document,
  config: ClientConfig,
  at: (offset: number | undefined) => { line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  const known = [...Object.keys(BUILT_IN_METRICS), ...DERIVED_METRIC_IDS, ...config.metrics.map((m) => m.id)];
  const seen = new Map<string, number>();
  for (const metric of Object.keys(config.attention)) {
    if (known.includes(metric)) continue;
    problems.push({
      file,
      ...at(keyNodeAt(doc, ['attention'], metric)?.range?.[0]),
      message: `attention: found ${quote(metric)}, expected a built-in metric, a derived one (engagement_rate, cpa, roi, ...) or one of this file's metrics:${didYouMean(metric, known)}`,
    });
  }
  config.benchmarks.forEach((benchmark, index) => {
    const place = (key: string) => at(nodeAt(doc, ['benchmarks', index, key])?.range?.[0]);
    if (!known.includes(benchmark.metric)) {
      problems.push({
        file,
        ...place('metric'),
        message: `benchmarks.${index}.metric: found ${quote(benchmark.metric)}, expected a built-in metric, a derived one (engagement_rate, ctr, cpa, ...) or one of this file's metrics:${didYouMean(benchmark.metric, known)}`,
      });
    }
    const key = `${benchmark.metric} on ${benchmark.platform}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        ...place('metric'),
        message: `benchmarks.${index}: found a second benchmark for ${key} (the first is benchmarks.${first}), expected one per metric and platform: the report could show only one`,
      });
    } else seen.set(key, index);
  });
  return problems;
}

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

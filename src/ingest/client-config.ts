/**
 * client.yaml: who the client is and how their numbers are shown and valued.
 *
 * Read with `yaml` rather than a bare parser because it keeps every node's source
 * range, so a wrong value is reported at its own line and column.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { BUILT_IN_METRICS, DERIVED_METRIC_IDS, isBuiltInMetric, isDerivedMetric } from '../model/metrics.ts';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

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

const money = z
  .number({ error: 'expected an amount of money per item, such as 25 or 12.5' })
  .nonnegative({ error: 'expected zero or a positive amount' });

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

export const clientConfigSchema = z.strictObject({
  name: z.string({ error: 'expected the client name as text, such as "Northwind Outfitters"' }).trim().min(1, {
    error: 'expected the client name as text, such as "Northwind Outfitters"',
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
});

export type ClientConfig = z.infer<typeof clientConfigSchema>;

export const CLIENT_CONFIG_KEYS = Object.keys(clientConfigSchema.shape);

/** Line and column of a setting, for problems found after parsing (a template that does not exist). */
export type LocateSetting = (path: ReadonlyArray<string | number>) => { line: number; column: number };

export type ConfigResult =
  { config: ClientConfig; problems: []; locate: LocateSetting } | { config: null; problems: Problem[] };

export function parseClientConfig(file: string, text: string): ConfigResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };

  if (doc.errors.length > 0) {
    return {
      config: null,
      problems: doc.errors.map((error) => ({
        file,
        ...at(error.pos[0]),
        message: `found YAML that cannot be read (${error.message.split('\n')[0]}), expected lines of "key: value"`,
      })),
    };
  }
  if (!isMap(doc.contents)) {
    return {
      config: null,
      problems: [{ file, line: 1, column: 1, message: 'found no settings, expected at least "name: <client name>"' }],
    };
  }

  const result = clientConfigSchema.safeParse(doc.toJS());
  if (result.success) {
    const problems = duplicateCustomMetrics(file, doc, result.data, at);
    const locate: LocateSetting = (path) => at(nodeAt(doc, path)?.range?.[0]);
    return problems.length > 0 ? { config: null, problems } : { config: result.data, problems: [], locate };
  }

  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = nodeAt(doc, issue.path);
      for (const key of issue.keys) {
        const keyNode = isMap(parent)
          ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
          : undefined;
        const candidates =
          issue.path.length === 0
            ? CLIENT_CONFIG_KEYS
            : issue.path[0] === 'brand'
              ? ['color', 'logo']
              : ['id', 'kind', 'label'];
        problems.push({
          file,
          ...at((keyNode as Node | undefined)?.range?.[0]),
          message: `found unknown setting ${quote(key)}, expected one of ${candidates.join(', ')}${didYouMean(key, candidates)}`,
        });
      }
      continue;
    }
    const node = nodeAt(doc, issue.path);
    const where = issue.path.join('.');
    const missing = node === undefined;
    const found = missing ? 'nothing' : quote(sourceOf(text, node));
    const location = missing ? at(nodeAt(doc, issue.path.slice(0, -1))?.range?.[0]) : at(node.range?.[0]);
    problems.push({ file, ...location, message: `${where}: found ${found}, ${issue.message}` });
  }
  return { config: null, problems };
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

function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  if (path.length === 0) return doc.contents ?? undefined;
  const node = doc.getIn(path as (string | number)[], true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
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

/**
 * The settings table of docs/data-folder.md against the zod schema that reads
 * client.yaml (clientConfigSchema), through its JSON Schema: every setting of the schema,
 * down to brand's, each goal's, each files entry's and dates' keys, has a row with its
 * default and its choices, and no row names a setting the schema lacks. And every
 * client.yaml example in the docs is one that Recap reads without a problem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientConfigSchema, parseClientConfig } from '../../src/ingest/client-config.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';

const PAGE = 'docs/data-folder.md';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  default?: unknown;
  enum?: unknown[];
}

interface Setting {
  /** name, brand.color, goals[].id, files.<name>.year */
  readonly key: string;
  readonly required: boolean;
  /** The default as the page writes it, or null when there is none. */
  readonly default: string | null;
  /** The values it may take, when there are only a few. */
  readonly choices: string[];
}

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Every setting of a JSON Schema object, with those of its nested objects, lists of objects and maps. */
function settingsOf(schema: JsonSchema, prefix = ''): Setting[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const key = `${prefix}${name}`;
    const choices = property.enum?.map(String) ?? (property.type === 'boolean' ? ['true', 'false'] : []);
    const own: Setting = {
      key,
      required: schema.required?.includes(name) ?? false,
      default: 'default' in property ? shown(property.default) : null,
      choices,
    };
    const map = property.additionalProperties;
    const nested = property.properties
      ? settingsOf(property, `${key}.`)
      : property.items?.properties
        ? settingsOf(property.items, `${key}[].`)
        : typeof map === 'object' && map.properties
          ? settingsOf(map, `${key}.<name>.`)
          : [];
    return [own, ...nested];
  });
}

interface Row {
  readonly key: string;
  readonly value: string;
  readonly default: string;
  readonly line: number;
}

/** The rows of the table under "### Settings", keyed by the setting's code, any <placeholder> read as <name>. */
function settingsTable(page: string): Row[] {
  const lines = page.split('\n');
  const start = lines.indexOf('### Settings');
  expect(start, `${PAGE} has no "### Settings" heading`).toBeGreaterThan(-1);
  const rows: Row[] = [];
  let seenTable = false;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.startsWith('|')) {
      if (seenTable) break;
      continue;
    }
    seenTable = true;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    const key = /^`([^`]+)`$/.exec(cells[0]!)?.[1];
    if (key === undefined) continue;
    rows.push({ key: key.replace(/<[^>]+>/g, '<name>'), value: cells[1]!, default: cells[2]!, line: index + 1 });
  }
  return rows;
}

const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

const schemaSettings = settingsOf(z.toJSONSchema(clientConfigSchema, { io: 'input' }) as JsonSchema);
const rows = settingsTable(readFileSync(PAGE, 'utf8'));
const rowOf = new Map(rows.map((row) => [row.key, row]));

describe('the client.yaml settings table in docs/data-folder.md', () => {
  it('is read from the schema down to nested settings', () => {
    const keys = schemaSettings.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['name', 'brand.color', 'goals[].deadline', 'files.<name>.year']));
    expect(keys).toEqual(expect.arrayContaining(['metrics[].kind', 'dates.earliest']));
    expect(schemaSettings.find((s) => s.key === 'calendar')).toEqual({
      key: 'calendar',
      required: false,
      default: 'gregorian',
      choices: ['gregorian', 'persian'],
    });
  });

  it('has a row for every setting Recap reads', () => {
    const missing = schemaSettings.map((s) => s.key).filter((key) => !rowOf.has(key));
    expect(missing, `settings of clientConfigSchema with no row in ${PAGE}`).toEqual([]);
  });

  it('names no setting Recap does not read, and each once', () => {
    const known = new Set(schemaSettings.map((s) => s.key));
    const unknown = rows.filter((row) => !known.has(row.key)).map((row) => `line ${row.line}: ${row.key}`);
    expect(unknown, `rows of ${PAGE} that clientConfigSchema does not have`).toEqual([]);
    expect(rows.length).toBe(rowOf.size);
  });

  it.each(schemaSettings.map((s) => [s.key, s] as const))('gives %s its default', (key, setting) => {
    const row = rowOf.get(key);
    if (row === undefined) return; // reported once above, as a missing row
    if (setting.required) expect(row.default, `line ${row.line}`).toBe('required');
    else if (setting.default !== null) expect(codes(row.default)[0], `line ${row.line}`).toBe(setting.default);
    else expect(row.default, `line ${row.line}: no default in the schema`).toMatch(/^none\b/);
  });

  it.each(schemaSettings.filter((s) => s.choices.length > 0).map((s) => [s.key, s] as const))(
    'lists every value %s may take',
    (key, setting) => {
      const row = rowOf.get(key);
      if (row === undefined) return;
      expect(codes(row.value), `line ${row.line}`).toEqual(expect.arrayContaining(setting.choices));
    },
  );
});

describe('the client.yaml examples in the docs', () => {
  const today = parseIsoDate('2026-11-30')!;
  const pages = [
    'README.md',
    'docs/data-folder.md',
    'docs/goals.md',
    'docs/platform-exports.md',
    'docs/publishing.md',
    'docs/errors.md',
  ];
  const examples = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```/gm)].map((match) => [page, match[1]!] as const),
  );

  it('are there to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('%s: a client.yaml Recap reads without a problem', (_page, yaml) => {
    // A fragment (goals:, dates:) stands in a client.yaml that has a name.
    const text = /^name:/m.test(yaml) ? yaml : `name: Acme\n${yaml}`;
    const result = parseClientConfig('client.yaml', text, { today });
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([]);
  });
});

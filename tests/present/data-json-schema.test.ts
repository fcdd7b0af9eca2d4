/**
 * data.schema.json, the published contract of data.json, checked with a standard JSON
 * Schema validator (ajv, draft 2020-12) rather than the zod schema it is made from:
 * every data.json the golden cases pin and every one of a fresh build of the sample
 * site must pass, and a data.json broken in the ways a consumer would trip on must not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataJsonSchema } from '../../src/present/data-json-schema.ts';
import { sampleSite } from '../browser/sample-site.ts';

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(dataJsonSchema());

function dataFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'data.json')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The validator's complaints about a file, empty when it passes. */
function complaints(json: unknown): string[] {
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

const goldenFiles = readdirSync('tests/golden', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      return dataFiles(path.join('tests/golden', entry.name, 'expected', 'site'));
    } catch {
      return [];
    }
  });

describe('data.schema.json', () => {
  it('is JSON Schema draft 2020-12 with a title, and compiles in strict mode', () => {
    const schema = dataJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Recap monthly report (data.json)');
    expect(Object.keys(schema.$defs as object).sort()).toEqual(
      [
        'Account',
        'Attention',
        'Benchmark',
        'CampaignMetric',
        'Change',
        'Day',
        'Experiment',
        'Goal',
        'Metric',
        'Post',
        'PostGroup',
        'Share',
        'Span',
        'Visits',
      ].sort(),
    );
  });

  it.each(goldenFiles)('passes %s, which the golden tests pin', (file) => {
    expect(complaints(read(file))).toEqual([]);
  });

  it('has golden files to check, from cases with goals, campaigns and a Persian calendar', () => {
    expect(goldenFiles.length).toBeGreaterThanOrEqual(9);
    const json = goldenFiles.map((file) => read(file) as { goals: unknown[]; campaigns: object; calendar: string });
    expect(json.some((report) => report.goals.length > 0)).toBe(true);
    expect(json.some((report) => Object.keys(report.campaigns).length > 0)).toBe(true);
    expect(json.some((report) => report.calendar === 'persian')).toBe(true);
  });
});

describe('data.schema.json on a fresh build of the sample site', () => {
  let files: string[] = [];
  let outDir = '';
  beforeAll(async () => {
    outDir = await sampleSite();
    files = dataFiles(outDir);
  });

  it('is published with the site, at its root', () => {
    expect(JSON.parse(readFileSync(path.join(outDir, 'data.schema.json'), 'utf8'))).toEqual(dataJsonSchema());
  });

  it('passes every data.json of it', () => {
    // Three clients, each with two and a half years of months.
    expect(files.length).toBeGreaterThan(60);
    const failing = files.map((file) => [file, complaints(read(file))] as const).filter(([, c]) => c.length > 0);
    expect(failing).toEqual([]);
  });
});

describe('data.schema.json refuses a broken data.json', () => {
  const good = () =>
    structuredClone(read(goldenFiles.find((f) => f.includes('goals-campaigns'))!)) as Record<string, any>;

  it('starts from a file that passes', () => {
    expect(complaints(good())).toEqual([]);
  });

  it('a string where a number is', () => {
    const json = good();
    json.platforms.all.impressions.value = '22200';
    expect(complaints(json)).toEqual(['/platforms/all/impressions/value must be number,null']);
  });

  it('a missing field', () => {
    const json = good();
    delete json.data_through;
    delete json.goals[0].status;
    expect(complaints(json)).toEqual([
      "/ must have required property 'data_through'",
      "/goals/0 must have required property 'status'",
    ]);
  });

  it('a field the contract does not have, a goal status it does not know, and a period that is none', () => {
    const json = good();
    json.platforms.all.impressions.median = 3;
    json.goals[0].status = 'great';
    json.period = '2026-9';
    expect(complaints(json)).toEqual([
      '/period must match pattern "^\\d{4}(?:-\\d{2}|-W\\d{2}|-B\\d|-Q\\d)?$"',
      '/platforms/all/impressions must NOT have additional properties',
      '/goals/0/status must be equal to one of the allowed values',
      '/goals/0/status must be null',
      '/goals/0/status must match a schema in anyOf',
    ]);
  });

  it('null where the contract promises a value: a goal target, a campaign metric left out', () => {
    const json = good();
    json.goals[0].target = null;
    const [campaign] = Object.keys(json.campaigns);
    const [metric] = Object.keys(json.campaigns[campaign!]);
    delete json.campaigns[campaign!][metric!].lifetime;
    expect(complaints(json)).toEqual([
      '/goals/0/target must be number',
      `/campaigns/${campaign}/${metric} must have required property 'lifetime'`,
    ]);
  });
});

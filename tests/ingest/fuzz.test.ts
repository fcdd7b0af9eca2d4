/**
 * Generated hostile input: random bytes, random CSV shapes, random YAML and random
 * notes in a temporary data folder. Whatever comes in, validate (loadDataDir) ends in
 * success or in located problems (a file, a line and a column from 1, a message),
 * and never throws.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import type { Problem } from '../../src/ingest/problems.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'recap-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let runs = 0;

/** Writes the files into a fresh data folder (client `acme`) and validates it. */
function validate(files: Record<string, string | Uint8Array>) {
  const dir = path.join(root, String(runs++));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, 'acme', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  try {
    return loadDataDir(dir, { today: '2026-11-30' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectLocated(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(problem.file, JSON.stringify(problem)).toMatch(/\S/);
    expect(Number.isInteger(problem.line) && problem.line >= 1, JSON.stringify(problem)).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, JSON.stringify(problem)).toBe(true);
    expect(problem.message.trim(), JSON.stringify(problem)).not.toBe('');
  }
}

// A fixed seed keeps the suite repeatable; FUZZ_RUNS=2000 FUZZ_SEED=<n> searches further.
const RUNS = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 60),
  seed: Number(process.env.FUZZ_SEED ?? 20_261_130),
};

// Cells that are numbers, near-numbers, dates, names and trouble.
const cell = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', ' ', '"', '""', '"a,b"', '"\n"', '12x', '1,234', '۱۲۳', '9'.repeat(30), '-', 'undefined'),
  fc.constantFrom(
    '2025-01-01',
    '2025-02-30',
    '0000-01-01',
    '9999-12-31',
    '2025-13',
    '2026-12-01',
    '1404-01',
    'Sep 6, 2025',
  ),
  fc.constantFrom('instagram', 'all', 'constructor', '__proto__', 'insta\u200bgram', 'х', 'ads', 'staff'),
  fc.string({ maxLength: 12 }),
);
const column = fc.oneof(
  fc.constantFrom('date', 'platform', 'campaign', 'category', 'metric', 'value', 'impressions', 'followers'),
  fc.constantFrom(
    'net_follows',
    'spend',
    'cost',
    'ctr',
    'roi',
    'constructor',
    'imprеssions',
    '',
    'Date',
    'Impressions',
  ),
  fc.constantFrom(
    'Engagements',
    'New follows',
    'Unfollows',
    'Post id',
    'Campaign Name',
    'Reporting Starts',
    'Sessions',
  ),
  fc.string({ maxLength: 10 }),
);
const csv = fc
  .tuple(
    fc.array(column, { minLength: 1, maxLength: 7 }),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
  )
  .chain(([header, rows]) =>
    fc.tuple(fc.constantFrom('\n', '\r\n', '\r'), fc.boolean()).map(([end, bom]) => {
      const text = [header.join(','), ...rows.map((row) => row.join(','))].join(end);
      return bom ? `\ufeff${text}` : text;
    }),
  );

const scalar = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer().map(String),
  fc.constantFrom(
    '~',
    'null',
    'true',
    '.inf',
    '.nan',
    '1e400',
    '"\u200b"',
    '[',
    '{',
    '*a',
    '&a x',
    '0000-01-01',
    '!!binary x',
  ),
);
const key = fc.oneof(
  fc.constantFrom('name', 'currency', 'locale', 'lead_value', 'metrics', 'calendar', 'template', 'brand', 'goals'),
  fc.constantFrom('files', 'dates', 'earliest', 'latest', 'id', 'kind', 'target', 'start', 'deadline', '__proto__'),
  fc.string({ maxLength: 8 }),
);
type Yaml = { readonly lines: string[] };
const yamlLines: fc.Arbitrary<Yaml> = fc.letrec<{ block: Yaml }>((tie) => ({
  block: fc
    .array(
      fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.tuple(key, scalar).map(([k, v]): Yaml => ({ lines: [`${k}: ${v}`] })),
        fc
          .tuple(key, tie('block'))
          .map(([k, inner]): Yaml => ({ lines: [`${k}:`, ...inner.lines.map((l) => `  ${l}`)] })),
        fc.tuple(key, tie('block')).map(([k, inner]): Yaml => ({
          lines: [`${k}:`, ...inner.lines.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`)],
        })),
      ),
      { maxLength: 6 },
    )
    .map((parts): Yaml => ({ lines: parts.flatMap((p) => p.lines) })),
}))['block'];
const yaml = yamlLines.map((y) => `${y.lines.join('\n')}\n`);

const noteName = fc.constantFrom('2026-09.md', '2026-10.mdx', 'october.md', '2027-01.md', '2026-09.MD');
const note = fc
  .tuple(
    fc.option(yaml, { nil: undefined }),
    fc.array(
      fc.constantFrom(
        'text',
        '**bold**',
        '<KpiCard metric="ctr" />',
        '{1+1}',
        '<div>',
        '</span>',
        '{/* c */}',
        'import x from "y"',
        '<',
        '{',
        '<script>x</script>',
      ),
      { maxLength: 6 },
    ),
  )
  .map(([front, body]) => `${front === undefined ? '' : `---\n${front}---\n`}\n${body.join('\n\n')}\n`);

describe('validate on generated input', () => {
  it('random bytes as a CSV and as client.yaml end in located problems, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 200 }), (bytes, config) => {
        const load = validate({ 'client.yaml': config, 'a.csv': bytes });
        expectLocated(load.problems);
        expectLocated(load.warnings);
      }),
      RUNS,
    );
  });

  it('random CSV shapes end in success or located problems', () => {
    fc.assert(
      fc.property(csv, csv, (a, b) => {
        const load = validate({ 'client.yaml': 'name: Acme\n', 'a.csv': a, 'sub/b.csv': b });
        expectLocated(load.problems);
        expectLocated(load.warnings);
      }),
      RUNS,
    );
  });

  it('random client.yaml ends in success or located problems', () => {
    fc.assert(
      fc.property(yaml, (config) => {
        const load = validate({ 'client.yaml': config, 'a.csv': 'date,platform,impressions\n2025-01-01,x,5\n' });
        expectLocated(load.problems);
      }),
      RUNS,
    );
  });

  it('random notes end in success or located problems', () => {
    fc.assert(
      fc.property(noteName, note, (name, text) => {
        const load = validate({
          'client.yaml': 'name: Acme\n',
          'a.csv': 'date,platform,impressions\n2025-01-01,x,5\n',
          [`notes/${name}`]: text,
        });
        expectLocated(load.problems);
      }),
      RUNS,
    );
  });
});

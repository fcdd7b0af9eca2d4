/**
 * npm run bench [-- --rows N --runs N --seed N --keep DIR]
 *
 * Generates (seeded, so every run measures the same bytes) a data folder with one
 * client and one wide CSV of at least 250,000 rows, then measures rows/s for:
 *
 *   papaparse (text)   Papa.parse(text, { delimiter: ',' }) on the decoded text: the baseline
 *   papaparse (bytes)  reading the file, decoding it and Papa.parse: the same I/O the pipeline does
 *   validate           loadDataDir: read, decode, parse, check every cell, build the series
 *   aggregate          buildClientReport for every client: every month, platform and comparison
 *   pipeline           validate + aggregate, the headline figure
 *   data.json          reportJson for every month (reported apart, not part of the target)
 *
 * Two ways of running, both reported:
 *
 *   cold  each run in a fresh process, as `npm run validate` and every build run it:
 *         a papaparse process and a pipeline process back to back, --runs pairs.
 *         The target is judged on the median ratio of these pairs.
 *   warm  in this process, one warm-up and then --runs timed runs of each step.
 *
 * Warm runs do not force a garbage collection between runs. A forced full collection
 * lets V8 drop the hidden classes of the objects the previous run made (a file
 * reader, its log, its row table) and with them the optimized code built on them,
 * so every later run starts optimizing again from the interpreter. No real run
 * does that: validation happens once per process. (`--forced-gc` restores it to
 * show the effect: after about six runs the pipeline's warm time nearly doubles.)
 * Exits non-zero when the generated data does not validate, because a benchmark
 * must not measure an error path.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { buildClientReport, type ClientReport } from '../src/aggregate/client-report.ts';
import { loadDataDir } from '../src/ingest/load-data-dir.ts';
import { reportJson } from '../src/present/data-json.ts';
import { periodModel } from '../src/aggregate/period-model.ts';
import { mulberry32 } from './seeded-random.ts';

const TARGET = 0.5;

// ---------------------------------------------------------------------------------------
// Arguments

function intArg(name: string, fallback: number, min: number): number {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at === -1) return fallback;
  const arg = args[at]!;
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  const value = Number(text?.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min) {
    console.error(`bench: --${name} expects a whole number >= ${min}, found ${JSON.stringify(text ?? '')}`);
    process.exit(2);
  }
  return value;
}

const ROWS = intArg('rows', 250_000, 1);
const RUNS = intArg('runs', 5, 1);
const SEED = intArg('seed', 20_240_601, 0);
const FORCED_GC = process.argv.includes('--forced-gc');

// ---------------------------------------------------------------------------------------
// A cold run: this script started again to time one step once, as a fresh process runs it

const childAt = process.argv.indexOf('--child');
if (childAt !== -1) {
  const step = process.argv[childAt + 1];
  const dataDir = process.argv[childAt + 2]!;
  let ms: number;
  if (step === 'papaparse') {
    const text = new TextDecoder('utf-8').decode(readFileSync(path.join(dataDir, 'bench-client', 'metrics.csv')));
    const start = performance.now();
    const parsed = Papa.parse<string[]>(text, { delimiter: ',' });
    ms = performance.now() - start;
    if (parsed.errors.length > 0) {
      const [first] = parsed.errors;
      process.stderr.write(
        `papaparse found ${parsed.errors.length} error(s); the first: row ${first!.row}: ${first!.message}\n`,
      );
      process.exit(1);
    }
  } else {
    const start = performance.now();
    const load = loadDataDir(dataDir);
    const reports = load.clients.map((c) => buildClientReport(c));
    ms = performance.now() - start;
    if (load.problems.length > 0 || reports.includes(null)) {
      const [first] = load.problems;
      process.stderr.write(
        first
          ? `the pipeline found ${load.problems.length} problem(s) in the generated data; the first: ${first.file}:${first.line}:${first.column}: ${first.message}\n`
          : 'the pipeline built no report for a client of the generated data\n',
      );
      process.exit(1);
    }
  }
  process.stdout.write(JSON.stringify({ ms }));
  process.exit(0);
}

/** Milliseconds of one step, timed inside a fresh process (its start-up and imports not counted). */
function coldRun(step: 'papaparse' | 'pipeline', dataDir: string): number {
  const script = fileURLToPath(import.meta.url);
  try {
    const out = execFileSync(process.execPath, [...process.execArgv, script, '--child', step, dataDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return (JSON.parse(out) as { ms: number }).ms;
  } catch (error) {
    // The child says why on stderr; without it a failed run would be a bare exit status.
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`the cold ${step} run failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------
// Deterministic data

const PLATFORMS = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok'] as const;
const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000; // 2023-01-01
const DAYS = 1096; // through 2025-12-31: three years
const CAMPAIGN_THEMES = [
  'spring-sale',
  'summer-launch',
  'back-to-school',
  'black-friday',
  'holiday',
  'brand',
  'retargeting',
  'lookalike',
];
const HEADER = 'date,platform,campaign,followers,impressions,reach,engagements,clicks,spend,revenue,leads';
/** About one cell in this many of the optional metrics is left empty (not reported). */
const EMPTY_ONE_IN = 400;

interface Stream {
  platform: string;
  campaign: string;
  followers: number;
  impressions: number;
  reachShare: number;
  engagementRate: number;
  ctr: number;
  cpm: number;
  roas: number;
  leadRate: number;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Rows ordered by date, then platform, then campaign, like a platform export; the
 * number of campaigns is whatever makes DAYS x platforms x campaigns reach `rows`,
 * and the last day is cut short when `rows` is not a multiple of a day's rows.
 */
function generateCsv(rows: number, seed: number): string {
  const rng = mulberry32(seed);
  const campaignCount = Math.ceil(rows / (DAYS * PLATFORMS.length));
  const campaigns = Array.from(
    { length: campaignCount },
    (_, i) =>
      `${CAMPAIGN_THEMES[i % CAMPAIGN_THEMES.length]}-${String(Math.floor(i / CAMPAIGN_THEMES.length) + 1).padStart(2, '0')}`,
  );
  const streams: Stream[] = [];
  for (const platform of PLATFORMS) {
    for (const campaign of campaigns) {
      streams.push({
        platform,
        campaign,
        followers: Math.round(500 + rng() * 50_000),
        impressions: 200 + rng() * 20_000,
        reachShare: 0.45 + rng() * 0.4,
        engagementRate: 0.01 + rng() * 0.06,
        ctr: 0.003 + rng() * 0.02,
        cpm: 2 + rng() * 12,
        roas: 0.5 + rng() * 4,
        leadRate: 0.01 + rng() * 0.05,
      });
    }
  }
  const cell = (value: string): string => (rng() * EMPTY_ONE_IN < 1 ? '' : value);
  const lines: string[] = [HEADER];
  let written = 0;
  for (let d = 0; d < DAYS && written < rows; d++) {
    const date = isoDay(FIRST_DAY + d);
    const weekday = (FIRST_DAY + d + 4) % 7; // 0 = Sunday
    const weekFactor = weekday === 0 || weekday === 6 ? 0.8 : 1.05;
    for (let s = 0; s < streams.length && written < rows; s++) {
      const st = streams[s]!;
      const noise = 0.7 + rng() * 0.6;
      st.followers += Math.round((rng() - 0.3) * st.followers * 0.002);
      const impressions = Math.round(st.impressions * weekFactor * noise);
      const reach = Math.round(impressions * st.reachShare);
      const engagements = Math.round(impressions * st.engagementRate * (0.8 + rng() * 0.4));
      const clicks = Math.round(impressions * st.ctr * (0.8 + rng() * 0.4));
      const spend = (impressions / 1000) * st.cpm;
      const revenue = spend * st.roas * (0.5 + rng());
      const leads = Math.round(clicks * st.leadRate * (0.5 + rng()));
      lines.push(
        `${date},${st.platform},${st.campaign},${st.followers},${impressions},${reach},${engagements},${clicks},${spend.toFixed(2)},${cell(revenue.toFixed(2))},${cell(String(leads))}`,
      );
      written++;
    }
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------
// Timing

/** global.gc without --expose-gc: the flag can be set at run time and the function fetched from a fresh context. */
function findGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

const gc = FORCED_GC ? findGc() : null;
/** Results are kept here so that no run can be optimized away. */
let sink: unknown = null;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One warm-up, then RUNS timed runs; milliseconds of each timed run. */
function measure(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    sink = null; // the previous run's result must not weigh on this run's garbage collections
    gc?.();
    const start = performance.now();
    sink = run();
    const elapsed = performance.now() - start;
    if (i > 0) times.push(elapsed);
  }
  return times;
}

// ---------------------------------------------------------------------------------------
// Main

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// --keep DIR writes the data there and leaves it, for profiling the pipeline on the same bytes.
const keepAt = process.argv.indexOf('--keep');
const keep = keepAt === -1 ? undefined : process.argv[keepAt + 1];
const root = keep ? path.resolve(keep) : mkdtempSync(path.join(tmpdir(), 'recap-bench-'));
if (keep) mkdirSync(root, { recursive: true });
else process.on('exit', () => rmSync(root, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

const clientDir = path.join(root, 'bench-client');
mkdirSync(clientDir, { recursive: true });
writeFileSync(path.join(clientDir, 'client.yaml'), 'name: Bench Client\ncurrency: USD\nlead_value: 25\n');
const csvPath = path.join(clientDir, 'metrics.csv');
const generatedAt = performance.now();
writeFileSync(csvPath, generateCsv(ROWS, SEED));
const generateMs = performance.now() - generatedAt;
const bytes = statSync(csvPath).size;
const text = new TextDecoder('utf-8').decode(readFileSync(csvPath));

// Check once, before timing anything, that the data is valid and complete.
const check = loadDataDir(root);
if (check.problems.length > 0) {
  for (const p of check.problems.slice(0, 10)) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  fail(`the generated data has ${check.problems.length} problem(s); a benchmark must not measure an error path`);
}
const checkFile = check.files[0];
if (check.clients.length !== 1 || !checkFile || checkFile.rowsRead !== ROWS || checkFile.rowsAccepted !== ROWS) {
  fail(
    `expected 1 client and ${ROWS} accepted rows, found ${check.clients.length} client(s) and ${checkFile?.rowsAccepted ?? 0} accepted rows`,
  );
}
const checkReports = check.clients.map((c) => buildClientReport(c));
if (checkReports.some((r) => r === null)) fail('buildClientReport returned no report for the generated data');
const monthCount = checkReports.reduce((n, r) => n + (r?.months.length ?? 0), 0);
const seriesCount = check.clients.reduce((n, c) => n + c.series.length, 0);
// Only the error count is kept: holding 2.75 million parsed cells alive would make every
// later garbage collection, and so every timed run, slower.
const papaErrors = Papa.parse<string[]>(text, { delimiter: ',' }).errors.length;
if (papaErrors > 0) fail(`papaparse found ${papaErrors} error(s) in the generated data`);

const papaMs = measure(() => Papa.parse<string[]>(text, { delimiter: ',' }));
const papaReadMs = measure(() =>
  Papa.parse<string[]>(new TextDecoder('utf-8').decode(readFileSync(csvPath)), { delimiter: ',' }),
);

const validateMs = measure(() => loadDataDir(root));
// buildClientReport only reads the sealed series, so one load can be aggregated again and again.
const aggregateMs = measure(() => check.clients.map((c) => buildClientReport(c)));
const pipelineMs = measure(() => {
  const load = loadDataDir(root);
  if (load.problems.length > 0) fail('the data stopped validating between runs');
  return load.clients.map((c) => buildClientReport(c));
});
// The headline pairs each cold pipeline run with a cold papaparse run right before it,
// so that both see the same machine load: on a shared 2-core machine, timings drift by 30%.
const coldPapaMs: number[] = [];
const coldPipelineMs: number[] = [];
const pairedRatios: number[] = [];
for (let i = 0; i < RUNS; i++) {
  coldPapaMs.push(coldRun('papaparse', root));
  coldPipelineMs.push(coldRun('pipeline', root));
  pairedRatios.push(coldPapaMs[i]! / coldPipelineMs[i]!);
}
const reports = checkReports.filter((r): r is ClientReport => r !== null);
const jsonMs = measure(() => reports.flatMap((r) => r.months.map((m) => JSON.stringify(reportJson(periodModel(r, m))))));
void sink;

// ---------------------------------------------------------------------------------------
// Report

const rate = (ms: number): number => ROWS / (ms / 1000);
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const fmtMs = (ms: number): string => ms.toFixed(1);

const ratio = median(pairedRatios);
const warmRatio = median(papaMs) / median(pipelineMs);

type TableRow = [name: string, times: number[], what: string];
const coldTable: TableRow[] = [
  ['papaparse (text)', coldPapaMs, 'Papa.parse(text, { delimiter: "," }), first run in its process'],
  ['pipeline', coldPipelineMs, 'validate + aggregate, first run in its process'],
];
const warmTable: TableRow[] = [
  ['papaparse (text)', papaMs, 'Papa.parse(text, { delimiter: "," })'],
  ['papaparse (bytes)', papaReadMs, 'readFileSync + TextDecoder + Papa.parse'],
  ['validate', validateMs, 'loadDataDir: read, decode, parse, check'],
  ['aggregate', aggregateMs, 'buildClientReport for every client'],
  ['pipeline', pipelineMs, 'validate + aggregate'],
  ['data.json', jsonMs, `reportJson + JSON.stringify, ${monthCount} months (apart)`],
];

console.log('Recap benchmark');
console.log(
  `  node ${process.version} (${process.platform}-${process.arch}), forced gc between warm runs: ${gc ? 'yes' : 'no'}`,
);
console.log(
  `  data: ${fmtInt(ROWS)} rows, ${(bytes / 1_000_000).toFixed(2)} MB (${fmtInt(bytes)} bytes), seed ${SEED}, generated in ${fmtMs(generateMs)} ms`,
);
if (ROWS < 250_000) console.log('  note: fewer rows than the 250,000 the target is defined for');
console.log(`  ${seriesCount} series, ${monthCount} months, problems: ${check.problems.length}`);

const head = ['step', 'median ms', 'min ms', 'rows/s', 'vs papaparse', 'what'];
function printTable(title: string, rows: TableRow[]): void {
  const papa = median(rows[0]![1]);
  const body = rows.map(([name, times, what]) => {
    const m = median(times);
    return [name, fmtMs(m), fmtMs(Math.min(...times)), fmtInt(rate(m)), `${(papa / m).toFixed(2)}x`, what];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log('');
  console.log(title);
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of body) console.log(line(r));
}
printTable(`cold: ${RUNS} fresh processes per step, as npm run validate and a build run it`, coldTable);
printTable(`warm: in one process, median of ${RUNS} runs after 1 warm-up`, warmTable);
console.log('');
const met = ratio >= TARGET;
console.log(
  `target: pipeline >= ${TARGET} x papaparse rows/s -> ${ratio.toFixed(2)} x, the median of ${RUNS} cold back-to-back pairs (${pairedRatios.map((r) => r.toFixed(2)).join(', ')}): ${met ? 'MET' : 'NOT MET'}`,
);
console.log(`  warm, medians of the table: ${warmRatio.toFixed(2)} x`);

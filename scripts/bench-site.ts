/**
 * npm run bench:site [-- --clients 50 --runs 3 --seed 1414 --keep DIR --no-curve --curve --no-bare]
 *
 * Issue 14's benchmark: whole builds of the seeded agency data set (scripts/agency-data.ts,
 * generated once per seed and number of clients, then reused while its bytes are unchanged),
 * each build timed as a whole child process, start-up included, as a user runs it:
 *
 *   Recap cold          node scripts/build.ts (what `npm run build` runs) into a fresh output
 *                       folder, with none of Recap's caches (RECAP_CACHES in bench-site-run.ts)
 *   bare Astro          the same routes, page count, inline SVGs and about the same HTML, from
 *                       Astro 7 + MDX alone (bench/bare-astro), also cold; Recap and bare run as
 *                       back-to-back pairs (Recap, bare, Recap, bare...), and each pair's ratio
 *                       is taken, so both sides of a ratio see the same load on a shared machine
 *   no-change rebuild   Recap again, at once, into the same folder, with whatever it cached
 *   one-client-changed  one more day appended to one client's CSVs, then Recap again (the
 *                       files are put back afterwards)
 *   --client <slug>     that client's own site, cold
 *   scaling curve       Recap cold and bare at 5, 10, 25 and 50 clients (the sets nest: the
 *                       first 5 clients of every set are the same); by default when --clients
 *                       is 50, --curve asks for it at other sizes, --no-curve skips it
 *
 * Peak memory is GNU time's maximum resident set size: the largest single process of the
 * build's process tree, not their sum (see Timed in bench-site-run.ts). Everything is
 * written under bench/output/site/ (or --keep DIR, which is then left in place with the
 * built sites); the user's dist/ and data/ are never touched. Builds' output goes to
 * logs/ there. Exits non-zero when a build fails or writes an unexpected number of pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGENCY_DEFAULTS,
  AGENCY_TODAY,
  agencyClient,
  agencyPageCount,
  appendDay,
  restoreFiles,
  writeAgencyData,
} from './agency-data.ts';
import { harvestSite } from './bench-site-harvest.ts';
import {
  BARE_CACHES,
  changedFiles,
  folderHash,
  HAS_GNU_TIME,
  RECAP_CACHES,
  removeCaches,
  siteFiles,
  siteHashes,
  stopRunning,
  timedRun,
  type SiteFiles,
  type Timed,
} from './bench-site-run.ts';
import { printReport, type Report, type SetResult } from './bench-site-report.ts';

const USAGE = 'usage: npm run bench:site [-- --clients N --runs N --seed N --keep DIR --no-curve | --curve --no-bare]';
const CURVE = [5, 10, 25, 50];
/** The client whose data gains a day, and whose own site --client builds: the set's first. */
const CHANGED_CLIENT = 0;

const PROJECT = path.resolve(import.meta.dirname, '..');
process.chdir(PROJECT);

function readOptions() {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: String(AGENCY_DEFAULTS.clients) },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(AGENCY_DEFAULTS.seed) },
      keep: { type: 'string' },
      curve: { type: 'boolean', default: false },
      'no-curve': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const whole = (name: string, text: string, min: number): number => {
    const value = Number(text.replaceAll('_', ''));
    if (!Number.isInteger(value) || value < min)
      throw new Error(`--${name}: found "${text}", expected a whole number >= ${min}`);
    return value;
  };
  if (values.curve && values['no-curve']) throw new Error('--curve and --no-curve: choose one');
  const clients = whole('clients', values.clients, 1);
  const keep = values.keep === undefined ? null : path.resolve(values.keep);
  for (const own of ['dist', 'data']) {
    const folder = path.join(PROJECT, own);
    if (
      keep &&
      (keep === PROJECT || keep === folder || folder.startsWith(keep + path.sep) || keep.startsWith(folder + path.sep))
    ) {
      throw new Error(`--keep: found ${values.keep}, expected a folder apart from the project's ${own}/`);
    }
  }
  return {
    clients,
    runs: whole('runs', values.runs, 1),
    seed: whole('seed', values.seed, 0),
    keep,
    curve: values.curve || (!values['no-curve'] && clients === 50),
    bare: !values['no-bare'],
  };
}

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  console.error(`bench:site: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const WORK = options.keep ?? path.join(PROJECT, 'bench', 'output', 'site');
const SITES = path.join(WORK, 'sites');
const LOGS = path.join(WORK, 'logs');
mkdirSync(LOGS, { recursive: true });

/** Files a one-client-changed build appended to, to put back if the benchmark is stopped. */
let pendingRestore: Map<string, string> | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopRunning();
    if (pendingRestore) restoreFiles(pendingRestore);
    console.error('\nbench:site: stopped.');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// ---------------------------------------------------------------------------------------
// The data sets

interface DataSet {
  readonly clients: number;
  readonly dir: string;
  readonly rows: number;
  readonly bytes: number;
  /** Seconds it took to generate, or null when an identical set was reused. */
  readonly generatedIn: number | null;
}

function dataSet(clients: number): DataSet {
  const dir = path.join(WORK, 'data', `agency-${clients}c-seed${options.seed}`);
  const stampFile = `${dir}.json`;
  // A changed generator makes a new set: the stamp holds the generator's own hash.
  const generator = createHash('sha256')
    .update(readFileSync(path.join(PROJECT, 'scripts', 'agency-data.ts')))
    .digest('hex');
  if (existsSync(stampFile) && existsSync(dir)) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as {
      generator: string;
      hash: string;
      rows: number;
      bytes: number;
    };
    if (stamp.generator === generator && folderHash(dir) === stamp.hash) {
      return { clients, dir, rows: stamp.rows, bytes: stamp.bytes, generatedIn: null };
    }
  }
  const started = performance.now();
  writeAgencyData(dir, clients, options.seed);
  const generatedIn = (performance.now() - started) / 1000;
  let rows = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    bytes += statSync(file).size;
    if (entry.name.endsWith('.csv')) rows += readFileSync(file, 'utf8').trimEnd().split('\n').length - 1;
  }
  writeFileSync(
    stampFile,
    JSON.stringify({ clients, seed: options.seed, generator, hash: folderHash(dir), rows, bytes }, null, 2),
  );
  return { clients, dir, rows, bytes, generatedIn };
}

// ---------------------------------------------------------------------------------------
// Builds

function recapEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    RECAP_TODAY: AGENCY_TODAY,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The combined site at the root, without link-preview pictures: the set-up issue 14 measured.
  for (const name of ['BASE_PATH', 'SITE_URL', 'RECAP_CLIENT', 'RECAP_CACHE_DIR']) delete env[name];
  return env;
}

type Kind = 'recap-cold' | 'bare' | 'no-change' | 'changed' | 'client';

async function build(
  kind: Kind,
  set: DataSet,
  run: number,
  outDir: string,
  expected: { pages: number; dataJson: number },
): Promise<Timed> {
  const log = path.join(LOGS, `${set.clients}c-run${run + 1}-${kind}.log`);
  const command =
    kind === 'bare'
      ? [
          process.execPath,
          path.join('node_modules', 'astro', 'bin', 'astro.mjs'),
          'build',
          '--root',
          path.join('bench', 'bare-astro'),
        ]
      : [
          process.execPath,
          path.join('scripts', 'build.ts'),
          '--outDir',
          outDir,
          ...(kind === 'client' ? ['--client', agencyClient(CHANGED_CLIENT, options.seed).slug] : []),
        ];
  const env =
    kind === 'bare'
      ? {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          BARE_MANIFEST: manifestDir(set),
          BARE_OUT_DIR: outDir,
          BARE_CACHE_DIR: path.join(WORK, 'bare-cache'),
        }
      : recapEnv(set.dir);
  const timed = await timedRun(command, env, log);
  const files = siteFiles(outDir);
  if (files.pages !== expected.pages || files.dataJson !== expected.dataJson) {
    throw new Error(
      `${kind} build of ${set.clients} clients: found ${files.pages} pages and ${files.dataJson} data.json files in ${outDir}, expected ${expected.pages} and ${expected.dataJson} (see ${log})`,
    );
  }
  const peak = timed.peakMb === null ? '' : `, peak ${Math.round(timed.peakMb).toLocaleString('en-US')} MB`;
  console.log(
    `  ${set.clients} clients, run ${run + 1}/${options.runs}: ${LABELS[kind]} ${timed.seconds.toFixed(1)} s${peak}`,
  );
  return timed;
}

const LABELS: Record<Kind, string> = {
  'recap-cold': 'Recap cold',
  bare: 'bare Astro',
  'no-change': 'Recap no-change rebuild',
  changed: 'Recap one-client-changed rebuild',
  client: 'Recap --client',
};

const manifestDir = (set: DataSet): string => path.join(WORK, 'manifest', `${set.clients}c`);

function fresh(folder: string): string {
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/** Counts changed files by client folder; "site root" for the portfolio and robots.txt. */
function byClient(files: readonly string[]): Record<string, number> {
  const groups: Record<string, number> = {};
  for (const file of files) {
    const top = file.includes(path.sep) ? file.slice(0, file.indexOf(path.sep)) : 'site root';
    groups[top] = (groups[top] ?? 0) + 1;
  }
  return groups;
}

/** Builds one set `runs` times: Recap cold and bare as pairs, and with `full` the rebuilds and --client. */
async function measureSet(clients: number, full: boolean): Promise<SetResult> {
  const set = dataSet(clients);
  console.log(
    `\n${clients} clients: ${set.generatedIn === null ? 'reusing' : `generated in ${set.generatedIn.toFixed(1)} s,`} ${path.relative(PROJECT, set.dir)}`,
  );
  const expected = agencyPageCount(clients);
  const recapOut = path.join(SITES, 'recap');
  const bareOut = path.join(SITES, 'bare');
  const result: SetResult = {
    clients,
    rows: set.rows,
    dataBytes: set.bytes,
    expected,
    cold: [],
    bare: [],
    noChange: [],
    changed: [],
    client: [],
    recapFiles: null,
    bareFiles: null,
    noChangeDiffers: null,
    changedDiffers: null,
  };
  for (let run = 0; run < options.runs; run++) {
    removeCaches(PROJECT, RECAP_CACHES);
    result.cold.push(await build('recap-cold', set, run, fresh(recapOut), expected));
    let coldHashes: Map<string, string> | null = null;
    if (run === 0) {
      result.recapFiles = siteFiles(recapOut);
      if (options.bare) harvestSite(recapOut, manifestDir(set));
      if (full) coldHashes = siteHashes(recapOut);
    }
    if (options.bare) {
      removeCaches(PROJECT, BARE_CACHES);
      rmSync(path.join(WORK, 'bare-cache'), { recursive: true, force: true });
      result.bare.push(await build('bare', set, run, fresh(bareOut), expected));
      if (run === 0) result.bareFiles = siteFiles(bareOut) satisfies SiteFiles;
    }
    if (!full) continue;

    result.noChange.push(await build('no-change', set, run, recapOut, expected));
    const noChangeHashes = run === 0 ? siteHashes(recapOut) : null;
    if (coldHashes && noChangeHashes) result.noChangeDiffers = byClient(changedFiles(coldHashes, noChangeHashes));

    pendingRestore = appendDay(set.dir, CHANGED_CLIENT, options.seed);
    try {
      result.changed.push(await build('changed', set, run, recapOut, expected));
    } finally {
      restoreFiles(pendingRestore);
      pendingRestore = null;
    }
    if (noChangeHashes) result.changedDiffers = byClient(changedFiles(noChangeHashes, siteHashes(recapOut)));

    removeCaches(PROJECT, RECAP_CACHES);
    const one = agencyPageCount(1);
    // A client's own site: its page at the root and its reports, no portfolio.
    result.client.push(
      await build('client', set, run, fresh(path.join(SITES, 'client')), {
        pages: one.pages - 1,
        dataJson: one.dataJson,
      }),
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// Main

const load = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const report: Report = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: os.cpus().length,
  loadBefore: load(),
  loadAfter: '',
  seed: options.seed,
  runs: options.runs,
  gnuTime: HAS_GNU_TIME,
  changedClient: agencyClient(CHANGED_CLIENT, options.seed).slug,
  main: null,
  curve: [],
};
console.log(
  `Recap site benchmark: ${options.clients} clients, seed ${options.seed}, ${options.runs} runs${options.curve ? ', scaling curve' : ''}${options.bare ? '' : ', no bare Astro'}; work folder ${path.relative(PROJECT, WORK) || WORK}`,
);
if (!HAS_GNU_TIME) console.log('  note: /usr/bin/time not found (apt-get install time): no peak memory figures');

try {
  report.main = await measureSet(options.clients, true);
  if (options.curve) {
    for (const clients of CURVE.filter((n) => n < options.clients)) report.curve.push(await measureSet(clients, false));
  }
  report.curve.push(report.main);
} catch (error) {
  console.error(`\nbench:site: ${(error as Error).message}`);
  process.exit(1);
} finally {
  if (!options.keep) {
    rmSync(SITES, { recursive: true, force: true });
    rmSync(path.join(WORK, 'manifest'), { recursive: true, force: true });
    rmSync(path.join(WORK, 'bare-cache'), { recursive: true, force: true });
  }
  removeCaches(PROJECT, BARE_CACHES);
}
report.loadAfter = load();

printReport(report);
const resultsFile = path.join(
  WORK,
  'results',
  `${options.clients}c-seed${options.seed}-${new Date().toISOString().replaceAll(':', '-')}.json`,
);
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\nThe figures as JSON: ${path.relative(PROJECT, resultsFile)}; each build's output: ${path.relative(PROJECT, LOGS)}/`,
);

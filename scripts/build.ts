// npm run build: validates the data, then builds the site into a staging folder and
// replaces the output folder only when everything succeeded.
//   npm run build                       the agency's site: a portfolio page and every client
//   npm run build -- --client <slug>    one client's own site, holding nothing of any other
//   npm run build -- --each-client      <outDir>/<slug>/ for every client, each deployable alone
// Options: --outDir <dir> (default dist), --base <path> (a client's own site; default its
// client.yaml base_path), --dry-run (build and check everything, publish nothing).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { loadDataDir, type ClientData } from '../src/ingest/load-data-dir.ts';
import { stage, type Staging } from '../src/publish/atomic.ts';
import { workspace, type Workspace } from '../src/publish/workspace.ts';
import { passwordsFor, passwordVariable } from '../src/publish/passwords.ts';
import { protectClient } from '../src/publish/protect-site.ts';
import { handOverData } from '../src/site/data-handoff.ts';
import { SETTINGS_VARIABLES, siteSettings } from '../src/site/settings.ts';
import { validationReport } from '../src/validate.ts';

const USAGE = 'usage: npm run build [-- --client <slug> | --each-client] [--outDir dist] [--base /path/] [--dry-run]';

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const outDir = path.resolve(options.outDir);
const shownOutDir = path.relative(process.cwd(), outDir).startsWith('..')
  ? outDir
  : path.relative(process.cwd(), outDir) || '.';
const notUpdated = options.dryRun ? 'Nothing was published (dry run).' : `The site in ${shownOutDir}/ was not updated.`;
const settings = siteSettings();
const started = performance.now();

const load = loadDataDir(settings.dataDir, options.client ? { clients: [options.client] } : {});
if (options.client && load.clientFolders === 0) {
  fail(
    `found no client folder ${options.client} in ${load.dataDir}/, expected one of: ${clientFolders(settings.dataDir).join(', ') || 'none'}`,
  );
}
const report = validationReport(load);
if (load.problems.length > 0) {
  console.error(report);
  fail('fix the problems above (npm run validate checks again)');
}
if (!options.nested) console.log(report);

const clients = load.clients.filter((client) => client.series.length > 0);
const protectedSlugs = clients.filter((client) => client.config.access === 'password').map((client) => client.slug);
const passwords = passwordsFor(protectedSlugs);
if (!passwords.ok) {
  if (!options.dryRun) {
    fail(
      `protected clients need their password in the environment: set ${passwords.missing.join(', ')} (never commit it; in CI, a secret)`,
    );
  }
  // A dry run publishes nothing, so a pull request's check needs no secret: a password nobody knows will do.
  for (const variable of passwords.missing) process.env[variable] = randomBytes(24).toString('base64url');
  console.log(`Dry run: ${passwords.missing.join(', ')} not set; a random password stands in.`);
}

const staging = stage(outDir);
/** The running Astro build's scratch folder, if one is running. */
let scratch: Workspace | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    staging.discard();
    scratch?.remove();
    console.error(`\nBuild interrupted. ${notUpdated}`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

try {
  if (options.eachClient) {
    for (const client of clients) await buildClientSiteInChild(client, staging);
  } else {
    const base = options.client ? baseOf(clients[0]!) : (process.env.BASE_PATH ?? '/');
    await buildSite(staging.folder, options.client, base);
    for (const client of clients.filter((c) => c.config.access === 'password')) {
      const sealed = await protectClient({
        root: staging.folder,
        folder: options.client ? '' : client.slug,
        base,
        password: process.env[passwordVariable(client.slug)]!,
        locale: client.config.locale,
      });
      if (!options.nested)
        console.log(`${client.slug}: ${sealed.pages} pages and ${sealed.dataFiles} data.json files encrypted`);
    }
  }
} catch (error) {
  staging.discard();
  console.error(describeFailure(error));
  fail('the build stopped before the site was complete');
}

const pages = countPages(staging.folder);
if (options.dryRun) staging.discard();
else staging.publish();
if (!options.nested) {
  const where = options.dryRun ? 'checked (dry run, nothing published)' : `into ${shownOutDir}/`;
  const sites = options.eachClient
    ? `${clients.length} client sites`
    : options.client
      ? `${options.client}'s site`
      : `the site of ${clients.length} clients`;
  console.log(
    `Built ${sites}, ${pages.toLocaleString('en-US')} pages, ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      outDir: { type: 'string', default: 'dist' },
      client: { type: 'string' },
      'each-client': { type: 'boolean', default: false },
      base: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      // Set by --each-client for the build of each client: less output, the parent sums up.
      nested: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.client !== undefined && values['each-client']) throw new Error('--client and --each-client: choose one');
  if (values.base !== undefined && values.client === undefined) {
    throw new Error("--base sets a client site's path: use it with --client (the combined site takes BASE_PATH)");
  }
  if (values.base !== undefined && !/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(values.base)) {
    throw new Error(`--base: found "${values.base}", expected a path that starts and ends with /, such as /reports/`);
  }
  return {
    outDir: values.outDir,
    client: values.client ?? null,
    eachClient: values['each-client'],
    base: values.base ?? null,
    dryRun: values['dry-run'],
    nested: values.nested,
  };
}

/** A client's own site lives at its client.yaml base_path unless --base says otherwise. */
function baseOf(client: ClientData): string {
  return options.base ?? client.config.base_path;
}

async function buildSite(folder: string, client: string | null, base: string): Promise<void> {
  // The pages use what was read and validated above instead of reading the folder again.
  handOverData(settings.dataDir, load);
  // Astro's config and the pages read what this build is for from the environment.
  process.env[SETTINGS_VARIABLES.client] = client ?? '';
  process.env[SETTINGS_VARIABLES.base] = base;
  if (client) {
    const siteUrl = clients[0]!.config.site_url;
    if (siteUrl) process.env[SETTINGS_VARIABLES.siteUrl] = siteUrl;
    else delete process.env[SETTINGS_VARIABLES.siteUrl];
  }
  scratch = workspace();
  process.env[SETTINGS_VARIABLES.cacheDir] = scratch.cacheDir;
  try {
    // A nested build's page list would drown the summary; its errors still show.
    await build({ outDir: scratch.astroOutDir(folder), ...(options.nested ? { logLevel: 'error' as const } : {}) });
    scratch.collect(folder);
  } finally {
    scratch.remove();
    scratch = null;
  }
}

/** Each client's site is built in a process of its own, so nothing of one client is in memory for another's. */
function buildClientSiteInChild(client: ClientData, parent: Staging): Promise<void> {
  const started = performance.now();
  const args = [
    'scripts/build.ts',
    '--client',
    client.slug,
    '--outDir',
    path.join(parent.folder, client.slug),
    '--nested',
  ];
  if (options.dryRun) args.push('--dry-run');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        reject(
          new Error(
            `the build of ${client.slug} ${signal ? `was stopped by ${signal}` : `failed (exit code ${code})`}`,
          ),
        );
        return;
      }
      const pages = countPages(path.join(parent.folder, client.slug));
      console.log(
        `${client.slug}: ${pages} pages at ${baseOf(client)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      resolve();
    });
  });
}

function countPages(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) count++;
  }
  return count;
}

function clientFolders(dataDir: string): string[] {
  try {
    return readdirSync(dataDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** What went wrong, where Astro says where: not a stack trace for the reader to decode. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const located = error as Error & { loc?: { file?: string; line?: number; column?: number } };
  const where = located.loc?.file
    ? `${path.relative(process.cwd(), located.loc.file)}:${located.loc.line ?? 1}:${located.loc.column ?? 1}: `
    : '';
  const details = process.env.RECAP_DEBUG
    ? `\n${error.stack}`
    : '\n(Set RECAP_DEBUG=1 to see where in Recap it happened.)';
  return `${where}${error.message}${details}`;
}

function fail(reason: string): never {
  console.error(`\nBuild stopped: ${reason}. ${notUpdated}`);
  process.exit(1);
}

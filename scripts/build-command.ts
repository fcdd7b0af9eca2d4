// The build itself, behind scripts/build.ts (which first turns on Node's compile cache).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stage, type Staging } from '../src/publish/atomic.ts';
import { clientFolders, readBuildInput, type BuildClient } from '../src/publish/build-input.ts';
import { ClientCache } from '../src/publish/client-cache.ts';
import { FileDigests } from '../src/publish/file-digests.ts';
import { PublishedRecord } from '../src/publish/published-record.ts';
import { clientPageKey } from '../src/site/page-keys.ts';
import { buildSite } from '../src/publish/build-site.ts';
import { cacheFolder, type Workspace } from '../src/publish/workspace.ts';
import { passwordsFor, passwordVariable } from '../src/publish/passwords.ts';
import { SETTINGS_VARIABLES, siteSettings } from '../src/site/settings.ts';
import { validationReport } from '../src/validate.ts';

const USAGE =
  'usage: npm run build [-- --client <slug> | --each-client] [--outDir dist] [--base /path/] [--dry-run] [--no-cache]';

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

const clientCache = options.cache ? new ClientCache(settings.dataDir) : null;
if (options.client && !clientFolders(settings.dataDir).includes(options.client)) {
  fail(
    `found no client folder ${options.client} in ${path.relative(process.cwd(), path.resolve(settings.dataDir)) || '.'}/, expected one of: ${clientFolders(settings.dataDir).join(', ') || 'none'}`,
  );
}
// What each client's pages depend on besides Recap's code: hashed once, used by every cache.
const digests = options.cache ? new FileDigests(cacheFolder()) : null;
const pageKeys = new Map(
  clientFolders(settings.dataDir)
    .filter((slug) => options.client === null || slug === options.client)
    .map((slug) => [slug, clientPageKey(settings.dataDir, slug, process.cwd(), digests?.digestOf)]),
);
digests?.save();
const input = readBuildInput({
  dataDir: settings.dataDir,
  client: options.client,
  today: settings.today,
  cache: clientCache,
  pageKeys,
});
const report = validationReport(input.report);
if (input.read.problems.length > 0) {
  console.error(report);
  fail('fix the problems above (npm run validate checks again)');
}
if (!options.nested) console.log(report);
for (const file of clientCache?.ignored ?? [])
  console.log(`Build cache: ignored a damaged or foreign entry (${path.relative(process.cwd(), file)}).`);
if (input.cached.length > 0 && !options.nested) {
  console.log(
    `Build cache: ${input.cached.length} of ${input.clients.length} clients unchanged since an earlier build, not read again.`,
  );
}

const clients = input.clients;
const protectedSlugs = clients.filter((client) => client.access === 'password').map((client) => client.slug);
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

// Every input of the site: when they and the published files are all as the last build left them, there is nothing to do.
const sitePasswords = new Map(protectedSlugs.map((slug) => [slug, process.env[passwordVariable(slug)] ?? '']));
const record = options.cache && !options.dryRun && !options.nested ? new PublishedRecord(outDir) : null;
const fingerprint = record ? siteFingerprint() : '';
if (record && input.read.clients.length === 0 && record.upToDate(outDir, fingerprint, sitePasswords)) {
  console.log(
    `The site in ${shownOutDir}/ is up to date: nothing it is made from has changed since it was built (${((performance.now() - started) / 1000).toFixed(1)} s).`,
  );
  process.exit(0);
}

const staging = stage(outDir);
/** The running Astro build's scratch folder, if one is running. */
let scratch: Workspace | null = null;
/** The site's files, and how many came from the build cache instead of being rendered. */
const cacheUse = { files: 0, reused: 0 };
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    staging.discard();
    scratch?.remove();
    console.error(`\nBuild interrupted. ${notUpdated}`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

let hashes: ReadonlyMap<string, string> = new Map();
try {
  if (options.eachClient) {
    for (const client of clients) await buildClientSiteInChild(client, staging);
  } else {
    const built = await buildSite({
      folder: staging.folder,
      dataDir: settings.dataDir,
      client: options.client,
      base: options.client ? baseOf(clients[0]!) : (process.env.BASE_PATH ?? '/'),
      siteUrl: options.client ? clients[0]!.siteUrl : (process.env.SITE_URL ?? null),
      input,
      pageKeys,
      cache: clientCache ? { clients: clientCache } : null,
      // A terminal shows a progress line instead of Astro's list of pages; a log (CI) only the summary line.
      logLevel: options.nested ? 'error' : 'warn',
      ...(options.nested ? {} : { progress: process.stdout }),
      say: (line) => {
        if (!options.nested) console.log(line);
      },
      onWorkspace: (running) => {
        scratch = running;
      },
    });
    cacheUse.files = built.files;
    cacheUse.reused = built.reused;
    hashes = built.hashes;
  }
} catch (error) {
  staging.discard();
  console.error(describeFailure(error));
  fail('the build stopped before the site was complete');
}

const pages = countPages(staging.folder);
if (options.dryRun) staging.discard();
else {
  staging.publish();
  record?.write(outDir, fingerprint, sitePasswords, hashes);
}
if (!options.nested) {
  const where = options.dryRun ? 'checked (dry run, nothing published)' : `into ${shownOutDir}/`;
  const sites = options.eachClient
    ? `${clients.length} client sites`
    : options.client
      ? `${options.client}'s site`
      : `the site of ${clients.length} clients`;
  const reused =
    cacheUse.reused > 0
      ? ` (build cache: ${cacheUse.reused.toLocaleString('en-US')} of ${cacheUse.files.toLocaleString('en-US')} files reused)`
      : '';
  console.log(
    `Built ${sites}, ${pages.toLocaleString('en-US')} pages${reused}, ${where} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
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
      'no-cache': { type: 'boolean', default: false },
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
    cache: !values['no-cache'],
    nested: values.nested,
  };
}

/** A client's own site lives at its client.yaml base_path unless --base says otherwise. */
function baseOf(client: BuildClient): string {
  return options.base ?? client.basePath;
}

/** Everything the site is made from: Recap's code, what the build is for, and every client folder it reads. */
function siteFingerprint(): string {
  const hash = createHash('sha256');
  const env = (name: string) => process.env[name] ?? '';
  hash.update(
    [
      clientCache!.engine,
      path.resolve(settings.dataDir),
      String(settings.today),
      options.client ?? '',
      String(options.eachClient),
      options.base ?? '',
      env(SETTINGS_VARIABLES.base),
      env(SETTINGS_VARIABLES.siteUrl),
    ].join('\0'),
  );
  for (const [slug, key] of pageKeys) hash.update(`\0${slug}\0${key}`);
  return hash.digest('base64url');
}

/** Each client's site is built in a process of its own, so nothing of one client is in memory for another's. */
function buildClientSiteInChild(client: BuildClient, parent: Staging): Promise<void> {
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
  if (!options.cache) args.push('--no-cache');
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

/**
 * The GitHub Actions workflows an agency copies: valid for GitHub (checked by
 * action-validator, the schema validator GitHub's workflow syntax is published as), and
 * saying what matters: when they run, what each job may do, and that the shell they run
 * lists clients and passes passwords as intended.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const VALIDATOR = path.join(ROOT, 'node_modules/@action-validator/cli/cli.mjs');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-ci-'));
  made.push(dir);
  return dir;
}

function actionValidator(file: string) {
  const result = spawnSync(process.execPath, [VALIDATOR, file], { encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, output: result.stdout + result.stderr };
}

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: string | { name: string; url?: string };
  concurrency?: { group: string; 'cancel-in-progress': boolean | string };
  strategy?: { matrix: Record<string, unknown>; 'fail-fast'?: boolean };
  outputs?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

function workflow(name: string): { text: string; parsed: Workflow } {
  const text = readFileSync(path.join(WORKFLOWS, name), 'utf8');
  return { text, parsed: parse(text) as Workflow };
}

const uses = (job: Job) => job.steps.map((step) => step.uses?.replace(/@.*$/, '')).filter(Boolean);
const runs = (job: Job) => job.steps.map((step) => step.run).filter(Boolean);

/** Where the job installs Node: from .nvmrc, with npm's cache, then `npm ci`. */
function expectNodeFromNvmrc(job: Job): void {
  const setup = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  expect(setup?.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
  expect(runs(job)).toContain('npm ci');
}

describe('the workflow files, as GitHub reads them', () => {
  const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

  it('are the two this project ships', () => {
    expect(files.sort()).toEqual(['reports-per-client.yml', 'reports.yml']);
  });

  it.each(files)('%s passes action-validator', (name) => {
    const { code, output } = actionValidator(path.join(WORKFLOWS, name));
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  // The same files, each broken in one way GitHub refuses, so that the check above can fail.
  const breakages: Array<[string, (text: string) => string, string]> = [
    ['a misspelt job key', (t) => t.replace('    runs-on: ubuntu-latest\n', '    run-on: ubuntu-latest\n'), 'run-on'],
    ['a permission GitHub does not know', (t) => t.replace('contents: read', 'contents: reed'), 'permissions'],
    [
      'an event GitHub does not know',
      (t) => t.replace('  workflow_dispatch:', '  workflow_dispatched:'),
      'workflow_dispatched',
    ],
  ];

  it.each(files.flatMap((name) => breakages.map(([what, breakIt, says]) => [name, what, breakIt, says] as const)))(
    '%s with %s fails action-validator',
    (name, _what, breakIt, says) => {
      const original = readFileSync(path.join(WORKFLOWS, name), 'utf8');
      const broken = breakIt(original);
      expect(broken).not.toBe(original);
      const copy = path.join(tempDir(), name);
      writeFileSync(copy, broken);
      const { code, output } = actionValidator(copy);
      expect(code).toBe(1);
      expect(output).toContain(says);
    },
  );
});

describe('reports.yml', () => {
  const { text, parsed } = workflow('reports.yml');
  const { check, build, deploy } = parsed.jobs as Record<string, Job>;

  it('runs on pull requests, pushes to main, early each month, and by hand', () => {
    expect(Object.keys(parsed.on).sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch']);
    expect(parsed.on.push).toEqual({ branches: ['main'] });
    // minute hour day-of-month month day-of-week: 06:00 UTC on the 2nd of every month
    expect(parsed.on.schedule).toEqual([{ cron: '0 6 2 * *' }]);
  });

  it('gives every job only read access unless it says more', () => {
    expect(parsed.permissions).toEqual({ contents: 'read' });
  });

  it('checks a pull request: validate as GitHub annotations, then a build, with read access and no secrets', () => {
    expect(check!.if).toBe("github.event_name == 'pull_request'");
    expect(check!.permissions).toEqual({ contents: 'read' });
    expectNodeFromNvmrc(check!);
    expect(runs(check!)).toEqual(['npm ci', 'npm run validate -- --format github', 'npm run build -- --dry-run']);
    expect(JSON.stringify(check)).not.toMatch(/secrets/i);
  });

  it('builds main with the address configure-pages reads, and uploads dist/ for Pages', () => {
    expect(build!.if).toBe("github.event_name != 'pull_request'");
    expect(build!.permissions).toEqual({ contents: 'read', pages: 'read' });
    expectNodeFromNvmrc(build!);
    expect(uses(build!)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/cache',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
    ]);
    const pagesStep = build!.steps.find((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(pagesStep?.id).toBe('pages');
    expect(runs(build!)).toContain('npm run validate -- --format github');
    const buildStep = build!.steps.find((step) => step.run === 'npm run build');
    expect(buildStep?.env).toEqual({
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
      SITE_URL: '${{ steps.pages.outputs.base_url }}',
    });
    const upload = build!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: 'dist' });
  });

  it('shows how a protected client gets its password: a secret named per client, on the build step only', () => {
    expect(text).toContain('# RECAP_PASSWORD_NORTHWIND_OUTFITTERS: ${{ secrets.RECAP_PASSWORD_NORTHWIND_OUTFITTERS }}');
  });

  it('keeps Recap’s cache keyed on the lock file and the data', () => {
    const cache = build!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe('.recap-cache');
    expect(cache?.with?.key).toBe("recap-cache-${{ hashFiles('package-lock.json') }}-${{ hashFiles('data/**') }}");
  });

  it('deploys with the official action, Pages permissions, the github-pages environment and one deploy at a time', () => {
    expect(deploy!.needs).toBe('build');
    expect(deploy!.if).toBe("github.ref == 'refs/heads/main'");
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    expect(deploy!.concurrency).toEqual({ group: 'github-pages', 'cancel-in-progress': false });
    expect(uses(deploy!)).toEqual(['actions/deploy-pages']);
    expect(deploy!.steps[0]!.id).toBe('deployment');
  });

  it('gives write permissions to the deploy job alone', () => {
    for (const [name, job] of Object.entries(parsed.jobs)) {
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      expect(writes.length > 0, name).toBe(name === 'deploy');
    }
  });
});

describe('reports-per-client.yml', () => {
  const { parsed } = workflow('reports-per-client.yml');
  const { clients, site, deploy } = parsed.jobs as Record<string, Job>;

  it('runs on pushes to main, monthly and by hand, only when the agency switches it on', () => {
    expect(Object.keys(parsed.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(parsed.on.schedule).toEqual([{ cron: '0 6 2 * *' }]);
    expect(clients!.if).toBe("vars.RECAP_PER_CLIENT == 'true'");
    expect(parsed.permissions).toEqual({ contents: 'read' });
  });

  it('checks the data once, then lists the clients as the matrix of one build per client', () => {
    expectNodeFromNvmrc(clients!);
    expect(runs(clients!)).toContain('npm run validate -- --format github');
    expect(clients!.outputs).toEqual({ clients: '${{ steps.list.outputs.clients }}' });
    expect(site!.needs).toBe('clients');
    expect(site!.strategy?.matrix).toEqual({ include: '${{ fromJSON(needs.clients.outputs.clients) }}' });
    expect(site!.strategy?.['fail-fast']).toBe(false);
  });

  it("builds one client with --client and uploads dist/ as site-<slug>, with Recap's cache", () => {
    expectNodeFromNvmrc(site!);
    const build = site!.steps.find((step) => step.name === 'Build');
    expect(build?.run).toContain('npm run build -- --client "$CLIENT"');
    expect(build?.env).toMatchObject({
      CLIENT: '${{ matrix.client }}',
      PASSWORD_VARIABLE: '${{ matrix.password_variable }}',
      PASSWORD: '${{ secrets[matrix.password_variable] }}',
    });
    const upload = site!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'site-${{ matrix.client }}', path: 'dist/' });
    const cache = site!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe('.recap-cache');
    expect(cache?.with?.key).toContain("hashFiles('package-lock.json')");
    expect(cache?.with?.key).toContain("hashFiles(format('data/{0}/**', matrix.client))");
  });

  it('publishes each client apart, only when the agency names a target, with the secrets that target needs', () => {
    expect(deploy!.if).toContain("vars.RECAP_PER_CLIENT_DEPLOY == 'cloudflare-pages'");
    expect(deploy!.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy!.permissions).toBeUndefined();
    // Its token lives in an environment of its own, out of reach of the builds' computed secret name.
    expect(deploy!.environment).toBe('cloudflare-pages');
    expect(JSON.stringify(site)).not.toContain('CLOUDFLARE');
    const step = deploy!.steps.find((s) => s.run?.includes('wrangler'));
    expect(step?.run).toBe('npx --yes wrangler@4 pages deploy dist --project-name="recap-$CLIENT" --branch=main');
    expect(Object.keys(step?.env ?? {}).sort()).toEqual(['CLIENT', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_API_TOKEN']);
  });

  /** Runs a step's shell as GitHub runs it (bash -eo pipefail) in `cwd`. */
  function runStep(script: string, cwd: string, env: Record<string, string>) {
    const file = path.join(cwd, 'step.sh');
    writeFileSync(file, script);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });
    if (result.error) throw result.error;
    return result;
  }

  it('lists as clients the data folders that hold a client.yaml and are named as Recap accepts', () => {
    const dir = tempDir();
    for (const folder of ['northwind-outfitters', 'beta', 'Bad Name', 'no-settings'])
      mkdirSync(path.join(dir, 'data', folder), { recursive: true });
    for (const folder of ['northwind-outfitters', 'beta', 'Bad Name'])
      writeFileSync(path.join(dir, 'data', folder, 'client.yaml'), 'name: x\n');
    const output = path.join(dir, 'github-output');
    const list = clients!.steps.find((step) => step.id === 'list')!.run!;
    const result = runStep(list, dir, { GITHUB_OUTPUT: output });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const line = readFileSync(output, 'utf8').trim();
    expect(line.startsWith('clients=')).toBe(true);
    expect(JSON.parse(line.slice('clients='.length))).toEqual([
      { client: 'beta', password_variable: 'RECAP_PASSWORD_BETA' },
      { client: 'northwind-outfitters', password_variable: 'RECAP_PASSWORD_NORTHWIND_OUTFITTERS' },
    ]);
  });

  it('lists no clients as [] (the matrix jobs are then skipped)', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'data'));
    const output = path.join(dir, 'github-output');
    const result = runStep(clients!.steps.find((step) => step.id === 'list')!.run!, dir, { GITHUB_OUTPUT: output });
    expect(result.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('clients=[]\n');
    expect(site!.if).toBe("needs.clients.outputs.clients != '[]'");
  });

  it("hands the build this client's password under RECAP_PASSWORD_<SLUG>, and nothing under PASSWORD", () => {
    const dir = tempDir();
    // A stand-in for npm that shows what the build would see.
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      path.join(bin, 'npm'),
      '#!/usr/bin/env bash\necho "args: $*"\nenv | grep -E "^(RECAP_PASSWORD_|PASSWORD)" | sort\n',
    );
    chmodSync(path.join(bin, 'npm'), 0o755);
    const build = site!.steps.find((step) => step.name === 'Build')!.run!;
    const env = { PATH: `${bin}:${process.env.PATH}`, CLIENT: 'northwind-outfitters' };
    const variable = { PASSWORD_VARIABLE: 'RECAP_PASSWORD_NORTHWIND_OUTFITTERS' };

    const protectedClient = runStep(build, dir, { ...env, ...variable, PASSWORD: 's3cret word' });
    expect(protectedClient.status).toBe(0);
    expect(protectedClient.stdout.trim().split('\n')).toEqual([
      'args: run build -- --client northwind-outfitters',
      'PASSWORD_VARIABLE=RECAP_PASSWORD_NORTHWIND_OUTFITTERS',
      'RECAP_PASSWORD_NORTHWIND_OUTFITTERS=s3cret word',
    ]);

    const openClient = runStep(build, dir, { ...env, ...variable, PASSWORD: '' });
    expect(openClient.status).toBe(0);
    expect(openClient.stdout.trim().split('\n')).toEqual([
      'args: run build -- --client northwind-outfitters',
      'PASSWORD_VARIABLE=RECAP_PASSWORD_NORTHWIND_OUTFITTERS',
    ]);
  });
});

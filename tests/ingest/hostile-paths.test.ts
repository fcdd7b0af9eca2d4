/**
 * Symbolic links in the data folder: one that resolves outside it (a logo pointing at
 * /etc/passwd) is refused where it stands, so a pull request cannot publish a file of
 * the machine that builds the site; one that resolves inside is read like its target.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, makeDataDir, shown } from './helpers.ts';

cleanUpTempDirs();

const outsiders: string[] = [];
afterEach(() => {
  for (const dir of outsiders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder outside every data folder, with a file in it. */
function outside(name: string, content: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-outside-'));
  outsiders.push(dir);
  writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

const CSV = 'date,platform,impressions\n2025-01-01,x,5\n';
const OUTSIDE = 'which leads outside';

function load(dir: string, options: { publicDir?: string } = {}) {
  return loadDataDir(dir, { today: '2026-11-30', ...options });
}

describe('links that resolve outside the data folder', () => {
  it('refuses a logo that links to /etc/passwd, at the link, and publishes no logo', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\nbrand:\n  logo: logo.svg\n', 'acme/a.csv': CSV });
    symlinkSync('/etc/passwd', path.join(dir, 'acme/logo.svg'));
    const { problems, clients } = load(dir);
    expectProblems(problems, [
      {
        file: shown(path.join(dir, 'acme/logo.svg')),
        line: 1,
        column: 1,
        says: [
          'found a symbolic link to "/etc/passwd"',
          `which leads outside ${shown(dir)}/`,
          `expected a file inside ${shown(dir)}/`,
        ],
      },
    ]);
    expect(clients[0]?.logo ?? null).toBeNull();
  });

  it('refuses a shared logo in public/ that links out of public/', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\nbrand:\n  logo: brand.png\n', 'acme/a.csv': CSV });
    const publicDir = makeDataDir({});
    symlinkSync(outside('secret.png', 'not a picture'), path.join(publicDir, 'brand.png'));
    const { problems } = load(dir, { publicDir });
    expectProblems(problems, [
      { file: shown(path.join(publicDir, 'brand.png')), line: 1, column: 1, says: ['symbolic link', 'outside'] },
    ]);
  });

  it('refuses a CSV, a client.yaml, a template.mdx and a client folder that link out, and reads the rest', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n', 'acme/a.csv': CSV, 'beta/b.csv': CSV });
    const secret = outside('secret.csv', 'date,platform,impressions\n2025-01-02,x,999\n');
    symlinkSync(secret, path.join(dir, 'acme/stolen.csv'));
    symlinkSync(outside('template.mdx', '# hi\n'), path.join(dir, 'acme/template.mdx'));
    symlinkSync(outside('client.yaml', 'name: Beta\n'), path.join(dir, 'beta/client.yaml'));
    symlinkSync(path.dirname(secret), path.join(dir, 'gamma'));
    const { problems, clients } = load(dir);
    expectProblems(problems, [
      { file: shown(path.join(dir, 'acme/stolen.csv')), line: 1, column: 1, says: ['symbolic link', OUTSIDE] },
      { file: shown(path.join(dir, 'acme/template.mdx')), line: 1, column: 1, says: ['symbolic link', OUTSIDE] },
      { file: shown(path.join(dir, 'beta/client.yaml')), line: 1, column: 1, says: ['symbolic link', OUTSIDE] },
      { file: shown(path.join(dir, 'gamma')), line: 1, column: 1, says: ['symbolic link', OUTSIDE] },
    ]);
    // Nothing of the secret file was read.
    const impressions = findSeries(clients.find((c) => c.slug === 'acme')!.series, 'x', 'impressions');
    expect([...impressions.dayValues.keys()]).toEqual([day('2025-01-01')]);
  });

  it('refuses a link that points nowhere, and a pipe named .csv, without waiting on it', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n', 'acme/a.csv': CSV });
    symlinkSync('gone.csv', path.join(dir, 'acme/dangling.csv'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'acme/pipe.csv')]);
    const { problems } = load(dir);
    expectProblems(problems, [
      {
        file: shown(path.join(dir, 'acme/dangling.csv')),
        line: 1,
        column: 1,
        says: ['found a symbolic link to "gone.csv", which does not exist'],
      },
      ...(fifo.status === 0
        ? [
            {
              file: shown(path.join(dir, 'acme/pipe.csv')),
              line: 1,
              column: 1,
              says: ['neither a file nor a folder'],
            },
          ]
        : []),
    ]);
  });
});

describe('links that resolve inside the data folder', () => {
  it('reads a linked CSV and a linked client folder like their targets (they were skipped silently)', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      '.shared/instagram.csv': 'date,platform,impressions\n2025-02-01,instagram,7\n',
      '.store/beta/client.yaml': 'name: Beta\n',
      '.store/beta/b.csv': CSV,
    });
    symlinkSync('../.shared/instagram.csv', path.join(dir, 'acme/instagram.csv'));
    symlinkSync('.store/beta', path.join(dir, 'beta'));
    const { problems, clients } = load(dir);
    expect(problems).toEqual([]);
    expect(clients.map((c) => c.slug)).toEqual(['acme', 'beta']);
    expect(findSeries(clients[0]!.series, 'instagram', 'impressions').dayValues.get(day('2025-02-01'))).toBe(7);
    expect(findSeries(clients[1]!.series, 'x', 'impressions').dayValues.get(day('2025-01-01'))).toBe(5);
  });

  it('publishes a logo linked within the client folder, and a data folder that is itself a link', () => {
    const real = makeDataDir({
      'acme/client.yaml': 'name: Acme\nbrand:\n  logo: logo.svg\n',
      'acme/a.csv': CSV,
      'acme/brand/acme.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    symlinkSync('brand/acme.svg', path.join(real, 'acme/logo.svg'));
    const link = path.join(mkdtempSync(path.join(os.tmpdir(), 'recap-link-')), 'data');
    outsiders.push(path.dirname(link));
    symlinkSync(real, link);
    const { problems, clients } = load(link);
    expect(problems).toEqual([]);
    expect(clients[0]!.logo).toBe(path.join(link, 'acme/logo.svg'));
  });

  it('reads a folder once when a link inside it points back at it', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n', 'acme/sub/a.csv': CSV });
    symlinkSync('..', path.join(dir, 'acme/sub/up'));
    mkdirSync(path.join(dir, 'acme/other'));
    symlinkSync('../sub', path.join(dir, 'acme/other/again'));
    const { problems, files } = load(dir);
    expect(problems).toEqual([]);
    expect(files.map((f) => path.basename(f.file))).toEqual(['a.csv']);
  });
});

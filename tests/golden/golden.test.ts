/**
 * Golden tests: each folder here is a data folder and what Recap must make of it,
 * byte for byte, as Observable Framework's build tests pin a whole output:
 *
 *   tests/golden/<case>/data/                      the input, as a user writes it
 *   tests/golden/<case>/expected/validate.txt      what `npm run validate` prints, and its exit code
 *   tests/golden/<case>/expected/site/**.json      every data.json of the built site
 *   tests/golden/<case>/expected/site/**.txt       the text of each client's latest report of each kind
 *
 * The day is frozen (RECAP_TODAY; a case's own `today` file names another), so nothing
 * depends on when the test runs. After a
 * change that is meant to alter the output, regenerate with `RECAP_UPDATE_GOLDEN=1 npm
 * test -- tests/golden` and read the diff before committing it; CI never regenerates.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, FROZEN_TODAY, runBuild } from '../browser/build-site.ts';
import { pageText } from './page-text.ts';
import { filesBelow } from '../../src/publish/files-below.ts';

const ROOT = path.resolve('tests/golden');
const UPDATE = process.env.RECAP_UPDATE_GOLDEN === '1';
if (UPDATE && process.env.CI) throw new Error('RECAP_UPDATE_GOLDEN is for a developer machine, never for CI');

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(ROOT, entry.name, 'data')))
  .map((entry) => entry.name)
  .sort();

const built: string[] = [];
afterAll(() => {
  for (const dir of built) rmSync(dir, { recursive: true, force: true });
});

/** Compares with the expected file, or writes it when regenerating. */
function expectGolden(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path.relative(ROOT, file)} is missing: regenerate with RECAP_UPDATE_GOLDEN=1`).toBe(true);
  expect(actual, path.relative(ROOT, file)).toBe(readFileSync(file, 'utf8'));
}

describe.each(cases)('golden case %s', (name) => {
  const dataDir = path.join('tests', 'golden', name, 'data');
  const expected = path.join(ROOT, name, 'expected');
  const todayFile = path.join(ROOT, name, 'today');
  const today = existsSync(todayFile) ? readFileSync(todayFile, 'utf8').trim() : FROZEN_TODAY;

  const validate = spawnSync(process.execPath, ['scripts/validate.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, RECAP_TODAY: today },
    encoding: 'utf8',
  });
  const clean = validate.status === 0;

  it('validates as expected', () => {
    expectGolden(
      path.join(expected, 'validate.txt'),
      `exit code ${validate.status}\n--- stdout\n${validate.stdout}--- stderr\n${validate.stderr}`,
    );
  });

  // A case of bad data is checked for what the build refuses; a clean one for what it makes.
  if (!clean) {
    it('refuses to build, and publishes nothing', () => {
      const result = runBuild(['--outDir', path.join(expected, 'never-built')], {
        DATA_DIR: dataDir,
        RECAP_TODAY: today,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('Build stopped: fix the problems above');
      expect(existsSync(path.join(expected, 'never-built'))).toBe(false);
    });
    return;
  }

  it('builds every data.json and the latest report page as expected', () => {
    const site = buildSite({ dataDir, env: { RECAP_TODAY: today } });
    built.push(site);
    const actual = new Map<string, string>();
    for (const file of filesBelow(site).filter((f) => f.endsWith('/data.json'))) {
      actual.set(file, readFileSync(path.join(site, file), 'utf8'));
    }
    // Each client's latest report of each kind (its regular report, the quarterly and
    // the yearly review): the pages a reader opens first.
    for (const client of readdirSync(site, { withFileTypes: true }).filter(
      (e) => e.isDirectory() && e.name !== '_astro',
    )) {
      const latest = new Map<string, string>();
      for (const period of readdirSync(path.join(site, client.name), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(path.join(site, client.name, e.name, 'data.json')))
        .map((e) => e.name)
        .sort()) {
        const json = JSON.parse(readFileSync(path.join(site, client.name, period, 'data.json'), 'utf8')) as {
          period_kind: string;
        };
        latest.set(json.period_kind, period);
      }
      for (const period of latest.values()) {
        actual.set(
          `${client.name}/${period}.txt`,
          pageText(readFileSync(path.join(site, client.name, period, 'index.html'), 'utf8')),
        );
      }
    }
    const siteExpected = path.join(expected, 'site');
    if (UPDATE) rmSync(siteExpected, { recursive: true, force: true });
    else
      expect([...actual.keys()].sort(), 'the files the site holds').toEqual(
        existsSync(siteExpected) ? filesBelow(siteExpected) : [],
      );
    for (const [file, text] of actual) expectGolden(path.join(siteExpected, file), text);
  });
});

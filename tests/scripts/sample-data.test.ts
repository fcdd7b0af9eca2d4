/**
 * The demo clients in data/ are made by `npm run sample-data` from the descriptions in
 * scripts/sample-data/. Run into a temp folder, the generator must give every demo file
 * in data/ byte for byte: that pins both the descriptions and the order of the seeded
 * random draws. A mistake in a description is reported where it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSampleData } from '../../scripts/sample-data/description.ts';
import { filesBelow as filesOf } from '../../src/publish/files-below.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recap-sample-data-'));
  made.push(dir);
  return dir;
}

describe('npm run sample-data', () => {
  it('writes every demo file in data/ byte for byte, and nothing else', () => {
    const out = tempDir();
    const run = spawnSync(process.execPath, ['scripts/generate-sample-data.ts', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.error) throw run.error;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const written = filesOf(out);
    // The demo clients are the folders it wrote; in them, data/ holds exactly what it wrote.
    const demoFolders = [...new Set(written.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))];
    expect(demoFolders.sort()).toEqual(['alpenblick-hotels', 'narenj-bakery', 'northwind-outfitters']);
    const inData = [
      'README.md',
      ...demoFolders.flatMap((folder) => filesOf(path.join(DATA, folder)).map((f) => `${folder}/${f}`)),
    ];
    expect(written).toEqual(inData.sort());

    const differing = written.filter(
      (file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(DATA, file))),
    );
    expect(differing).toEqual([]);
  });
});

const SETTINGS = `first_date: 2024-06-01
last_date: 2024-06-30
cost_split: { content: 1 }
paid_columns: [impressions, spend]
`;

const ACME = `seed: 7
seasons:
  flat: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
platforms:
  instagram:
    columns: [followers, impressions]
    followers: 1000
    follower_growth: 0.1
    impressions: 500
    impression_growth: 0.1
    season: flat
    weekday: [1, 1, 1, 1, 1, 1, 1]
    posts_per_day: [1, 1, 1, 1, 1, 1, 1]
    max_posts: 2
    post_sensitivity: 0.5
    viral_chance: 0
    engagement_rate: 0.02
    mix: { likes: 1 }
    reach_share: [0.5, 0.7]
    click_rate: 0.01
`;

function descriptions(acme: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'settings.yaml'), SETTINGS);
  writeFileSync(path.join(dir, 'acme.yaml'), acme);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    readSampleData(dir);
  } catch (error) {
    return (error as Error).message.split('\n').map((line) => line.slice(line.indexOf('acme.yaml')));
  }
  return [];
}

describe('the sample data descriptions', () => {
  it('reads a client with its defaults filled in and its season looked up', () => {
    const { settings, clients } = readSampleData(descriptions(ACME));
    expect(settings.cost_split).toEqual({ content: 1 });
    expect(clients.map((client) => client.slug)).toEqual(['acme']);
    const [instagram] = clients[0]!.platforms;
    expect(instagram).toMatchObject({ platform: 'instagram', start: '2024-06-01', format: 'wide', lead_rate: 0 });
    expect(instagram!.season).toEqual(Array(12).fill(1));
    expect(instagram!.mix).toEqual({ likes: 1, comments: 0, shares: 0, saves: 0 });
  });

  it('reports every mistake with its line, column, what was found and what was expected', () => {
    const acme = ACME.replace('followers: 1000', 'followers: 1_000')
      .replace('max_posts: 2', 'max_post: 2')
      .replace('weekday: [1, 1, 1, 1, 1, 1, 1]', 'weekday: [1, 1, 1]');
    expect(problemsOf(descriptions(acme))).toEqual([
      'acme.yaml:7:16: platforms.instagram.followers: found "1_000", expected number',
      'acme.yaml:12:14: platforms.instagram.weekday: found a list of 3, expected array to have exactly 7 items',
      // A missing setting is shown at the start of the mapping it belongs in.
      'acme.yaml:6:5: platforms.instagram.max_posts: found nothing, expected number',
      'acme.yaml:14:15: platforms.instagram.max_post: found "max_post", expected a setting this file knows',
    ]);
  });

  it('reports a season that is not defined', () => {
    expect(problemsOf(descriptions(ACME.replace('season: flat', 'season: summer')))).toEqual([
      'acme.yaml:11:13: platforms.instagram.season: found "summer", expected one of the seasons (flat)',
    ]);
  });
});

/**
 * The demo clients in data/ are made by `npm run sample-data`. Run into a temp folder,
 * the generator must give every demo file in data/ byte for byte: that pins both the
 * clients' descriptions and the order of the seeded random draws.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

/** Every file below a folder, by its path in the folder, with forward slashes. */
function filesOf(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('npm run sample-data', () => {
  it('writes every generated demo file in data/ byte for byte', () => {
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
    // The demo clients are the folders it wrote; in them, data/ holds what it wrote and the analyst's notes.
    const demoFolders = [...new Set(written.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))];
    expect(demoFolders.sort()).toEqual(['alpenblick-hotels', 'narenj-bakery', 'northwind-outfitters']);
    const inData = [
      'README.md',
      ...demoFolders.flatMap((folder) => filesOf(path.join(DATA, folder)).map((f) => `${folder}/${f}`)),
    ];
    expect(written).toEqual(inData.filter((file) => !file.includes('/notes/')).sort());

    const differing = written.filter(
      (file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(DATA, file))),
    );
    expect(differing).toEqual([]);
  });
});

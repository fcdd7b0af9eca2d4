/**
 * loadDataDir reads every file through a file-system seam: the machine's own by
 * default, or another, such as a data folder held in memory. Loading a folder from
 * memory must give exactly what loading the same files from disk gives; the checks
 * that need real paths (symbolic links that lead out of the data folder) stay with
 * the real file system, whose answers are pinned here and which hostile-paths.test.ts
 * exercises through loadDataDir.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../src/ingest/file-system.ts';
import { loadDataDir, type DataLoad } from '../../src/ingest/load-data-dir.ts';
import { isoDate } from '../../src/model/calendar.ts';
import { cleanUpTempDirs, day, expectProblems, findSeries, makeDataDir } from './helpers.ts';
import { memoryFileSystem } from './memory-file-system.ts';

cleanUpTempDirs();

const TODAY = '2026-11-30';
const X_EXPORT = readFileSync('tests/fixtures/exports/x-account-overview.csv');

describe('a data folder in memory', () => {
  const files = {
    'in-memory/templates/default.mdx': '# Report\n',
    'in-memory/templates/quarterly-review.mdx': '# Quarter\n',
    'in-memory/templates/yearly-review.mdx': '# Year\n',
    'in-memory/data/acme/client.yaml': 'name: Acme\n',
    'in-memory/data/acme/metrics.csv':
      'date,platform,impressions,clicks\n2026-09-01,facebook,100,5\n2026-09-02,facebook,120,6\n2026-09-02,facebook,130,7\n',
    'in-memory/data/acme/x.csv': X_EXPORT,
    'in-memory/data/acme/notes/2026-09.md': '---\nwins:\n  - A good month\n---\nBody\n',
    'in-memory/data/acme/report.xlsx': Uint8Array.of(0x50, 0x4b, 3, 4),
    'in-memory/data/broken/client.yaml': 'name: Broken\ntemplate: fancy\n',
    'in-memory/data/broken/a.csv': 'date,platform,impressions\n2026-09-01,x,12x\n',
  };
  const load = () =>
    loadDataDir('in-memory/data', {
      fileSystem: memoryFileSystem(files),
      templatesDir: 'in-memory/templates',
      publicDir: 'in-memory/public',
      today: TODAY,
    });

  it('is validated without a file on disk, every problem located as on disk', () => {
    expect(existsSync('in-memory')).toBe(false);
    const { problems, clients, clientFolders, files: summaries } = load();
    expectProblems(problems, [
      { file: 'in-memory/data/acme/metrics.csv', line: 4, column: 21, says: ['second value (130)', 'metrics.csv:3'] },
      { file: 'in-memory/data/acme/metrics.csv', line: 4, column: 25, says: ['second value (7)', 'metrics.csv:3'] },
      { file: 'in-memory/data/acme/report.xlsx', line: 1, column: 1, says: ['found an Excel workbook'] },
      { file: 'in-memory/data/broken/a.csv', line: 2, column: 14, says: ['impressions: found "12x"'] },
      {
        file: 'in-memory/data/broken/client.yaml',
        line: 2,
        column: 11,
        says: ['template: found "fancy"', 'in-memory/templates/ (default, quarterly-review, yearly-review)'],
      },
    ]);
    expect(clientFolders).toBe(2);
    expect(clients.map((c) => c.slug)).toEqual(['acme', 'broken']);
    const impressions = findSeries(clients[0]!.series, 'facebook', 'impressions');
    expect([...impressions.dayValues].map(([d, v]) => [isoDate(d), v])).toEqual([
      ['2026-09-01', 100],
      ['2026-09-02', 120],
    ]);
    // The X export's "1,050" impressions on 2025-09-05, read from memory like any file.
    const september5 = day('2025-09-05');
    expect(findSeries(clients[0]!.series, 'x', 'impressions').sumDays(september5, september5).sum).toBe(1050);
    expect(summaries).toMatchObject([
      { file: 'in-memory/data/acme/metrics.csv', shape: 'wide', rowsRead: 3, rowsAccepted: 2 },
      { file: 'in-memory/data/acme/x.csv', format: 'X account overview (daily)', rowsRead: 3, rowsAccepted: 3 },
      { file: 'in-memory/data/broken/a.csv', shape: 'wide', rowsRead: 1, rowsAccepted: 0 },
    ]);
  });

  it('says so when the folder is not there', () => {
    const { problems } = loadDataDir('in-memory/elsewhere', { fileSystem: memoryFileSystem(files), today: TODAY });
    expectProblems(problems, [{ file: 'in-memory/elsewhere', line: 1, column: 1, says: ['found no such folder'] }]);
  });

  it("names a review template missing from the templates folder: every client's reviews need it", () => {
    const withoutYear = Object.fromEntries(
      Object.entries(files).filter(([file]) => !file.endsWith('yearly-review.mdx') && !file.includes('/broken/')),
    );
    const { problems } = loadDataDir('in-memory/data', {
      fileSystem: memoryFileSystem(withoutYear),
      templatesDir: 'in-memory/templates',
      publicDir: 'in-memory/public',
      today: TODAY,
    });
    expect(problems.filter((p) => p.file === 'in-memory/templates')).toEqual([
      {
        file: 'in-memory/templates',
        line: 1,
        column: 1,
        message:
          "found no yearly-review.mdx, expected the template of every client's yearly review here: restore it from Recap's templates/ (docs/periods.md)",
      },
    ]);
  });
});

/** Every file below each folder, by its path from the working directory, read from disk. */
function copiedToMemory(folders: readonly string[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const file = path.join(entry.parentPath, entry.name);
        files[file] = readFileSync(file);
      }
    }
  }
  return files;
}

/** Everything a load tells, with each series as its values. */
function digest(load: DataLoad) {
  return {
    ...load,
    clients: load.clients.map(({ series, calendar, ...client }) => ({
      ...client,
      calendar: calendar.id,
      series: series.map((s) => ({
        series: `${s.platform}/${s.campaign}/${s.category}/${s.metric}/${s.kind}`,
        days: [...s.dayValues],
        months: s.monthSpans,
      })),
    })),
  };
}

describe('the same files from memory and from disk', () => {
  const folders = [
    'data',
    ...readdirSync('tests/golden')
      .map((name) => path.join('tests/golden', name, 'data'))
      .filter((dir) => existsSync(dir)),
  ];

  it.each(folders)('load %s alike', (dataDir) => {
    const fileSystem = memoryFileSystem(copiedToMemory([dataDir, 'templates']));
    const fromDisk = loadDataDir(dataDir, { today: TODAY });
    expect(fromDisk.clientFolders).toBeGreaterThan(0);
    expect(digest(loadDataDir(dataDir, { today: TODAY, fileSystem }))).toEqual(digest(fromDisk));
  });

  it('load platform exports, a spreadsheet, hidden files and subfolders alike', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\nfiles:\n  tiktok-overview-2026.csv:\n    year: 2026\n',
      'acme/.hidden.csv': 'not read',
      'acme/sheet.xlsx': 'PK',
      'acme/2025/costs.csv': 'date,platform,category,spend\n2025-09,facebook,ads,100\n',
    });
    const fixtures = 'tests/fixtures/exports';
    for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.csv'))) {
      writeFileSync(path.join(dir, 'acme', name), readFileSync(path.join(fixtures, name)));
    }
    mkdirSync(path.join(dir, 'acme', 'youtube'));
    writeFileSync(
      path.join(dir, 'acme', 'youtube', 'Totals.csv'),
      readFileSync(`${fixtures}/youtube-studio/Totals.csv`),
    );
    const fileSystem = memoryFileSystem(copiedToMemory([dir, 'templates']));
    const fromDisk = loadDataDir(dir, { today: TODAY });
    expect(fromDisk.files.filter((f) => f.format !== undefined).length).toBeGreaterThan(5);
    expect(digest(loadDataDir(dir, { today: TODAY, fileSystem }))).toEqual(digest(fromDisk));
  });
});

describe("the real file system's answers about links", () => {
  it('tells a link from what it points to, and where it leads', () => {
    const dir = makeDataDir({ 'a.csv': 'date\n', 'sub/b.csv': 'date\n' });
    const at = (name: string) => path.join(dir, name);
    symlinkSync(at('a.csv'), at('to-file'));
    symlinkSync(at('sub'), at('to-folder'));
    symlinkSync(at('gone.csv'), at('dangling'));
    expect(nodeFileSystem.list(dir).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'a.csv', kind: 'file' },
      { name: 'dangling', kind: 'link' },
      { name: 'sub', kind: 'folder' },
      { name: 'to-file', kind: 'link' },
      { name: 'to-folder', kind: 'link' },
    ]);
    expect(nodeFileSystem.lstat(at('to-file'))).toBe('link');
    expect(nodeFileSystem.stat(at('to-file'))).toEqual({ kind: 'file', size: 5 });
    expect(nodeFileSystem.stat(at('to-folder'))?.kind).toBe('folder');
    expect(nodeFileSystem.realpath(at('to-folder'))).toBe(nodeFileSystem.realpath(at('sub')));
    expect(nodeFileSystem.readlink(at('to-file'))).toBe(at('a.csv'));
    expect(nodeFileSystem.readlink(at('a.csv'))).toBeNull();
    // A dangling link is there as a link, and leads nowhere.
    expect(nodeFileSystem.lstat(at('dangling'))).toBe('link');
    expect(nodeFileSystem.stat(at('dangling'))).toBeNull();
    expect(nodeFileSystem.realpath(at('dangling'))).toBeNull();
    // A file where a folder should be is nothing there, as existsSync has it.
    expect(nodeFileSystem.stat(path.join(at('a.csv'), 'x'))).toBeNull();
  });

  it('still refuses a link out of the data folder when loadDataDir reads the disk', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv': 'date,platform,clicks\n2026-01-01,x,1\n',
    });
    symlinkSync(path.resolve('package.json'), path.join(dir, 'acme', 'b.csv'));
    const { problems } = loadDataDir(dir, { today: TODAY });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('which leads outside')]);
  });
});

/**
 * The agency data set that `npm run bench:site` builds: the same bytes for the same seed,
 * valid data, and the page count the benchmark checks its builds against.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientReport, type ClientReport } from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { isoDate } from '../../src/model/calendar.ts';
import {
  AGENCY_LAST_DAY,
  AGENCY_MONTHS,
  agencyPageCount,
  appendDay,
  restoreFiles,
  writeAgencyData,
} from '../../scripts/agency-data.ts';

/** Every file below a folder with its bytes, by its path in the folder. */
function snapshot(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  return new Map(files.sort().map((file) => [path.relative(root, file), readFileSync(file, 'latin1')]));
}

function reportsOf(dir: string): ClientReport[] {
  const load = loadDataDir(dir);
  expect(load.problems).toEqual([]);
  return load.clients.map((client) => buildClientReport(client)).filter((r): r is ClientReport => r !== null);
}

describe('the agency data set', () => {
  let root: string;
  /** The clients' folders in the order of the set (not the folders' alphabetical order). */
  let slugs: string[];
  const dir = (name: string) => path.join(root, name);

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'recap-agency-'));
    slugs = writeAgencyData(dir('a'), 3, 7);
    writeAgencyData(dir('b'), 3, 7);
    writeAgencyData(dir('other-seed'), 3, 8);
    writeAgencyData(dir('two'), 2, 7);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the same bytes for the same seed, and other bytes for another seed', () => {
    const a = snapshot(dir('a'));
    expect(a.size).toBeGreaterThan(20);
    expect(snapshot(dir('b'))).toEqual(a);
    const other = snapshot(dir('other-seed'));
    expect([...other.keys()]).toEqual([...a.keys()]);
    expect([...a].filter(([file, text]) => other.get(file) !== text).length).toBeGreaterThan(10);
  });

  it("gives a smaller set the first clients of a larger one, so the scaling curve's sets nest", () => {
    const three = snapshot(dir('a'));
    const two = snapshot(dir('two'));
    for (const [file, text] of two) expect(three.get(file), file).toBe(text);
    expect(three.size).toBeGreaterThan(two.size);
  });

  it('validates without a problem and has 36 months per client: the documented page count', () => {
    const reports = reportsOf(dir('a'));
    expect(reports).toHaveLength(3);
    for (const report of reports) {
      expect(report.months).toHaveLength(AGENCY_MONTHS);
      expect(isoDate(report.dataThrough)).toBe(AGENCY_LAST_DAY);
      // Five platforms and the cross-platform total, each with revenue on the two paid platforms.
      const platforms = Object.keys(report.months.at(-1)!.platforms).filter((p) => p !== 'all');
      expect(platforms).toHaveLength(5);
    }
    const published = reports.reduce(
      (sum, report) => sum + report.months.length + report.reports('quarter').length + report.reports('year').length,
      0,
    );
    // A page per report (36 months, 12 quarters, 3 years) and per client, and the portfolio.
    expect(agencyPageCount(3)).toEqual({ pages: published + 3 + 1, dataJson: published });
    expect(agencyPageCount(50)).toEqual({ pages: 50 * 52 + 1, dataJson: 50 * 51 });
  });

  it('gives some clients goals and notes', () => {
    const load = loadDataDir(dir('a'));
    const goals = slugs.map((slug) => load.clients.find((c) => c.slug === slug)?.config.goals?.length ?? 0);
    expect(goals).toEqual([3, 0, 0]);
    const notes = slugs.map((slug) => snapshot(path.join(dir('a'), slug)));
    expect(notes.map((files) => [...files.keys()].filter((file) => file.startsWith(`notes${path.sep}`)))).toEqual([
      [],
      [`notes${path.sep}2025-11.md`, `notes${path.sep}2025-12.md`],
      [],
    ]);
  });

  it('appends one day to a client without a new month, and puts the files back', () => {
    const before = snapshot(dir('b'));
    const slug = slugs[1]!;
    const previous = appendDay(dir('b'), 1, 7);
    const after = snapshot(dir('b'));
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((file) => file.startsWith(`${slug}${path.sep}`) && file.endsWith('.csv'))).toBe(true);

    const reports = reportsOf(dir('b'));
    const report = reports.find((r) => r.client.slug === slug)!;
    expect(isoDate(report.dataThrough)).toBe('2025-12-16');
    expect(report.months).toHaveLength(AGENCY_MONTHS);
    expect(reports.filter((r) => isoDate(r.dataThrough) === AGENCY_LAST_DAY)).toHaveLength(2);

    restoreFiles(previous);
    expect(snapshot(dir('b'))).toEqual(before);
  });
});

/**
 * Whole download folders as the platforms give them (../shared/real-exports/*-download-*),
 * dropped into a client folder as they are: validate finds no problem, only notes.
 * Totals were worked out from the files with awk, apart from Recap, as each comment says.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { realExportsMissing, REAL_EXPORTS, reportMissingRealExports } from '../real-exports-folder.ts';
import { day, findSeries } from './helpers.ts';

reportMissingRealExports('the real download-folder tests');

const dataDir = mkdtempSync(path.join(tmpdir(), 'recap-downloads-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function client(slug: string, download: string) {
  cpSync(path.join(REAL_EXPORTS, download), path.join(dataDir, slug), { recursive: true });
  writeFileSync(path.join(dataDir, slug, 'client.yaml'), `name: ${slug}\ncurrency: USD\n`);
  const { clients, problems, files } = loadDataDir(dataDir, { today: '2026-11-30', clients: [slug] });
  return {
    client: clients[0]!,
    problems,
    notes: files.flatMap((file) => (file.notes ?? []).map((note) => `${path.basename(file.file)}: ${note}`)),
  };
}

const sum = (series: ReturnType<typeof findSeries>, from: string, to: string) => series.sumDays(day(from), day(to)).sum;

describe('real download folders', () => {
  it.skipIf(realExportsMissing)(
    "Meta Business Suite: stacked UTF-16 daily files, a tab-separated one, and a post export with Meta's error rows",
    () => {
      const { client: meta, problems, notes } = client('meta-co', 'meta-download-2024');
      expect(problems).toEqual([]);
      // Reach.csv (sep=\t): July 2023 reach, Facebook section 370,024, Instagram section 27,331.
      expect(sum(findSeries(meta.series, 'facebook', 'reach'), '2023-07-01', '2023-07-31')).toBe(370_024);
      expect(sum(findSeries(meta.series, 'instagram', 'reach'), '2023-07-01', '2023-07-31')).toBe(27_331);
      // Follows.csv: "Follows" (Facebook, stacked first) 912 in August 2023, "Instagram follows" 121.
      expect(sum(findSeries(meta.series, 'facebook', 'net_follows'), '2023-08-01', '2023-08-31')).toBe(912);
      expect(sum(findSeries(meta.series, 'instagram', 'net_follows'), '2023-08-01', '2023-08-31')).toBe(121);
      expect(notes).toContainEqual(expect.stringMatching(/^Dec-12-2023.*: 3 rows of Meta's own errors left out/));
      expect(notes).toContainEqual(
        expect.stringMatching(
          /^Dec-12-2023.*: reach of \d+ posts left out: the account's own file Reach\.csv gives reach/,
        ),
      );
    },
  );

  it.skipIf(realExportsMissing)('YouTube Studio: a Totals.csv round-tripped through Excel, dates day first', () => {
    const { client: youtube, problems, notes } = client('yt-co', 'youtube-download-2026');
    expect(problems).toEqual([]);
    // 18 days of June 2025 (13 to 30 June): 2,397 views; the whole file, 365 days: 181,588.
    expect(sum(findSeries(youtube.series, 'youtube', 'video_views'), '2025-06-01', '2025-06-30')).toBe(2_397);
    expect(sum(findSeries(youtube.series, 'youtube', 'video_views'), '2025-01-01', '2026-12-31')).toBe(181_588);
    expect(notes).toContain(
      'Totals.csv: dates such as "13-06-2025" are read day first, as the file\'s dates settle it',
    );
  });
});

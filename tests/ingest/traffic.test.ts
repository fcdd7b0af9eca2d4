/**
 * GA4's sessions by source in the client folder: kept for the traffic social sends,
 * the same breakdown of the same days in two downloads counted once when they agree,
 * and a located problem when they do not.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, makeDataDir } from './helpers.ts';

afterAll(cleanUpTempDirs);

const report = (instagram: number) =>
  `# Start date: 20261001\n# End date: 20261031\nSession source / medium,Sessions,Engaged sessions\nl.instagram.com / referral,${instagram},100\ngoogle / organic,900,500\n`;

describe("GA4 traffic in the client's folder", () => {
  it('keeps each source once across downloads that agree', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv': report(300),
      'acme/b.csv': report(300),
    });
    const { problems, clients, files } = loadDataDir(dir);
    expect(problems).toEqual([]);
    expect(clients[0]!.traffic.map((v) => [v.source, v.sessions])).toEqual([
      ['l.instagram.com', 300],
      ['google', 900],
    ]);
    expect(files.find((f) => path.basename(f.file) === 'b.csv')!.notes).toContain(
      'traffic rows another GA4 download gives alike, counted once: 2',
    );
  });

  it('reports a source whose sessions two downloads give otherwise, at the later row', () => {
    const dir = makeDataDir({
      'acme/client.yaml': 'name: Acme\n',
      'acme/a.csv': report(300),
      'acme/b.csv': report(310),
    });
    const { problems } = loadDataDir(dir);
    const traffic = problems.filter((p) => p.message.includes('sessions of'));
    expect(traffic.map((p) => [path.basename(p.file), p.line, p.message.replace(/\S*a\.csv/, 'a.csv')])).toEqual([
      [
        'b.csv',
        4,
        "found sessions of l.instagram.com / referral from 2026-10-01 to 2026-10-31 (310) that a.csv line 4 gives otherwise (300), expected each source's sessions once: keep one of the two downloads",
      ],
    ]);
  });
});

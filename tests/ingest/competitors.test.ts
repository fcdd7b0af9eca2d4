/**
 * Competitors in the client folder: named in client.yaml with handles per platform,
 * their numbers in competitors/<id>/ read with the client's own checks, and every way
 * the two can disagree reported where it can be fixed.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, makeDataDir } from './helpers.ts';

afterAll(cleanUpTempDirs);

const OWN = 'date,platform,posts,engagements\n2026-10-01,instagram,2,100\n';
const YAML = [
  'name: Acme',
  'competitors:',
  '  - id: summit-gear',
  '    name: Summit Gear',
  '    handles:',
  '      instagram: "@summitgear"',
  '',
].join('\n');

describe('competitors', () => {
  it("reads a competitor's files apart from the client's, with the same checks", () => {
    const dir = makeDataDir({
      'acme/client.yaml': YAML,
      'acme/own.csv': OWN,
      'acme/competitors/summit-gear/instagram.csv':
        'date,platform,posts,engagements\n2026-10-01,instagram,5,400\n2026-10-02,instagram,x,1\n',
    });
    const { problems, clients, files } = loadDataDir(dir);
    // The competitor's bad cell is located in its own file, like the client's would be.
    expect(problems.map((p) => [path.basename(p.file), p.line, p.column])).toEqual([['instagram.csv', 3, 22]]);
    expect(problems[0]!.message).toContain('posts: found "x", expected');
    expect(files.map((f) => path.relative(path.join(dir, 'acme'), f.file))).toContain(
      path.join('competitors', 'summit-gear', 'instagram.csv'),
    );
    expect(clients[0]!.competitors[0]!.files).toMatchObject([{ rowsRead: 2, rowsAccepted: 1 }]);
  });

  it("keeps the competitor out of the client's own numbers", () => {
    const dir = makeDataDir({
      'acme/client.yaml': YAML,
      'acme/own.csv': OWN,
      'acme/competitors/summit-gear.csv': 'date,platform,posts,engagements\n2026-10-01,instagram,5,400\n',
    });
    const { problems, clients } = loadDataDir(dir);
    expect(problems).toEqual([]);
    const [client] = clients;
    const sum = (
      series: readonly { metric: string; platform: string; sumDays(a: number, b: number): { sum: number } }[],
    ) => series.find((s) => s.metric === 'posts' && s.platform === 'instagram')!.sumDays(0, 100_000).sum;
    expect(sum(client!.series)).toBe(2);
    expect(client!.competitors.map((c) => [c.id, c.name, sum(c.series)])).toEqual([['summit-gear', 'Summit Gear', 5]]);
  });

  it('reports a folder no competitor names, a competitor without files and numbers on a platform without a handle', () => {
    const dir = makeDataDir({
      'acme/client.yaml': YAML + '  - id: peak\n    name: Peak\n    handles:\n      instagram: "@peak"\n',
      'acme/own.csv': OWN,
      'acme/competitors/summit-gear/all.csv': 'date,platform,posts\n2026-10-01,instagram,5\n2026-10-01,tiktok,3\n',
      'acme/competitors/summit/old.csv': 'date,platform,posts\n2026-10-01,instagram,5\n',
    });
    const { problems } = loadDataDir(dir);
    // In the order validate prints them: by file.
    const messages = problems.map((p) => [path.basename(p.file), p.line, p.column, p.message]);
    expect(messages).toEqual([
      [
        'client.yaml',
        6,
        7,
        'competitors.0.handles: found numbers of "summit-gear" on "tiktok" and no handle there, expected a handle for each platform its files give (instagram, tiktok), such as tiktok: "@summit-gear"',
      ],
      [
        'client.yaml',
        7,
        9,
        'competitors.1.id: found "peak" with no files, expected its numbers in competitors/peak/ (Recap\'s own CSV files, as for the client)',
      ],
      [
        'summit',
        1,
        1,
        'found competitor "summit", expected a competitor named in competitors: in client.yaml (summit-gear, peak): its numbers would be read for nothing',
      ],
    ]);
  });

  it('allows 20 competitors per platform and reports the 21st where it is named', () => {
    const list = Array.from(
      { length: 21 },
      (_, i) => `  - id: c${i + 1}\n    name: C${i + 1}\n    handles: { x: "@c${i + 1}" }\n`,
    );
    const dir = makeDataDir({ 'acme/client.yaml': `name: Acme\ncompetitors:\n${list.join('')}`, 'acme/own.csv': OWN });
    const { problems } = loadDataDir(dir);
    expect(problems.map((p) => [path.basename(p.file), p.line, p.message])).toEqual([
      [
        'client.yaml',
        65,
        'competitors.20.handles.x: found "\\"@c21\\"", expected at most 20 competitors on x: this is competitor 21 there',
      ],
    ]);
  });
});

/**
 * The build cache: a rebuild renders what its changed inputs touch and takes the rest
 * from the cache, byte for byte what a cold build makes; a damaged cache entry is
 * ignored; with nothing changed there is nothing to do.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineKey } from '../../src/publish/client-cache.ts';
import { clientPageKey } from '../../src/site/page-keys.ts';
import { runBuild } from '../browser/build-site.ts';
import { ACME, writeSmallClient, ZENITH } from './small-clients.ts';
import { filesBelow as files } from '../../src/publish/files-below.ts';

const temps: string[] = [];
function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function sameBytes(a: string, b: string): string[] {
  expect(files(a)).toEqual(files(b));
  return files(a).filter((file) => !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))));
}

describe('the build cache', () => {
  let dataDir: string;
  let cacheFolder: string;
  let cold: string;

  /** Builds with the cache; returns the addresses rendered (not taken from the cache) and the output. */
  function build(outDir: string) {
    const result = runBuild(
      ['--outDir', outDir],
      { DATA_DIR: dataDir, RECAP_CACHE_FOLDER: cacheFolder, RECAP_TRACE: 'render' },
      { withCache: true },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const rendered = [...result.stderr.matchAll(/^recap: rendered (.*)$/gm)].map((m) => m[1]!).sort();
    return { rendered, stdout: result.stdout };
  }
  const renderedOf = (rendered: string[], slug: string) => rendered.filter((p) => p.startsWith(`/${slug}/`));

  beforeAll(() => {
    dataDir = temp('recap-cache-data-');
    cacheFolder = temp('recap-cache-');
    writeSmallClient(dataDir, ACME);
    writeSmallClient(dataDir, ZENITH);
    cold = path.join(temp('recap-cache-out-'), 'site');
    const first = build(cold);
    // A cold build renders everything: each client's page, its logo, and a page and a data.json
    // for each of its reports: two months (September, October), two quarters (Q3, Q4), the year.
    expect(renderedOf(first.rendered, ACME.slug)).toHaveLength(12);
    expect(renderedOf(first.rendered, ZENITH.slug)).toHaveLength(12);
  });

  it('with nothing changed, leaves the published site as it is and says it is up to date', () => {
    const before = readFileSync(path.join(cold, 'index.html'));
    const again = build(cold);
    expect(again.stdout).toContain('is up to date: nothing it is made from has changed');
    expect(again.rendered).toEqual([]);
    expect(readFileSync(path.join(cold, 'index.html')).equals(before)).toBe(true);
  });

  it('builds into a new folder from the cache alone, byte for byte what the cold build made', () => {
    const warm = path.join(temp('recap-cache-out-'), 'site');
    const result = build(warm);
    // Only the pages that depend on every client or on nothing: the portfolio, robots.txt, the schema.
    expect(result.rendered).toEqual(['/', '/data.schema.json', '/robots.txt']);
    expect(result.stdout).toMatch(/build cache: 24 of 27 files reused/);
    expect(sameBytes(cold, warm)).toEqual([]);
  });

  for (const [what, change, changed] of [
    [
      'a new day in a CSV',
      () =>
        appendFileSync(
          path.join(dataDir, ACME.slug, 'instagram.csv'),
          '2026-11-01,instagram,Espresso Awakening,100,5,1,1.00,2.00\n',
        ),
      ACME.slug,
    ],
    [
      'a changed client.yaml',
      () => appendFileSync(path.join(dataDir, ZENITH.slug, 'client.yaml'), 'lead_value: 12\n'),
      ZENITH.slug,
    ],
    [
      'a changed note',
      () => appendFileSync(path.join(dataDir, ACME.slug, 'notes', '2026-10.md'), '\nOne more line.\n'),
      ACME.slug,
    ],
    [
      'a changed logo',
      () => writeFileSync(path.join(dataDir, ZENITH.slug, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>'),
      ZENITH.slug,
    ],
    [
      'a template of its own',
      () =>
        writeFileSync(
          path.join(dataDir, ACME.slug, 'template.mdx'),
          readFileSync('templates/default.mdx', 'utf8') + '\nA line only this client reads.\n',
        ),
      ACME.slug,
    ],
  ] as const) {
    it(`renders again only the pages of the client with ${what}`, () => {
      change();
      const other = changed === ACME.slug ? ZENITH.slug : ACME.slug;
      const result = build(cold);
      expect(renderedOf(result.rendered, changed).length, changed).toBeGreaterThanOrEqual(5);
      expect(renderedOf(result.rendered, other), other).toEqual([]);
      // And the output is what a cold build of the same data makes.
      const fresh = path.join(temp('recap-cache-out-'), 'site');
      const coldAgain = runBuild(['--outDir', fresh], { DATA_DIR: dataDir });
      expect(coldAgain.status).toBe(0);
      expect(sameBytes(cold, fresh)).toEqual([]);
    });
  }

  it('ignores a damaged cache entry and a damaged page copy, and renders instead', () => {
    const clients = path.join(cacheFolder, 'clients');
    const entry = readdirSync(clients).find((name) => name.startsWith(`${ACME.slug}.`))!;
    writeFileSync(path.join(clients, entry), '{"version": 1, "engine": "not this one"');
    const kept = path.join(cacheFolder, 'sites', readdirSync(path.join(cacheFolder, 'sites'))[0]!, ZENITH.slug);
    // The kept files are hard links to the published ones: replace the file, not its bytes, to damage the cache alone.
    rmSync(path.join(kept, '2026-10', 'index.html'));
    writeFileSync(path.join(kept, '2026-10', 'index.html'), '<p>tampered</p>');
    const warm = path.join(temp('recap-cache-out-'), 'site');
    const result = build(warm);
    expect(result.stdout).toContain('Build cache: ignored a damaged or foreign entry');
    expect(result.stdout).toContain(
      `Build cache: ignored the damaged files kept of ${ZENITH.slug}; its pages are rendered again.`,
    );
    expect(renderedOf(result.rendered, ZENITH.slug).length).toBeGreaterThanOrEqual(5);
    expect(sameBytes(cold, warm)).toEqual([]);
    expect(readFileSync(path.join(warm, ZENITH.slug, '2026-10', 'index.html'), 'utf8')).not.toContain('tampered');
  });
});

describe('what a client page key and the engine key depend on', () => {
  it('changes with the shared templates, the public folder, Recap’s version and the client’s files, and nothing else', () => {
    const root = temp('recap-keys-');
    cpSync('package.json', path.join(root, 'package.json'));
    writeSmallClient(path.join(root, 'data'), ACME);
    writeSmallClient(path.join(root, 'data'), ZENITH);
    writeFileSync(path.join(root, 'templates.keep'), '');
    const key = () => clientPageKey(path.join(root, 'data'), ACME.slug, root);
    const first = key();
    expect(key()).toBe(first);
    appendFileSync(path.join(root, 'data', ZENITH.slug, 'instagram.csv'), '\n');
    expect(key(), "another client's data").toBe(first);
    cpSync('templates', path.join(root, 'templates'), { recursive: true });
    const withTemplates = key();
    expect(withTemplates).not.toBe(first);
    appendFileSync(path.join(root, 'templates', 'default.mdx'), '\n');
    expect(key()).not.toBe(withTemplates);
    const beforeVersion = key();
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ ...pkg, version: '99.0.0' }));
    expect(key(), 'Recap version').not.toBe(beforeVersion);
    const engine = engineKey(root);
    cpSync('src/model', path.join(root, 'src', 'model'), { recursive: true });
    expect(engineKey(root), "Recap's code").not.toBe(engine);
  });
});

/**
 * An agency sends each client a site of its own. Built the two ways a user would
 * (`--client <slug>` and `--each-client`), a client's site must hold nothing of any
 * other client, in any file or file name, and the same data must give the same bytes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, runBuild } from '../browser/build-site.ts';
import { ACME, secretsOf, writeSmallClient, ZENITH } from './small-clients.ts';
import { filesBelow as filesOf } from '../../src/publish/files-below.ts';

/** Where any of the strings appears in a site: in a file's path or in its bytes (as UTF-8 text). */
function findAnywhere(root: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of filesOf(root)) {
    const text = readFileSync(path.join(root, file), 'latin1');
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    for (const needle of needles) {
      if (file.includes(needle)) found.push(`${file}: its name holds ${needle}`);
      if (utf8.includes(needle) || text.includes(needle)) found.push(`${file}: holds ${needle}`);
    }
  }
  return found;
}

describe("a client's own site", () => {
  let dataDir: string;
  let alone: string;
  let each: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'recap-clients-'));
    writeSmallClient(dataDir, ACME);
    writeSmallClient(dataDir, ZENITH);
    alone = buildSite({ dataDir, args: ['--client', ACME.slug] });
    each = buildSite({ dataDir, args: ['--each-client'] });
  });

  afterAll(() => {
    for (const folder of [dataDir, alone, each]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('holds only that client: no other client in any file or file name', () => {
    // The search finds what it looks for: the client's own strings are there.
    expect(findAnywhere(alone, [ACME.name, ACME.logoText, ACME.noteText]).length).toBeGreaterThan(0);
    expect(findAnywhere(alone, secretsOf(ZENITH))).toEqual([]);
  });

  it('built with --each-client, each site holds nothing of the other', () => {
    expect(readdirSync(each).sort()).toEqual([ACME.slug, ZENITH.slug]);
    expect(findAnywhere(path.join(each, ACME.slug), secretsOf(ZENITH))).toEqual([]);
    expect(findAnywhere(path.join(each, ZENITH.slug), secretsOf(ACME))).toEqual([]);
  });

  it("has the client's page as its home, the latest report first, and no slug in its addresses", () => {
    const home = readFileSync(path.join(alone, 'index.html'), 'utf8');
    expect(home).toContain(`<h1>${ACME.name}</h1>`);
    expect(home).toMatch(/<a class="latest" href="\/2026-10\/">Latest report: October 2026<\/a>/);
    expect(filesOf(alone)).toEqual(
      expect.arrayContaining([
        'index.html',
        '2026-10/index.html',
        '2026-10/data.json',
        '2026-09/index.html',
        'brand/logo.svg',
        'robots.txt',
      ]),
    );
    expect(filesOf(alone).filter((file) => file.includes(ACME.slug))).toEqual([]);
    // The report links back to the client's page, never to a list of clients.
    const report = readFileSync(path.join(alone, '2026-10', 'index.html'), 'utf8');
    expect(report).toContain(`<nav aria-label="Site"><a href="/">${ACME.name}: all reports</a></nav>`);
  });

  it("serves each client's site under its own base_path", () => {
    const zenithHome = readFileSync(path.join(each, ZENITH.slug, 'index.html'), 'utf8');
    expect(zenithHome).toContain('href="/zenith/2026-10/"');
    expect(zenithHome).toContain('src="/zenith/brand/logo.svg"');
    const acmeHome = readFileSync(path.join(each, ACME.slug, 'index.html'), 'utf8');
    expect(acmeHome).toContain('href="/2026-10/"');
  });

  it('gives the same bytes for the same data and code: two builds of one client compared file by file', () => {
    const twin = path.join(each, ACME.slug);
    expect(filesOf(twin)).toEqual(filesOf(alone));
    const differing = filesOf(alone).filter(
      (file) => !readFileSync(path.join(alone, file)).equals(readFileSync(path.join(twin, file))),
    );
    expect(differing).toEqual([]);
  });

  it('asks search engines to stay away: every page says noindex and robots.txt disallows all', () => {
    for (const file of filesOf(alone).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(path.join(alone, file), 'utf8'), file).toContain(
        '<meta name="robots" content="noindex, nofollow">',
      );
    }
    expect(readFileSync(path.join(alone, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('reads the data folder once per build, for validation and for the pages alike', () => {
    for (const args of [[], ['--client', ACME.slug]]) {
      const result = runBuild(['--outDir', path.join(dataDir, '..', `once-${args.length}`), ...args, '--dry-run'], {
        DATA_DIR: dataDir,
        RECAP_TRACE: 'data-load',
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr.match(/^recap: reading /gm), args.join(' ')).toHaveLength(1);
    }
  });

  it('names a client folder that does not exist, with the ones that do, and publishes nothing', () => {
    const result = runBuild(['--client', 'acme-cofee', '--outDir', path.join(dataDir, 'never')], { DATA_DIR: dataDir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`found no client folder acme-cofee in`);
    expect(result.stderr).toContain(`expected one of: ${ACME.slug}, ${ZENITH.slug}`);
    expect(result.stderr).toMatch(/Build stopped: .*was not updated\./);
    expect(readdirSync(dataDir)).not.toContain('never');
  });
});

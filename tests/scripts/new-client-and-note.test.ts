/**
 * `npm run new-client` and `npm run new-note` as a user runs them: the new folder
 * validates and builds a report; every setting of client.yaml is in its template;
 * a taken or bad name is refused with the reason; a note is drafted from the month's
 * numbers in the report's language and shows in validate as a good note.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_CONFIG_KEYS } from '../../src/ingest/client-config-schema.ts';
import { parseClientConfig } from '../../src/ingest/client-config.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { parseIsoDate } from '../../src/model/calendar.ts';
import { newClientFiles, parseNewClientArgs } from '../../src/new-client.ts';
import { cleanUpTempDirs, makeDataDir } from '../ingest/helpers.ts';

afterAll(cleanUpTempDirs);

const ROOT = path.resolve(import.meta.dirname, '../..');

function run(script: string, args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, RECAP_TODAY: '2026-11-30' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run new-client', () => {
  it('makes a client folder that validates, with every setting of client.yaml shown', () => {
    const dir = makeDataDir({ 'README.md': '' });
    const made = run('new-client', ['acme-coffee', '--name', 'Acme Coffee', '--locale', 'de-DE'], dir);
    expect(made.code, made.err).toBe(0);
    const yaml = readFileSync(path.join(dir, 'acme-coffee', 'client.yaml'), 'utf8');
    for (const key of CLIENT_CONFIG_KEYS) expect(yaml, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    expect(yaml).toMatch(/^name: "Acme Coffee"$/m);
    expect(yaml).toMatch(/^locale: de-DE /m);
    expect(existsSync(path.join(dir, 'acme-coffee', 'notes'))).toBe(true);
    const load = loadDataDir(dir);
    expect(load.problems).toEqual([]);
    expect(load.clients[0]!.config).toMatchObject({ name: 'Acme Coffee', locale: 'de-DE', currency: 'USD' });
    // The example row is last month's totals.
    expect(load.files.map((f) => [path.basename(f.file), f.rowsAccepted])).toEqual([['example.csv', 1]]);
  });

  it('refuses a folder that exists and a name that cannot be an address, saying why', () => {
    const dir = makeDataDir({ 'acme/client.yaml': 'name: Acme\n' });
    const taken = run('new-client', ['acme'], dir);
    expect([taken.code, taken.err]).toEqual([1, expect.stringContaining('already, expected a new client')]);
    const bad = run('new-client', ['Acme Coffee'], dir);
    expect([bad.code, bad.err.trim()]).toEqual([
      2,
      'found client name "Acme Coffee", expected lower-case letters, digits and dashes (acme-coffee): it becomes the client\'s folder and its address in the site',
    ]);
    expect(parseNewClientArgs(['x', '--calendar', 'lunar'])).toEqual({
      error: 'found --calendar "lunar", expected gregorian or persian',
    });
    expect(parseNewClientArgs([])).toMatchObject({ error: expect.stringContaining('usage:') });
  });

  it('writes a Persian client whose commented settings all parse when uncommented', () => {
    const files = newClientFiles(
      { slug: 'narenj', name: 'نارنج', locale: 'fa-IR', calendar: 'persian' },
      parseIsoDate('2026-11-30')!,
    );
    const yaml = files.get('client.yaml')!;
    expect(parseClientConfig('client.yaml', yaml).problems).toEqual([]);
    // Every top-level setting uncommented (the nested ones stay commented) still reads;
    // money_unit: toman asks for currency IRR, as it says.
    const uncommented = yaml
      .replace('# currency: USD', 'currency: IRR')
      .replace(/^# ([a-z_]+:)/gm, '$1')
      .replace(/^(goals|brand|metrics|dates|top_posts|attention):.*$/gm, '');
    expect(parseClientConfig('client.yaml', uncommented).problems).toEqual([]);
    // A Solar Hijri client's example is a Gregorian day: 30 November 2026 is 9 Azar 1405, so the
    // first day of the month before is 1 Aban 1405, 23 October 2026.
    expect(files.get('example.csv')).toContain('\n2026-10-23,instagram,');
  });
});

describe('npm run new-note', () => {
  it("drafts a month's note from its numbers, and the note reads as a good note", () => {
    const dir = makeDataDir({ 'README.md': '' });
    cpSync(path.join(ROOT, 'data', 'narenj-bakery'), path.join(dir, 'narenj-bakery'), { recursive: true });
    const made = run('new-note', ['narenj-bakery', '1405-07'], dir);
    expect(made.code, made.err).toBe(0);
    const note = readFileSync(path.join(dir, 'narenj-bakery', 'notes', '1405-07.md'), 'utf8');
    expect(note).toMatch(/^---\n/);
    expect(note).toContain('drafted_highlights: false');
    // The drafted lines are in the report's language (Persian) and are a YAML list.
    expect(note).toMatch(/^wins:\n {2}- "[^"]*[\u0600-\u06FF]/m);
    expect(loadDataDir(dir, { today: '2026-11-30' }).problems).toEqual([]);
    const again = run('new-note', ['narenj-bakery', '1405-07'], dir);
    expect([again.code, again.err]).toEqual([1, expect.stringContaining('already, expected a report without a note')]);
    const early = run('new-note', ['narenj-bakery', '1390-01'], dir);
    expect([early.code, early.err]).toEqual([1, expect.stringContaining('found "1390-01", expected a period')]);
  });
});

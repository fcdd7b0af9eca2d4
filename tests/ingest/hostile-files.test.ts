/**
 * Files that crashed validate or read as something else: a YAML alias bomb, a CSV over
 * the longest string JavaScript can hold, a picture renamed .csv, a client.yaml in
 * Windows-1252, a client named with zero-width spaces, and names with look-alike or
 * invisible characters. Each is a located problem that says what was found.
 */
import { openSync, closeSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES } from '../../src/ingest/data-paths.ts';
import { characterName, oddCharacters } from '../../src/ingest/characters.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { cleanUpTempDirs, expectProblems, latin1, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

const CSV = 'date,platform,impressions\n2025-01-01,x,5\n';

function load(files: DirSpec, clientYaml?: string | null) {
  const dir = oneClient(files, clientYaml);
  const result = loadDataDir(dir, { today: '2026-11-30' });
  return { ...result, dir, at: (name: string) => shown(path.join(dir, 'acme', name)) };
}

describe('client.yaml that crashed or misread', () => {
  it('refuses a billion-laughs alias bomb at its first alias, without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const started = performance.now();
    const { problems, at } = load({ 'a.csv': CSV }, `${levels.join('\n')}\nname: *i\n`);
    // "b: &b [*a": the first alias at column 8 of line 2
    expectProblems(problems, [
      {
        file: at('client.yaml'),
        line: 2,
        column: 8,
        says: ['found YAML aliases (*name) that expand to more than 100 copies', 'billion laughs'],
      },
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('still reads a few anchors reused', () => {
    const yaml = 'name: Acme\nbrand: &brand\n  color: "#112233"\nmetrics: []\n';
    expect(load({ 'a.csv': CSV }, yaml).problems).toEqual([]);
  });

  it('refuses a client.yaml in Windows-1252 at its first byte that is not UTF-8, instead of publishing "Caf� M�ller"', () => {
    const { problems, at, clients } = load({ 'a.csv': CSV, 'client.yaml': latin1('name: Café Müller\n') }, null);
    // "name: Caf" is 9 characters: the é (0xE9) is at column 10
    expectProblems(problems, [
      {
        file: at('client.yaml'),
        line: 1,
        column: 10,
        says: ['found byte 0xE9, which is not UTF-8', 'save client.yaml again as UTF-8'],
      },
    ]);
    expect(clients).toEqual([]);
  });

  it('refuses a UTF-16 client.yaml and a picture saved as client.yaml', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'name: A\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const text = load({ 'a.csv': CSV, 'client.yaml': utf16 }, null);
    expectProblems(text.problems, [
      { file: text.at('client.yaml'), line: 1, column: 1, says: ['found UTF-16 text, expected UTF-8'] },
    ]);
    const picture = load({ 'a.csv': CSV, 'client.yaml': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]) }, null);
    expectProblems(picture.problems, [
      { file: picture.at('client.yaml'), line: 1, column: 1, says: ['found a JPEG image, expected YAML text'] },
    ]);
  });

  it('refuses a client.yaml over 1 MiB before reading it', () => {
    // 11 + 22,000 x 50 = 1,100,011 bytes
    const big = `name: Acme\n${'# padding padding padding padding padding padding\n'.repeat(22_000)}`;
    const { problems, at } = load({ 'a.csv': CSV }, big);
    expectProblems(problems, [
      {
        file: at('client.yaml'),
        line: 1,
        column: 1,
        says: [
          'found a file of 1,100,011 bytes (1.05 MiB), expected at most 1,048,576 bytes (1.00 MiB)',
          'holds settings',
        ],
      },
    ]);
  });

  it('refuses a client name of zero-width spaces, naming them', () => {
    const { problems, at } = load({ 'a.csv': CSV }, 'name: "\u200b\u200b\u200b"\n');
    expectProblems(problems, [
      {
        file: at('client.yaml'),
        line: 1,
        column: 7,
        says: [
          'name: found',
          '(it contains U+200B ZERO WIDTH SPACE at position 2, U+200B ZERO WIDTH SPACE at position 3, U+200B ZERO WIDTH SPACE at position 4)',
          'only invisible characters',
        ],
      },
    ]);
  });

  it('keeps a Persian name with its zero-width non-joiner, and a German one', () => {
    expect(load({ 'a.csv': CSV }, 'name: "نان\u200cفروشی"\n').problems).toEqual([]);
    expect(load({ 'a.csv': CSV }, 'name: Café Müller\n').problems).toEqual([]);
  });

  it('names the Cyrillic letter in a setting and in a value that look right', () => {
    const key = load({ 'a.csv': CSV }, 'name: Acme\ncurr\u0435ncy: EUR\n');
    expectProblems(key.problems, [
      {
        file: key.at('client.yaml'),
        line: 2,
        column: 1,
        says: [
          'found unknown setting "currеncy" (it contains U+0435 CYRILLIC SMALL LETTER IE at position 5)',
          'did you mean "currency"?',
        ],
      },
    ]);
    const value = load({ 'a.csv': CSV }, 'name: Acme\ncalendar: \u0440\u0435rsian\n');
    expectProblems(value.problems, [
      {
        file: value.at('client.yaml'),
        line: 2,
        column: 11,
        says: [
          'calendar: found "реrsian" (it contains U+0440 CYRILLIC SMALL LETTER ER at position 1, U+0435 CYRILLIC SMALL LETTER IE at position 2)',
        ],
      },
    ]);
  });
});

describe('CSV files that are not what they say', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it.each([
    ['a PNG image', PNG],
    ['a JPEG image', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['a GIF image', new TextEncoder().encode('GIF89a\u0001\u0000')],
    ['a PDF document', new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3')],
    ['a gzip-compressed file (decompress it first)', Uint8Array.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0])],
    ['a WebP image', new TextEncoder().encode('RIFF\u0010\u0000\u0000\u0000WEBPVP8 ')],
  ])('says a file renamed .csv is %s, not "a NUL byte"', (found, bytes) => {
    const { problems, at } = load({ 'a.csv': bytes });
    expectProblems(problems, [{ file: at('a.csv'), line: 1, column: 1, says: [`found ${found}, expected CSV text`] }]);
  });

  it('refuses a CSV over the longest string JavaScript can hold, from its size, before reading it', () => {
    const { dir, at } = load({ 'a.csv': CSV, 'huge.csv': '' });
    // A sparse file: 600 MB long on paper, nothing on disk.
    const fd = openSync(path.join(dir, 'acme/huge.csv'), 'r+');
    ftruncateSync(fd, 600_000_000);
    closeSync(fd);
    const started = performance.now();
    const { problems, files } = loadDataDir(dir, { today: '2026-11-30' });
    expectProblems(problems, [
      {
        file: at('huge.csv'),
        line: 1,
        column: 1,
        says: [
          'found a file of 600,000,000 bytes (572.2 MiB)',
          `expected at most ${MAX_TEXT_BYTES.toLocaleString('en-US')} bytes`,
          'split the file into smaller ones',
        ],
      },
    ]);
    expect(files.find((f) => f.file === at('huge.csv'))).toMatchObject({ rowsRead: 0, shape: null });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('names with look-alike and invisible characters', () => {
  it('names the Cyrillic е of a column that looks like impressions, beside the suggestion', () => {
    const { problems, at } = load({ 'a.csv': 'date,platform,impr\u0435ssions\n2025-01-01,x,5\n' });
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 1,
        column: 15,
        says: [
          'found column "imprеssions" (it contains U+0435 CYRILLIC SMALL LETTER IE at position 5)',
          'did you mean "impressions"?',
        ],
      },
    ]);
  });

  it('names a Cyrillic а in the date column of a header that seems to have one', () => {
    const { problems, at } = load({ 'a.csv': 'd\u0430te,platform,impressions\n2025-01-01,x,5\n' });
    expectProblems(problems, [
      {
        file: at('a.csv'),
        line: 1,
        column: 1,
        says: ['(column 1, "dаte", contains U+0430 CYRILLIC SMALL LETTER A at position 2)', 'expected a date column'],
      },
    ]);
  });

  it('names a zero-width space inside a platform and a Greek ο in a long file metric', () => {
    const { problems, at } = load({
      'a.csv': 'date,platform,metric,value\n2025-01-01,insta\u200bgram,impressions,5\n2025-01-02,x,f\u03bfllowers,6\n',
    });
    expectProblems(problems, [
      { file: at('a.csv'), line: 2, column: 12, says: ['(it contains U+200B ZERO WIDTH SPACE at position 6)'] },
      {
        file: at('a.csv'),
        line: 3,
        column: 14,
        says: [
          'metric: found "fοllowers" (it contains U+03BF GREEK SMALL LETTER OMICRON at position 2)',
          'did you mean "followers"?',
        ],
      },
    ]);
  });

  it('names the look-alike in the header of an export it could not recognise', () => {
    const { problems, at } = load({
      'x.csv': 'Date,Impr\u0435ssions,Engagements,New follows,Unfollows\n"Sat, Sep 6, 2025",1,2,3,4\n',
    });
    expectProblems(problems, [
      {
        file: at('x.csv'),
        line: 1,
        column: 1,
        says: ['(column "Imprеssions" contains U+0435 CYRILLIC SMALL LETTER IE at position 5)'],
      },
    ]);
  });

  it('names characters without a table entry by their code point, and says how many more there are', () => {
    expect(characterName(0x4e00)).toBe('U+4E00');
    expect(characterName(0x07)).toBe('U+0007 a control character');
    expect(oddCharacters('ａｂｃｄｅ')).toBe(
      ' (it contains U+FF41 at position 1, U+FF42 at position 2, U+FF43 at position 3, and 2 more such characters)',
    );
    expect(oddCharacters('plain_id')).toBe('');
  });
});

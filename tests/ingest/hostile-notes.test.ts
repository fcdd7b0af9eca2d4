/**
 * Notes (data/<client>/notes/<YYYY-MM>.md|mdx) are checked by validate: their names,
 * their front matter against the schema the pages read them with, their MDX syntax, and
 * that they run no code. Today is frozen at 2026-11-30.
 */
import { closeSync, ftruncateSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { isLiteral, NOTE_COMPONENTS, onlyComments } from '../../src/ingest/note-code.ts';
import { cleanUpTempDirs, expectProblems, latin1, oneClient, shown, type DirSpec } from './helpers.ts';

cleanUpTempDirs();

const CSV = { 'a.csv': 'date,platform,impressions\n2026-09-01,x,5\n' };
const CODE = 'code in a note would run while the site is built';

function load(notes: DirSpec, clientYaml?: string) {
  const files: DirSpec = { ...CSV };
  for (const [name, content] of Object.entries(notes)) files[`notes/${name}`] = content;
  const dir = oneClient(files, clientYaml);
  const result = loadDataDir(dir, { today: '2026-11-30' });
  return { ...result, dir, at: (name: string) => shown(path.join(dir, 'acme/notes', name)) };
}

describe('notes file names', () => {
  it('accepts a month that has begun, in .md and .mdx', () => {
    expect(load({ '2026-09.md': 'Fine.\n', '2026-11.mdx': 'Also *fine*.\n' }).problems).toEqual([]);
  });

  it('refuses a second note for the same month, which would hide one of the two', () => {
    const { problems, at } = load({ '2026-09.md': 'One.\n', '2026-09.mdx': 'Two.\n' });
    expectProblems(problems, [
      {
        file: at('2026-09.mdx'),
        line: 1,
        column: 1,
        says: ['found a second note for 2026-09 beside "2026-09.md", expected one note per month'],
      },
    ]);
  });

  it('refuses names that are no period, an upper-case extension, a month not begun, a week of a monthly client and stray files', () => {
    const { problems, at, dir } = load({
      '2026-Q3.md': 'x\n',
      '2025.md': 'x\n',
      '2026-W47.md': 'x\n',
      '2025-W53.md': 'x\n',
      'october.md': 'x\n',
      '2026-09.MD': 'x\n',
      '2026-13.md': 'x\n',
      '2027-01.md': 'x\n',
      '1999-12.md': 'x\n',
      'ideas.txt': 'x\n',
      'drafts/2026-10.md': 'x\n',
    });
    expectProblems(problems, [
      {
        file: at('1999-12.md'),
        line: 1,
        column: 1,
        says: ['found notes for 1999-12, expected a month from 2000-01-01 on'],
      },
      {
        file: at('2025-W53.md'),
        line: 1,
        column: 1,
        says: ['a week YYYY-Www that the year has'],
      },
      { file: at('2026-09.MD'), line: 1, column: 1, says: ['expected the extension in lower case (2026-09.md)'] },
      {
        file: at('2026-13.md'),
        line: 1,
        column: 1,
        says: ["expected a period of the client's gregorian calendar: a month YYYY-MM (01 to 12)"],
      },
      {
        file: at('2026-W47.md'),
        line: 1,
        column: 1,
        says: ["found notes for 2026-W47, a week, expected notes for the client's reports: month, quarter, year"],
      },
      {
        file: at('2027-01.md'),
        line: 1,
        column: 1,
        says: ['found notes for 2027-01, a month that has not begun (today is 2026-11-30)', 'check the year'],
      },
      { file: at('drafts'), line: 1, column: 1, says: ['found the folder "drafts"', 'never shown'] },
      {
        file: at('ideas.txt'),
        line: 1,
        column: 1,
        says: ['found the notes file "ideas.txt"', 'YYYY-MM.md or YYYY-MM.mdx', 'YYYY-Qn.md for a quarter'],
      },
      {
        file: at('october.md'),
        line: 1,
        column: 1,
        says: ['found the notes file "october.md"', 'YYYY-MM.md or YYYY-MM.mdx (2026-11.md)'],
      },
    ]);
    expect(dir).toBeTruthy();
  });

  it("reads a Persian client's note names as Solar Hijri months", () => {
    // 1405-08 (Aban) began on 2026-10-23; 1405-10 (Dey) begins on 2026-12-22
    const { problems, at } = load({ '1405-08.md': 'x\n', '1405-10.md': 'x\n' }, 'name: Acme\ncalendar: persian\n');
    expectProblems(problems, [
      { file: at('1405-10.md'), line: 1, column: 1, says: ['found notes for 1405-10, a month that has not begun'] },
    ]);
  });

  it('refuses a note that is not UTF-8, and one over 1 MiB before reading it', () => {
    const { problems, at, dir } = load({ '2026-09.md': latin1('Caf\xe9\n'), '2026-10.md': '' });
    const fd = openSync(path.join(dir, 'acme/notes/2026-10.md'), 'r+');
    ftruncateSync(fd, 3 * 2 ** 20);
    closeSync(fd);
    const again = loadDataDir(dir, { today: '2026-11-30' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('found byte 0xE9, which is not UTF-8')]);
    expectProblems(again.problems, [
      { file: at('2026-09.md'), line: 1, column: 4, says: ['0xE9'] },
      {
        file: at('2026-10.md'),
        line: 1,
        column: 1,
        says: ['found a file of 3,145,728 bytes (3.00 MiB), expected at most 1,048,576 bytes'],
      },
    ]);
  });
});

describe('front matter', () => {
  it('refuses win: for wins: at its line, with a did-you-mean', () => {
    const { problems, at } = load({ '2026-09.md': '---\nwin:\n  - Sales doubled.\n---\n\nText.\n' });
    expectProblems(problems, [
      {
        file: at('2026-09.md'),
        line: 2,
        column: 1,
        says: [
          'found unknown setting "win", expected one of wins, losses, opportunities, drafted_highlights',
          'did you mean "wins"?',
        ],
      },
    ]);
  });

  it('refuses a line where a list is expected, yes for a boolean, an empty line, and a repeated key', () => {
    const { problems, at } = load({
      '2026-09.md':
        '---\nwins: Sales doubled.\ndrafted_highlights: yes\nlosses:\n  - ""\nopportunities: []\nopportunities: []\n---\n',
    });
    expectProblems(problems, [
      { file: at('2026-09.md'), line: 2, column: 7, says: ['wins: found "Sales doubled.", expected a list of lines'] },
      {
        file: at('2026-09.md'),
        line: 3,
        column: 21,
        says: ['drafted_highlights: found "yes", expected true or false'],
      },
      {
        file: at('2026-09.md'),
        line: 5,
        column: 5,
        says: ['losses.0: found "\\"\\"", expected a line of text, not an empty one'],
      },
      { file: at('2026-09.md'), line: 7, column: 1, says: ['found "opportunities" a second time (first at line 6)'] },
    ]);
  });

  it('refuses YAML that cannot be read, at its line in the file, and front matter never closed', () => {
    const broken = load({ '2026-09.md': '---\nwins: [one\n---\n' });
    expect(broken.problems.map((p) => [p.file, p.line >= 2, p.message.slice(0, 51)])).toEqual([
      [broken.at('2026-09.md'), true, 'found front matter that cannot be read as YAML (Flo'],
    ]);
    const open = load({ '2026-09.md': '---\nwins:\n  - a\n\nText.\n' });
    expectProblems(open.problems, [{ file: open.at('2026-09.md'), line: 1, column: 1, says: ['never closed'] }]);
  });

  it('is checked with the schema the pages read notes with', () => {
    const pages = readFileSync(path.resolve(import.meta.dirname, '../../src/site/notes.ts'), 'utf8');
    expect(pages).toContain("import { notesSchema, type NoteData } from '../ingest/notes-schema.ts';");
    expect(pages).toContain('notesSchema.parse(');
  });
});

describe('MDX syntax', () => {
  it('reports a tag never closed at its line and column, after the front matter', () => {
    const { problems, at } = load({ '2026-09.mdx': '---\nwins:\n  - a\n---\n\nSee <KpiCard metric="ctr"\n\nmore\n' });
    expectProblems(problems, [
      {
        file: at('2026-09.mdx'),
        line: 6,
        column: 5,
        says: ['found MDX that cannot be read (', 'expected Markdown, HTML elements and report components'],
      },
    ]);
  });

  it('reports a closing tag that closes nothing open', () => {
    const { problems, at } = load({ '2026-09.mdx': 'Hello\n\n<div>\n\n</span>\n' });
    expectProblems(problems, [
      { file: at('2026-09.mdx'), line: 5, column: 1, says: ['Unexpected closing tag `</span>`'] },
    ]);
  });
});

describe('notes run no code', () => {
  it('refuses import, export and expressions, where the build would run them', () => {
    const { problems, at } = load({
      '2026-09.mdx': [
        "import fs from 'node:fs'",
        '',
        'export const secret = process.env.REPORT_PASSWORD',
        '',
        'The build stops here: {process.exit(1)}',
        '',
        '{/* a comment is fine */}',
        '',
      ].join('\n'),
    });
    expectProblems(problems, [
      {
        file: at('2026-09.mdx'),
        line: 1,
        column: 1,
        says: [`found the import or export "import fs from 'node:fs'"`, CODE],
      },
      { file: at('2026-09.mdx'), line: 3, column: 1, says: ['found the import or export "export const secret', CODE] },
      { file: at('2026-09.mdx'), line: 5, column: 23, says: ['found the expression {process.exit(1)}', CODE] },
    ]);
  });

  it('allows report components with plain values, and refuses props, spreads, handlers and unknown components', () => {
    const ok = load({
      '2026-09.mdx':
        '<KpiCard metric="ctr" />\n\n<KpiGrid metrics={["ctr", \'cpc\']} platform="all" />\n\n<TrendChart metric={"reach"} />\n\n<a href="https://example.com">link</a>\n',
    });
    expect(ok.problems).toEqual([]);
    const { problems, at } = load({
      '2026-09.mdx': [
        '<KpiGrid metrics={props.report.metrics} />',
        '',
        '<KpiCard {...props} />',
        '',
        '<a href="#" onClick="steal()">x</a>',
        '',
        '<div set:html="<script>x</script>" />',
        '',
        '<script>alert(1)</script>',
        '',
        '<KpiCrad metric="ctr" />',
        '',
        '<props.Evil />',
        '',
        '<a href="javascript:alert(1)">x</a>',
        '',
      ].join('\n'),
    });
    expectProblems(problems, [
      {
        file: at('2026-09.mdx'),
        line: 1,
        column: 1,
        says: ['found metrics={props.report.metrics} on <KpiGrid>, where a plain value is expected'],
      },
      { file: at('2026-09.mdx'), line: 3, column: 1, says: ['found the attributes {...props} on <KpiCard>'] },
      { file: at('2026-09.mdx'), line: 5, column: 1, says: ['found the attribute onClick on <a>'] },
      { file: at('2026-09.mdx'), line: 7, column: 1, says: ['found the attribute set:html on <div>'] },
      { file: at('2026-09.mdx'), line: 9, column: 1, says: ['found the element <script>'] },
      {
        file: at('2026-09.mdx'),
        line: 11,
        column: 1,
        says: ['found the component <KpiCrad>', 'did you mean "KpiCard"?'],
      },
      { file: at('2026-09.mdx'), line: 13, column: 1, says: ['found the component <props.Evil>'] },
      { file: at('2026-09.mdx'), line: 15, column: 1, says: ['found the link "javascript:alert(1)" on <a>'] },
    ]);
  });

  it('refuses a script in the raw HTML of a Markdown note, and keeps plain HTML', () => {
    const { problems, at } = load({
      '2026-09.md': 'Fine <b>bold</b>.\n\n<script>alert(1)</script>\n\nHi <img src=x onerror="alert(1)">\n',
    });
    expectProblems(problems, [
      { file: at('2026-09.md'), line: 3, column: 1, says: ['found the HTML "<script>alert(1)</script>"'] },
      { file: at('2026-09.md'), line: 5, column: 4, says: ['found the HTML "<img src=x onerror=\\"alert(1)\\">"'] },
    ]);
  });

  it('lets a note place every report component but Commentary, where the note itself goes', () => {
    const index = readFileSync(path.resolve(import.meta.dirname, '../../src/components/report-components.ts'), 'utf8');
    const exported = [...index.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);
    expect([...NOTE_COMPONENTS]).toEqual(exported.filter((name) => name !== 'Commentary'));
  });

  it('reads literal values and comments without evaluating anything', () => {
    for (const code of ['"a"', "'b'", '-1.5', 'true', 'null', '[]', '["ctr", \'cpc\', 3, [true]]', ' [ "a" , ] ']) {
      expect(isLiteral(code), code).toBe(true);
    }
    for (const code of ['props', '"a" + "b"', '`x${y}`', '[a]', '({})', '["a"', 'process.exit(1)', '1e9']) {
      expect(isLiteral(code), code).toBe(false);
    }
    expect(onlyComments(' /* a */ // b\n /* c */ ')).toBe(true);
    expect(onlyComments('/* a */ x /* b */')).toBe(false);
    expect(onlyComments('/* never closed')).toBe(false);
  });
});

/**
 * The real messages Recap gives (tests/fixtures/messages.txt and the golden cases'
 * validate output) and the message patterns of docs/errors.md, matched against each
 * other by tests/docs/errors-page.test.ts.
 *
 * A pattern is the first `code` of a row whose table's first column is headed
 * "message". In it, `...` and `<name>` stand for any text, a "quoted" value for any
 * value found (quoted, or the words "an empty cell" or "nothing"), and a number for any number; the rest must be the message's own words.
 * A pattern matches a message that starts with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURE = 'tests/fixtures/messages.txt';
export const ERRORS_PAGE = 'docs/errors.md';
/** The golden cases pin what validate prints, so their messages are always the current ones. */
const GOLDEN = 'tests/golden';

/** A pattern needs this many characters of the message's own words to say which message it is. */
export const MIN_LITERAL = 12;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Temporary folders of the tests shown as a data folder, and the project as /project, so the fixture reads the same on every machine. */
export function normaliseMessage(message: string, cwd = process.cwd(), tmp = tmpdir()): string {
  const relative = path.relative(cwd, tmp).split(path.sep).join('/');
  const folder = String.raw`recap-[a-z-]+?-[A-Za-z0-9]{6}`;
  return message
    .replace(new RegExp(`${escapeRegex(relative)}/${folder}`, 'g'), 'data')
    .replace(new RegExp(`${escapeRegex(tmp)}/${folder}`, 'g'), '/elsewhere')
    // A link's target is shown whole: the project's own path differs from machine to machine.
    .replace(new RegExp(`${escapeRegex(cwd)}/`, 'g'), '/project/');
}

function fixtureMessages(root: string): string[] {
  return readFileSync(path.join(root, FIXTURE), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => JSON.parse(line) as string);
}

/** The messages of `file:line:column: message` lines in the golden cases' expected validate output. */
function goldenMessages(root: string): string[] {
  const golden = path.join(root, GOLDEN);
  const messages: string[] = [];
  for (const name of readdirSync(golden)) {
    const file = path.join(golden, name, 'expected', 'validate.txt');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const located = /^.+?:\d+:\d+: (.+)$/.exec(line);
      if (located) messages.push(located[1]!);
    }
  }
  return messages;
}

/** Every distinct message Recap is known to give. */
export function knownMessages(root = process.cwd()): string[] {
  return [...new Set([...fixtureMessages(root), ...goldenMessages(root)])];
}

export interface PatternRow {
  /** The pattern as the page writes it. */
  readonly pattern: string;
  /** 1-based line in the page. */
  readonly line: number;
  readonly regex: RegExp;
  /** How many characters of it are the message's own words. */
  readonly literal: number;
}

const TOKEN = /\.\.\.|<[^<>]+>|"(?:[^"\\]|\\.)*"|\d+(?:[.,]\d+)*/g;

/** The regular expression a pattern stands for, and how much of it is literal. */
export function compilePattern(pattern: string): { regex: RegExp; literal: number } {
  let source = '^';
  let literal = 0;
  let last = 0;
  const words = (text: string) => {
    literal += text.replace(/\s+/g, '').length;
    source += text
      .split(/\s+/)
      .map(escapeRegex)
      .join(String.raw`\s+`);
  };
  for (const match of pattern.matchAll(TOKEN)) {
    words(pattern.slice(last, match.index));
    const token = match[0];
    if (token === '...' || token.startsWith('<')) source += '.*?';
    else if (token.startsWith('"')) source += String.raw`(?:"(?:[^"\\]|\\.)*"|an empty cell|nothing)`;
    else source += String.raw`-?\d+(?:[.,]\d+)*`;
    last = match.index + token.length;
  }
  words(pattern.slice(last));
  return { regex: new RegExp(source, 'u'), literal };
}

/** The message patterns of the page: the first `code` of each row of a table headed "message ...". */
export function patternRows(page: string): PatternRow[] {
  const rows: PatternRow[] = [];
  let inMessageTable = false;
  page.split('\n').forEach((text, index) => {
    if (!text.startsWith('|')) {
      inMessageTable = false;
      return;
    }
    const first = text
      .slice(1)
      .split(/(?<!\\)\|/)[0]!
      .trim();
    if (/^message\b/i.test(first)) {
      inMessageTable = true;
      return;
    }
    if (!inMessageTable || /^:?-+:?$/.test(first)) return;
    const code = /`([^`]+)`/.exec(first);
    if (!code) return;
    const pattern = code[1]!.replaceAll('\\|', '|');
    rows.push({ pattern, line: index + 1, ...compilePattern(pattern) });
  });
  return rows;
}

export interface PageCheck {
  /** Messages no row's pattern matches. */
  readonly undocumented: string[];
  /** Rows whose pattern matches no known message: the message changed or is gone. */
  readonly stale: PatternRow[];
  /** Rows whose pattern is too short to say which message it documents. */
  readonly vague: PatternRow[];
}

export function checkErrorsPage(page: string, messages: readonly string[]): PageCheck {
  const rows = patternRows(page);
  const used = new Set<PatternRow>();
  const undocumented: string[] = [];
  for (const message of messages) {
    const matching = rows.filter((row) => row.regex.test(message));
    if (matching.length === 0) undocumented.push(message);
    for (const row of matching) used.add(row);
  }
  return {
    undocumented,
    stale: rows.filter((row) => !used.has(row)),
    vague: rows.filter((row) => row.literal < MIN_LITERAL),
  };
}

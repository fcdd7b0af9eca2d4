/**
 * The analysts' notes: data/<client>/notes/<period>.md or .mdx, one per report (a month
 * 2026-09, and by the client's cadence a week 2026-W48 or two months 2026-B6; a quarter
 * 2026-Q3 or a year 2026 for the reviews),
 * checked as strictly as the CSVs so that a build never meets an error validate missed.
 *
 * - The file name is a period of the client's calendar that has begun and that the client
 *   has a report of (2026-09.md): any other name (october.md, 2026-09.MD, a week's note
 *   for a monthly client) would never be shown.
 * - The front matter matches `notesSchema`, the one schema the pages read notes with too.
 * - The text is Markdown or MDX that parses, with the line and column of an error.
 * - A note runs no code. MDX compiles to JavaScript that runs while the site is built:
 *   an `import`, an `export` or a `{...}` expression in a note would run there, and in
 *   CI read what the build can (the report passwords in its environment, say). Notes
 *   are data written by many hands, so they hold Markdown, HTML elements and the report
 *   components with plain values; code belongs in templates, which developers review.
 *   Nor may a note put script into the published page (<script>, onclick=, set:html).
 */
import path from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { isoDate } from '../model/calendar.ts';
import type { ClientPeriods, PeriodKind } from '../model/periods.ts';
import { decodeUtf8, type TextKind } from './csv.ts';
import { readLimited, resolveEntry, type Boundary } from './data-paths.ts';
import type { FileSystem } from './file-system.ts';
import type { DateWindow } from './date-window.ts';
import { quote, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';
import { keyNodeAt, nodeAt, plainValue, repeatedKeys } from './yaml-nodes.ts';
import { checkNoteCode } from './note-code.ts';
import { NOTE_KEYS, notesSchema } from './notes-schema.ts';

export const NOTES_FOLDER = 'notes';
/** A month's commentary is a few kilobytes. */
export const MAX_NOTE_BYTES = 2 ** 20;

export const NOTE_NAME = /^(\d{4}(?:-\d{2}|-W\d{2}|-B\d|-Q\d)?)\.(md|mdx)$/;

const NOTE_TEXT: TextKind = {
  expected: 'Markdown text',
  saveAs: 'save the note again as UTF-8 (in a text editor: "Save with encoding: UTF-8")',
  allowEmpty: true,
};

const KIND_NAMES: Readonly<Record<PeriodKind, string>> = {
  week: 'week',
  month: 'month',
  bimonth: 'two-month period',
  quarter: 'quarter',
  year: 'year',
};

export interface NotesContext {
  readonly periods: ClientPeriods;
  /** The kinds of report the client has (client.yaml cadence:, and the reviews). */
  readonly kinds: readonly PeriodKind[];
  readonly window: DateWindow;
  readonly bound: Boundary;
  readonly shown: (absolute: string) => string;
  readonly problems: Problem[];
  readonly fs: FileSystem;
}

/** Checks every file of the client folder's notes/; a client without one has nothing to check. */
export function checkNotes(clientFolder: string, context: NotesContext): void {
  const folder = path.join(clientFolder, NOTES_FOLDER);
  const entry = safeEntry(folder, context);
  if (entry === null) return;
  if (entry !== 'folder') {
    context.problems.push({
      file: context.shown(folder),
      line: 1,
      column: 1,
      message: `found a file named notes, expected a folder notes/ holding one YYYY-MM.md or .mdx file per month`,
    });
    return;
  }
  const monthsSeen = new Map<string, string>();
  for (const name of context.fs
    .list(folder)
    .map((entry) => entry.name)
    .sort()) {
    if (name.startsWith('.')) continue;
    const file = path.join(folder, name);
    const month = NOTE_NAME.exec(name)?.[1];
    if (month !== undefined) {
      const first = monthsSeen.get(month);
      if (first !== undefined) {
        context.problems.push(
          at(
            context,
            file,
            1,
            1,
            `found a second note for ${month} beside ${quote(first)}, expected one note per month: keep one of the two`,
          ),
        );
        continue;
      }
      monthsSeen.set(month, name);
    }
    // A link that leads out of the data folder was reported as the client's files were listed.
    const kind = safeEntry(file, context);
    if (kind !== 'file') {
      if (kind === 'folder') {
        context.problems.push(
          at(
            context,
            file,
            1,
            1,
            `found the folder ${quote(name)}, expected only notes files YYYY-MM.md or .mdx in notes/: a note in a subfolder is never shown`,
          ),
        );
      }
      continue;
    }
    checkNote(file, name, context);
  }
}

function safeEntry(file: string, context: NotesContext): 'file' | 'folder' | null {
  try {
    const entry = resolveEntry(file, [context.bound], context.shown, context.fs);
    return 'problem' in entry ? null : entry.kind;
  } catch {
    return null;
  }
}

function at(context: NotesContext, file: string, line: number, column: number, message: string): Problem {
  return { file: context.shown(file), line, column, message };
}

function checkNote(file: string, name: string, context: NotesContext): void {
  const { periods, window, problems } = context;
  const match = NOTE_NAME.exec(name);
  if (!match) {
    const extension = /\.(md|mdx)$/i.exec(name);
    const why =
      extension && NOTE_NAME.test(name.slice(0, -extension[0].length) + extension[0].toLowerCase())
        ? `expected the extension in lower case (${name.slice(0, -extension[0].length)}${extension[0].toLowerCase()})`
        : `expected a file named after the report it comments, such as YYYY-MM.md or YYYY-MM.mdx (${isoDate(window.today).slice(0, 7)}.md), YYYY-Qn.md for a quarter`;
    problems.push(
      at(
        context,
        file,
        1,
        1,
        `found the notes file ${quote(name)}, ${why}: Recap shows a note only in the report it is named after`,
      ),
    );
    return;
  }
  const month = periods.parse(match[1]!);
  if (month === null) {
    problems.push(
      at(
        context,
        file,
        1,
        1,
        `found the notes file ${quote(name)}, expected a period of the client's ${periods.calendarId} calendar: a month YYYY-MM (01 to 12), a week YYYY-Www that the year has, two months YYYY-Bn (1 to 6), a quarter YYYY-Qn (1 to 4) or a year YYYY`,
      ),
    );
    return;
  }
  if (!context.kinds.includes(month.kind)) {
    problems.push(
      at(
        context,
        file,
        1,
        1,
        `found notes for ${month.id}, a ${KIND_NAMES[month.kind]}, expected notes for the client's reports: ${context.kinds.map((kind) => KIND_NAMES[kind]).join(', ')} (client.yaml cadence:)`,
      ),
    );
    return;
  }
  const first = month.span.from;
  if (first > window.today) {
    problems.push(
      at(
        context,
        file,
        1,
        1,
        `found notes for ${month.id}, a ${KIND_NAMES[month.kind]} that has not begun (today is ${isoDate(window.today)}), expected notes for a ${KIND_NAMES[month.kind]} with a report: check the year`,
      ),
    );
    return;
  }
  if (month.span.to < window.earliest) {
    problems.push(
      at(
        context,
        file,
        1,
        1,
        `found notes for ${month.id}, expected a ${KIND_NAMES[month.kind]} from ${isoDate(window.earliest)} on, like the data's dates`,
      ),
    );
    return;
  }

  const shownFile = context.shown(file);
  const loaded = readLimited(
    file,
    shownFile,
    MAX_NOTE_BYTES,
    "a month's notes are a few kilobytes of text; put data in CSV files",
    context.fs,
  );
  const decoded = 'problem' in loaded ? loaded : decodeUtf8(shownFile, loaded.bytes, NOTE_TEXT);
  if ('problem' in decoded) {
    problems.push(decoded.problem);
    return;
  }
  const text = decoded.text;
  checkFrontMatter(shownFile, text, problems);
  checkBody(shownFile, text, match[2] === 'mdx', problems);
}

/** The YAML between a first line `---` and the next `---` line, checked against notesSchema. */
function checkFrontMatter(file: string, text: string, problems: Problem[]): void {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'found front matter (a first line ---) that is never closed, expected a line --- after its settings',
    });
    return;
  }
  const yaml = text.slice(open[0].length, open[0].length + close.index);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: false });
  // The YAML starts on the file's second line.
  const where = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line + 1, column: pos.col };
  };
  const push = (offset: number | undefined, message: string) => problems.push({ file, ...where(offset), message });
  if (doc.errors.length > 0) {
    for (const error of doc.errors.slice(0, 20)) {
      push(
        error.pos[0],
        `found front matter that cannot be read as YAML (${error.message.split('\n')[0]}), expected lines of "key: value"`,
      );
    }
    return;
  }
  for (const { key, node, first } of repeatedKeys(doc)) {
    push(
      node.range?.[0],
      `found ${quote(key)} a second time (first at line ${where(first.range?.[0]).line}), expected each setting once`,
    );
  }
  if (doc.contents === null) return;
  if (!isMap(doc.contents)) {
    push(
      doc.contents.range?.[0],
      `found front matter that is not settings, expected settings such as "wins:" with lines "- ..." under them (${NOTE_KEYS.join(', ')})`,
    );
    return;
  }
  const plain = plainValue(doc);
  if ('alias' in plain) {
    push(plain.alias?.range?.[0], 'found YAML aliases (*name) that expand to too many copies, expected plain settings');
    return;
  }
  const result = notesSchema.safeParse(plain.value);
  if (result.success) return;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        push(
          keyNodeAt(doc, issue.path, key)?.range?.[0],
          `found unknown setting ${quote(key)}, expected one of ${NOTE_KEYS.join(', ')}${didYouMean(key, NOTE_KEYS)}`,
        );
      }
      continue;
    }
    const node = nodeAt(doc, issue.path);
    const found = node?.range ? quote(yaml.slice(node.range[0], node.range[1]).trim()) : 'nothing';
    push(node?.range?.[0], `${issue.path.join('.')}: found ${found}, ${issue.message}`);
  }
}

/** Markdown or MDX that parses, and runs no code. */
function checkBody(file: string, text: string, mdx: boolean, problems: Problem[]): void {
  let tree: MdastNode;
  try {
    tree = mdx ? mdxToMdast(text) : markdownToMdast(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+): /.exec(message);
    const reason = (place ? message.slice(place[0].length) : message).replace(/ \([a-z-]+:[a-z-]+\)$/, '');
    problems.push({
      file,
      line: place ? Number(place[1]) : 1,
      column: place ? Number(place[2]) : 1,
      message: `found MDX that cannot be read (${reason}), expected Markdown, HTML elements and report components such as <KpiCard metric="ctr" />: in MDX, a < or { starts a tag or an expression (write &lt; and \\{ for the characters)`,
    });
    return;
  }
  checkNoteCode(file, tree, problems);
}

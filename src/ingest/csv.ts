/**
 * Turning a file's bytes into CSV records that remember where they came from.
 *
 * papaparse does the parsing; this module adds what a person fixing a file needs:
 * the line of every record, the column of every field, and a located problem for
 * anything that is not CSV text (another encoding, a binary file, an unclosed quote).
 */
import Papa from 'papaparse';
import { isUtf8 } from 'node:buffer';
import { quote, type Problem } from './problems.ts';

export interface CsvRecord {
  readonly fields: string[];
  /** 1-based line where the record starts. */
  readonly line: number;
  /** Offset of the record's first character in the text, for locating its fields. */
  readonly offset: number;
}

/** A whole file's records, and what kept parts of it from being parsed. */
export interface ParsedCsv {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly Problem[];
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: Problem };

const UTF8_BOM = '\ufeff';

/** What a text file should be, for the messages about one that is not. */
export interface TextKind {
  /** "CSV text". */
  readonly expected: string;
  /** How to make one: 'save it again as "CSV UTF-8"'. */
  readonly saveAs: string;
  /** An empty file is for the caller to judge (an empty client.yaml has its own message). */
  readonly allowEmpty?: boolean;
}

export const CSV_TEXT: TextKind = { expected: 'CSV text', saveAs: 'save it again as "CSV UTF-8"' };

/** File signatures of what is most often dropped into a folder by mistake, or renamed. */
const SIGNATURES: ReadonlyArray<{ readonly bytes: readonly number[]; readonly found: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], found: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], found: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], found: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], found: 'a PDF document' },
  { bytes: [0x1f, 0x8b], found: 'a gzip-compressed file (decompress it first)' },
  { bytes: [0x50, 0x4b], found: 'a zip archive or Excel workbook' },
];

/** What a file that is not text is, by its first bytes; null when it may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte)) return signature.found;
  }
  // RIFF....WEBP
  if (bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42) {
    return 'a WebP image';
  }
  return null;
}

/** Decodes a file that must be UTF-8 text; says what it looks like instead when it is not. */
export function decodeUtf8(file: string, bytes: Uint8Array, kind: TextKind = CSV_TEXT): DecodeResult {
  const fail = (line: number, column: number, message: string): DecodeResult => ({
    ok: false,
    problem: { file, line, column, message },
  });
  if (bytes.length === 0) {
    if (kind.allowEmpty) return { ok: true, text: '' };
    return fail(1, 1, 'the file is empty; expected a header row such as date,platform,impressions and then data rows');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(1, 1, `found UTF-16 text, expected UTF-8: open the file and ${kind.saveAs}`);
  }
  const binary = binaryKind(bytes);
  if (binary !== null) {
    const how = binary.startsWith('a zip')
      ? 'export the sheet as "CSV UTF-8"'
      : `a file renamed is still what it was; ${kind.saveAs}`;
    return fail(1, 1, `found ${binary}, expected ${kind.expected}: ${how}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = byteLocation(bytes, nul);
    return fail(line, column, `found a NUL byte (binary data), expected ${kind.expected} saved as UTF-8`);
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    const { line, column } = byteLocation(bytes, offset);
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(
      line,
      column,
      `found byte 0x${byte}, which is not UTF-8, expected UTF-8 text: the file is probably in a legacy encoding such as Windows-1252 or Windows-1256; ${kind.saveAs}`,
    );
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  return { ok: true, text };
}

/** Line and character column of a byte; the bytes before it on its line are valid UTF-8. */
function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}

/** The allowed range of the byte after each lead byte (RFC 3629), which rules out overlongs and surrogates. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** Only called once a file is known not to be UTF-8, to point at the first bad byte. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return 0;
}

/**
 * Calls `onRecord` for every non-blank record, in order. Structural problems
 * (an unclosed or misplaced quote) are returned with their location.
 */
/**
 * A line of a quote-free file, offered before it is split: `start` and `stop` bound
 * its text (line end excluded). Return true or false once handled, or undefined to
 * have it split and passed to `onRecord` as usual.
 */
export type PlainLineReader = (start: number, stop: number, line: number) => boolean | undefined;

export function readCsvRecords(
  file: string,
  text: string,
  onRecord: (record: CsvRecord) => void,
  onPlainLine?: () => PlainLineReader | undefined,
  delimiter: Delimiter = ',',
): Problem[] {
  if (isPlainCsv(text)) {
    readPlainRecords(text, onRecord, onPlainLine, delimiter);
    return [];
  }
  const problems: Problem[] = [];
  let line = 1;
  let offset = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    // Parsing in chunks keeps only a chunk's lines alive at a time instead of the whole
    // file's: less for the garbage collector to trace, and faster on large files.
    chunkSize: 256 * 1024,
    step(result) {
      const start = offset;
      const end = result.meta.cursor;
      // papaparse reads a misplaced quote as one never closed too; the first diagnosis is the useful one.
      const error = result.errors.find((e) => e.code === 'InvalidQuotes') ?? result.errors[0];
      if (error) {
        const quoted = error.code === 'InvalidQuotes' || error.code === 'MissingQuotes';
        // papaparse's error index counts from the start of its chunk, not of the file; the
        // field in trouble is the record's last, which swallowed the rest of the text.
        const at = quoted
          ? fieldLocation(text, { line, offset: start }, Math.max(0, result.data.length - 1))
          : { line, column: 1 };
        const rest = 'the rest of the file could not be read';
        const message =
          error.code === 'MissingQuotes'
            ? `found a quoted field that is never closed, expected a closing " before the end of the line; ${rest}`
            : error.code === 'InvalidQuotes'
              ? `found text after a closing quote, expected a comma or the end of the line right after the closing "; ${rest}`
              : `found malformed CSV (${error.message}), expected ${delimiter === ',' ? 'comma' : delimiter === ';' ? 'semicolon' : 'tab'}-separated values`;
        problems.push({ file, ...at, message });
      }
      const fields = result.data;
      const blank = fields.length === 1 && fields[0]!.trim() === '';
      if (!blank && result.errors.length === 0) onRecord({ fields, line, offset: start });
      line += countNewlines(text, start, end);
      offset = end;
    },
  });
  return problems;
}

/**
 * Text without a single double quote has no quoted fields: each line is a record and
 * each comma a separator. papaparse's own fast mode splits such text the same way;
 * doing it here skips the per-row result objects of its step mode, which cost about
 * as much as the splitting. Lines must end in LF or CRLF (a file of bare CR line
 * ends, from old Mac software, goes through papaparse).
 */
function isPlainCsv(text: string): boolean {
  return !text.includes('"') && (text.includes('\n') || !text.includes('\r'));
}

function readPlainRecords(
  text: string,
  onRecord: (record: CsvRecord) => void,
  onPlainLine: (() => PlainLineReader | undefined) | undefined,
  delimiter: Delimiter,
): void {
  let line = 1;
  let offset = 0;
  while (offset < text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const stop = end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const first = stop > offset ? text.charCodeAt(offset) : 0;
    // A line starting with a letter, digit or sign is not blank; anything else is looked at closely.
    const plain = first > 32 && first !== 127;
    const reader = plain ? onPlainLine?.() : undefined;
    if (reader === undefined || reader(offset, stop, line) === undefined) {
      const content = text.slice(offset, stop);
      const blank = content.length === 0 || (content.charCodeAt(0) <= 32 && content.trim() === '');
      if (!blank) onRecord({ fields: content.split(delimiter), line, offset });
    }
    line++;
    offset = end + 1;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** 1-based column in characters: an emoji is one character but two UTF-16 code units. */
export function columnOf(text: string, lineStart: number, offset: number): number {
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) column++;
  }
  return column;
}

/** Where field `index` of a record starts; a field after a quoted line break sits on a later line. */
export function fieldLocation(
  text: string,
  record: Pick<CsvRecord, 'line' | 'offset'>,
  index: number,
): { line: number; column: number } {
  return new FieldLocator(text).locate(record, index);
}

/**
 * fieldLocation that goes on from where it stopped when asked for a later field of the
 * same record: a header of 500,000 columns with a problem in each is walked once, not
 * once per problem (which took 25 seconds for 80,000 columns).
 */
export class FieldLocator {
  readonly #text: string;
  /** The record being walked (its offset), and where the walk stands in it. */
  #record = -1;
  #field = 0;
  #at = 0;
  #line = 0;
  #column = 1;
  #inQuotes = false;

  readonly #delimiter: number;

  constructor(text: string, delimiter: Delimiter = ',') {
    this.#text = text;
    this.#delimiter = delimiter.charCodeAt(0);
  }

  locate(record: Pick<CsvRecord, 'line' | 'offset'>, index: number): { line: number; column: number } {
    if (record.offset !== this.#record || index < this.#field) {
      this.#record = record.offset;
      this.#field = 0;
      this.#at = record.offset;
      this.#line = record.line;
      this.#column = 1;
      this.#inQuotes = false;
    }
    const text = this.#text;
    let at = this.#at;
    let field = this.#field;
    let line = this.#line;
    let column = this.#column;
    let inQuotes = this.#inQuotes;
    for (; at < text.length && field < index; at++) {
      const code = text.charCodeAt(at);
      if (code === 34) inQuotes = !inQuotes;
      else if (code === this.#delimiter && !inQuotes) field++;
      else if (code === 10) {
        if (!inQuotes) break;
        line++;
        column = 1;
        continue;
      }
      // A column counts characters: the second half of a surrogate pair (an emoji) is not one.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    // Stopped short at the record's end: not at the start of a field, so start over next time.
    if (field < index) this.#record = -1;
    this.#at = at;
    this.#field = field;
    this.#line = line;
    this.#column = column;
    this.#inQuotes = inQuotes;
    return { line, column };
  }
}

/** What separates the values of a record: Recap's own files always use commas. */
export type Delimiter = ',' | ';' | '\t';

/**
 * The separator of a platform export: the one a `sep=` line names (Meta writes
 * `sep=\t`), otherwise the one the first line uses most, outside quotes. A file saved by
 * Excel in a European locale uses semicolons.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' || line.includes('\t'));
  const sep = /^\ufeff?sep=(.)/i.exec(lines[0] ?? '');
  if (sep) return sep[1] === ';' ? ';' : sep[1] === '\t' ? '\t' : ',';
  const first = (lines[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  const commas = count(',');
  if (count(';') > commas && count(';') >= count('\t')) return ';';
  if (count('\t') > commas) return '\t';
  return ',';
}

/** Trims only when needed: most cells have no surrounding space. */
export function trimCell(cell: string): string {
  const last = cell.length - 1;
  if (last < 0) return cell;
  const first = cell.charCodeAt(0);
  const end = cell.charCodeAt(last);
  return first > 32 && first < 127 && end > 32 && end < 127 ? cell : cell.trim();
}

export function describeFound(value: string): string {
  return value.trim() === '' ? 'an empty cell' : quote(value);
}

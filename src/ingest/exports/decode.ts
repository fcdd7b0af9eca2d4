/**
 * Turning an export's bytes into text. Meta's daily per-metric files are UTF-16 with a
 * byte order mark; everything else is UTF-8, which csv.ts already knows how to check.
 */
import { decodeUtf8, type DecodeResult } from '../csv.ts';
import type { Problem } from '../problems.ts';

const SAVE_AS_CSV =
  'open it in Excel, Numbers or Google Sheets, choose the sheet to import (LinkedIn workbooks hold one sheet each for followers, content and visitors: save each as its own file) and save it as CSV: Excel "File > Save As > CSV UTF-8 (Comma delimited)", Google Sheets "File > Download > Comma-separated values (.csv)"';

/** The problem for a spreadsheet file (.xlsx, .xls, .ods, .numbers): Recap reads CSV only, and says how to get one. */
export function spreadsheetRefusal(file: string): Problem {
  const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const found =
    extension === 'ods'
      ? 'an OpenDocument spreadsheet'
      : extension === 'numbers'
        ? 'a Numbers spreadsheet'
        : 'an Excel workbook';
  return { file, line: 1, column: 1, message: `found ${found}, expected CSV text: ${SAVE_AS_CSV}` };
}

export function decodeExport(file: string, bytes: Uint8Array): DecodeResult {
  const fail = (message: string): DecodeResult => ({ ok: false, problem: { file, line: 1, column: 1, message } });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(file, bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(file, bytes, 'utf-16be');
  // The legacy .xls (OLE2) signature; decodeUtf8 would only see its NUL bytes.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, problem: spreadsheetRefusal(file) };
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    return fail(
      `found a zip archive or an Excel workbook, expected CSV text: a YouTube Studio download is a zip, so unzip it and add the CSV files inside ("Table data.csv", "Chart data.csv", "Totals.csv"); for a workbook, ${SAVE_AS_CSV}`,
    );
  }
  return decodeUtf8(file, bytes);
}

function decodeUtf16(file: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  if (bytes.length % 2 !== 0) {
    const at = lineAndColumn(new TextDecoder(encoding).decode(bytes.subarray(0, bytes.length - 1)));
    return {
      ok: false,
      problem: {
        file,
        ...at,
        message: `found an odd number of bytes in ${name} text, expected two bytes per character: the file is cut short or damaged; download it again`,
      },
    };
  }
  try {
    // The decoder drops the byte order mark itself.
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const bad = text.indexOf('\ufffd');
    const at = lineAndColumn(text.slice(0, Math.max(0, bad)));
    return {
      ok: false,
      problem: {
        file,
        ...at,
        message: `found a broken character in ${name} text, expected valid ${name}: download the file again`,
      },
    };
  }
}

/** Where the character after `before` sits. */
function lineAndColumn(before: string): { line: number; column: number } {
  const lines = before.replace(/^\ufeff/, '').split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/**
 * Decoding export bytes: UTF-8 with or without BOM, UTF-16 with a BOM (Meta's daily
 * files), and a clear refusal for workbooks and archives.
 */
import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../../src/ingest/exports/index.ts';

const text = 'sep=,\n"Facebook follows"\n"Date","Primary"\n"2025-08-01T00:00:00","20"\n';

function bytes(...parts: Array<number[] | Buffer>): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((part) => (Array.isArray(part) ? Buffer.from(part) : part))));
}

describe('decodeExport', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeExport('a.csv', bytes(Buffer.from(text, 'utf8')))).toEqual({ ok: true, text });
    expect(decodeExport('a.csv', bytes([0xef, 0xbb, 0xbf], Buffer.from(text, 'utf8')))).toEqual({ ok: true, text });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, dropping the BOM', () => {
    expect(decodeExport('a.csv', bytes([0xff, 0xfe], Buffer.from(text, 'utf16le')))).toEqual({ ok: true, text });
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    expect(decodeExport('a.csv', bytes([0xfe, 0xff], bigEndian))).toEqual({ ok: true, text });
  });

  it('reports UTF-16 text cut short', () => {
    const result = decodeExport('a.csv', bytes([0xff, 0xfe], Buffer.from('ab\ncd', 'utf16le'), [0x41]));
    expect(result).toMatchObject({ ok: false, problem: { file: 'a.csv', line: 2, column: 3 } });
    if (!result.ok) expect(result.problem.message).toContain('odd number of bytes in UTF-16LE');
  });

  it('refuses a legacy .xls workbook, saying how to save it as CSV', () => {
    const result = decodeExport('f.xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(result).toMatchObject({ ok: false, problem: { file: 'f.xls', line: 1, column: 1 } });
    if (!result.ok) expect(result.problem.message).toContain('CSV UTF-8');
  });

  it('refuses a zip, pointing at the CSVs inside a YouTube download', () => {
    const result = decodeExport('yt.zip', bytes([0x50, 0x4b, 3, 4, 0]));
    expect(result).toMatchObject({ ok: false, problem: { line: 1, column: 1 } });
    if (!result.ok) expect(result.problem.message).toContain('Table data.csv');
  });

  it('leaves other encodings to the UTF-8 check, which locates the bad byte', () => {
    const result = decodeExport('a.csv', bytes(Buffer.from('Date,Views\ncaf', 'latin1'), [0xe9]));
    expect(result).toMatchObject({ ok: false, problem: { line: 2, column: 4 } });
  });
});

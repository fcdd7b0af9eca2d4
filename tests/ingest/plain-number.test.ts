/**
 * The plain-number grammar that parseDecimal's fast case and the one-pass reading of
 * Recap's own files share: -?digits(.digits)? of at most 15 digits, read where it
 * stands in a line, saying where it ends.
 */
import { describe, expect, it } from 'vitest';
import { parseDecimal, PlainNumber } from '../../src/ingest/numbers.ts';

const plain = new PlainNumber();

/** Where the number read from `start` of `text` ends, and its value; null when none is read. */
function read(text: string, start = 0, stop = text.length): { end: number; value: number } | null {
  const end = plain.read(text, start, stop);
  return end === -1 ? null : { end, value: plain.value };
}

describe('PlainNumber', () => {
  it('reads a number where it stands and says where it ends', () => {
    expect(read('2026-09-01,facebook,1200,12.50,7', 20)).toEqual({ end: 24, value: 1200 });
    expect(read('2026-09-01,facebook,1200,12.50,7', 25)).toEqual({ end: 30, value: 12.5 });
    expect(read('x,-7', 2)).toEqual({ end: 4, value: -7 });
    // It stops where the line stops, whatever follows.
    expect(read('123456', 0, 3)).toEqual({ end: 3, value: 123 });
  });

  it('ends at the first character that cannot continue the number', () => {
    expect(read('12x')).toEqual({ end: 2, value: 12 });
    expect(read('1.5.3')).toEqual({ end: 3, value: 1.5 });
    expect(read('1,234')).toEqual({ end: 1, value: 1 });
  });

  it.each([
    ['.5'],
    ['5.'],
    ['5.,'],
    ['-'],
    ['-.5'],
    ['+5'],
    [' 5'],
    ['۱۲۳'],
    [''],
    ['1234567890123456'],
    ['1.234567890123456'],
  ])('reads no number from %j', (text) => {
    expect(read(text)).toBeNull();
  });

  it('reads 15 digits exactly, as Number() does', () => {
    expect(read('999999999999999')).toEqual({ end: 15, value: 999999999999999 });
    expect(read('0.1234567890123')).toEqual({ end: 15, value: 0.1234567890123 });
    expect(read('-123456.789')?.value).toBe(Number('-123456.789'));
  });

  it('is what parseDecimal takes a whole plain cell to be', () => {
    for (const text of ['0', '7', '-0.5', '1234.5', '000123', '98765.4321']) {
      expect(read(text)).toEqual({ end: text.length, value: parseDecimal(text) });
    }
  });
});

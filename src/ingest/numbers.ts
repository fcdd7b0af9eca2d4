/**
 * Reading numbers the way people type them into spreadsheets, without guessing:
 * Persian and Arabic-Indic digits are read as digits, `1,234` is read as a thousands
 * separator only when the grouping is unambiguous, and anything else is refused.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;
const ARABIC_DECIMAL_SEPARATOR = '\u066b';
const ARABIC_THOUSANDS_SEPARATOR = '\u066c';
const NON_ASCII = /[^\x00-\x7f]/;

/** Replaces Persian and Arabic-Indic digits and separators with their ASCII forms. */
export function toAsciiDigits(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (char === ARABIC_DECIMAL_SEPARATOR) out += '.';
    else if (char === ARABIC_THOUSANDS_SEPARATOR) out += ',';
    else out += char;
  }
  return out;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const GROUPED_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export const NUMBER_EXPECTATION = 'a number such as 1234 or 1234.5 (decimal point ".", no units or % sign)';

/** What parseDecimal returns for a number too large to hold exactly. */
export const OUT_OF_RANGE = 'out of range';

/**
 * Beyond 2^53 a double no longer holds every whole number (2^53 + 1 reads as 2^53), and
 * a count of 400 digits reads as Infinity: both would be silently wrong figures.
 */
export const LARGEST_NUMBER = Number.MAX_SAFE_INTEGER;

/** The expectation for a number found beyond LARGEST_NUMBER, after "found ...". */
export const RANGE_EXPECTATION = `a number from -9,007,199,254,740,991 to 9,007,199,254,740,991 (2^53 - 1): beyond that a number is no longer exact`;

export function inNumberRange(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= LARGEST_NUMBER;
}

/**
 * Parses a cell that has already been trimmed and is not empty.
 * Returns null when the text is not a number written in an accepted way, and
 * OUT_OF_RANGE when it is one too large to be held exactly.
 */
export function parseDecimal(text: string): number | null | typeof OUT_OF_RANGE {
  const fast = plain.read(text, 0, text.length) === text.length ? plain.value : null;
  if (fast !== null) return fast;
  const ascii = toAsciiDigits(text);
  const value = PLAIN_NUMBER.test(ascii)
    ? Number(ascii)
    : GROUPED_NUMBER.test(ascii)
      ? Number(ascii.replaceAll(',', ''))
      : null;
  return value === null || inNumberRange(value) ? value : OUT_OF_RANGE;
}

/** Integers up to 15 digits are exact in a double, so dividing by a power of ten rounds as Number() does. */
export const MAX_EXACT_DIGITS = 15;

/**
 * The common case without regular expressions or cutting the cell out of its line:
 * `-?digits(.digits)?` in ASCII with at most 15 digits, read as an exact integer
 * divided by a power of ten, which rounds exactly as Number() would. Anything else is
 * left to parseDecimal's general path. Recap's own files read their numbers with this
 * too, where they stand in the line, so a cell means the same whichever way it is read.
 */
export class PlainNumber {
  /** The number the last `read` found. */
  value = 0;

  /**
   * Reads a plain number from `start`, going no further than `stop`. Returns where it
   * ends (the first character that cannot continue it, or `stop`), or -1 when none
   * starts there or it is written another way: no digit after the point, more than 15 digits.
   */
  read(text: string, start: number, stop: number): number {
    let at = start;
    const negative = at < stop && text.charCodeAt(at) === 45;
    if (negative) at++;
    let mantissa = 0;
    let digits = 0;
    let scale = 1;
    let code = 0;
    for (; at < stop; at++) {
      code = text.charCodeAt(at);
      if (code < 48 || code > 57) break;
      mantissa = mantissa * 10 + (code - 48);
      digits++;
    }
    if (digits === 0) return -1;
    if (at < stop && code === 46) {
      const whole = digits;
      for (at++; at < stop; at++) {
        code = text.charCodeAt(at);
        if (code < 48 || code > 57) break;
        mantissa = mantissa * 10 + (code - 48);
        scale *= 10;
        digits++;
      }
      if (digits === whole) return -1;
    }
    if (digits > MAX_EXACT_DIGITS) return -1;
    const value = scale === 1 ? mantissa : mantissa / scale;
    this.value = negative ? -value : value;
    return at;
  }
}

const plain = new PlainNumber();

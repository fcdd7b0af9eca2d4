/**
 * Characters that make two names look the same when they are not: a Cyrillic "е" in
 * "imprеssions", a zero-width space in "name", a no-break space. A message that says
 * `found "imprеssions", did you mean "impressions"?` shows two identical words; one
 * that names the odd character says what to fix.
 *
 * Node has no table of Unicode character names, so the look-alikes and invisible
 * characters met in practice are named here; any other is given by its code point.
 */

const NAMES: ReadonlyMap<number, string> = new Map([
  // Invisible, or blank but not a space.
  [0x00a0, 'NO-BREAK SPACE'],
  [0x00ad, 'SOFT HYPHEN'],
  [0x034f, 'COMBINING GRAPHEME JOINER'],
  [0x061c, 'ARABIC LETTER MARK'],
  [0x115f, 'HANGUL CHOSEONG FILLER'],
  [0x180e, 'MONGOLIAN VOWEL SEPARATOR'],
  [0x2000, 'EN QUAD'],
  [0x2001, 'EM QUAD'],
  [0x2002, 'EN SPACE'],
  [0x2003, 'EM SPACE'],
  [0x2007, 'FIGURE SPACE'],
  [0x2009, 'THIN SPACE'],
  [0x200a, 'HAIR SPACE'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x202f, 'NARROW NO-BREAK SPACE'],
  [0x205f, 'MEDIUM MATHEMATICAL SPACE'],
  [0x2060, 'WORD JOINER'],
  [0x2061, 'FUNCTION APPLICATION'],
  [0x2062, 'INVISIBLE TIMES'],
  [0x2063, 'INVISIBLE SEPARATOR'],
  [0x2064, 'INVISIBLE PLUS'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
  [0x3164, 'HANGUL FILLER'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (byte order mark)'],
  [0xffa0, 'HALFWIDTH HANGUL FILLER'],
  // Cyrillic letters that look like Latin ones.
  [0x0430, 'CYRILLIC SMALL LETTER A'],
  [0x0435, 'CYRILLIC SMALL LETTER IE'],
  [0x043e, 'CYRILLIC SMALL LETTER O'],
  [0x0440, 'CYRILLIC SMALL LETTER ER'],
  [0x0441, 'CYRILLIC SMALL LETTER ES'],
  [0x0443, 'CYRILLIC SMALL LETTER U'],
  [0x0445, 'CYRILLIC SMALL LETTER HA'],
  [0x0455, 'CYRILLIC SMALL LETTER DZE'],
  [0x0456, 'CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0458, 'CYRILLIC SMALL LETTER JE'],
  [0x04bb, 'CYRILLIC SMALL LETTER SHHA'],
  [0x04cf, 'CYRILLIC SMALL LETTER PALOCHKA'],
  [0x0501, 'CYRILLIC SMALL LETTER KOMI DE'],
  [0x051b, 'CYRILLIC SMALL LETTER QA'],
  [0x051d, 'CYRILLIC SMALL LETTER WE'],
  [0x0405, 'CYRILLIC CAPITAL LETTER DZE'],
  [0x0406, 'CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I'],
  [0x0408, 'CYRILLIC CAPITAL LETTER JE'],
  [0x0410, 'CYRILLIC CAPITAL LETTER A'],
  [0x0412, 'CYRILLIC CAPITAL LETTER VE'],
  [0x0415, 'CYRILLIC CAPITAL LETTER IE'],
  [0x041a, 'CYRILLIC CAPITAL LETTER KA'],
  [0x041c, 'CYRILLIC CAPITAL LETTER EM'],
  [0x041d, 'CYRILLIC CAPITAL LETTER EN'],
  [0x041e, 'CYRILLIC CAPITAL LETTER O'],
  [0x0420, 'CYRILLIC CAPITAL LETTER ER'],
  [0x0421, 'CYRILLIC CAPITAL LETTER ES'],
  [0x0422, 'CYRILLIC CAPITAL LETTER TE'],
  [0x0425, 'CYRILLIC CAPITAL LETTER HA'],
  // Greek letters that look like Latin ones.
  [0x03b1, 'GREEK SMALL LETTER ALPHA'],
  [0x03b5, 'GREEK SMALL LETTER EPSILON'],
  [0x03b9, 'GREEK SMALL LETTER IOTA'],
  [0x03ba, 'GREEK SMALL LETTER KAPPA'],
  [0x03bd, 'GREEK SMALL LETTER NU'],
  [0x03bf, 'GREEK SMALL LETTER OMICRON'],
  [0x03c1, 'GREEK SMALL LETTER RHO'],
  [0x03c4, 'GREEK SMALL LETTER TAU'],
  [0x03c5, 'GREEK SMALL LETTER UPSILON'],
  [0x03c7, 'GREEK SMALL LETTER CHI'],
  [0x0391, 'GREEK CAPITAL LETTER ALPHA'],
  [0x0392, 'GREEK CAPITAL LETTER BETA'],
  [0x0395, 'GREEK CAPITAL LETTER EPSILON'],
  [0x0396, 'GREEK CAPITAL LETTER ZETA'],
  [0x0397, 'GREEK CAPITAL LETTER ETA'],
  [0x0399, 'GREEK CAPITAL LETTER IOTA'],
  [0x039a, 'GREEK CAPITAL LETTER KAPPA'],
  [0x039c, 'GREEK CAPITAL LETTER MU'],
  [0x039d, 'GREEK CAPITAL LETTER NU'],
  [0x039f, 'GREEK CAPITAL LETTER OMICRON'],
  [0x03a1, 'GREEK CAPITAL LETTER RHO'],
  [0x03a4, 'GREEK CAPITAL LETTER TAU'],
  [0x03a5, 'GREEK CAPITAL LETTER UPSILON'],
  [0x03a7, 'GREEK CAPITAL LETTER CHI'],
  // Latin look-alikes from elsewhere.
  [0x0131, 'LATIN SMALL LETTER DOTLESS I'],
  [0x0261, 'LATIN SMALL LETTER SCRIPT G'],
  [0x2010, 'HYPHEN'],
  [0x2011, 'NON-BREAKING HYPHEN'],
  [0x2012, 'FIGURE DASH'],
  [0x2013, 'EN DASH'],
  [0x2212, 'MINUS SIGN'],
  [0xff3f, 'FULLWIDTH LOW LINE'],
]);

/** Shown blank or not at all: format characters, blanks other than the space, fillers. */
const INVISIBLE =
  /[\p{Cf}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0\u034f\u180e]/u;
const CONTROL = /\p{Cc}/u;

/** "U+0435 CYRILLIC SMALL LETTER IE", or "U+4E00" for a character without a name here. */
export function characterName(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES.get(code) ?? (CONTROL.test(String.fromCodePoint(code)) ? 'a control character' : undefined);
  return name === undefined ? hex : `${hex} ${name}`;
}

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char) || CONTROL.test(char);
}

/**
 * What makes `text` not the plain name it looks like, to follow it in a message:
 * ` (it contains U+0435 CYRILLIC SMALL LETTER IE at position 5)`. For names that must
 * be ASCII (metric ids, column and setting names) every other character counts; for
 * free text, only invisible ones. Empty when there is nothing odd. Positions count
 * characters from 1; at most three are named.
 */
export function oddCharacters(text: string, asciiExpected = true): string {
  const list = oddCharacterList(text, asciiExpected);
  return list === '' ? '' : ` (it contains ${list})`;
}

/** The odd characters of `text` as oddCharacters names them, without the wording around. */
export function oddCharacterList(text: string, asciiExpected = true): string {
  const found: string[] = [];
  let total = 0;
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    const odd = asciiExpected ? code > 0x7e || (code < 0x20 && code !== 0x09) : isInvisible(char);
    if (!odd) continue;
    if (++total <= 3) found.push(`${characterName(code)} at position ${position}`);
    // A long text need not be walked to its end to say enough.
    if (total > 3 && position > 10_000) break;
  }
  if (total === 0) return '';
  const more = total > 3 ? `, and ${total - 3} more such character${total - 3 === 1 ? '' : 's'}` : '';
  return `${found.join(', ')}${more}`;
}

/** Whether `text` shows nothing at all: only spaces and invisible characters. */
export function isBlank(text: string): boolean {
  for (const char of text) if (!/\s/u.test(char) && !isInvisible(char)) return false;
  return true;
}

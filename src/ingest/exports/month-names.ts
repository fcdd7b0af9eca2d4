/**
 * Dates with a month name in the languages TikTok Studio exports ("8 de marzo",
 * "8. März", "۸ مارس"): the names come from Intl, in the Gregorian calendar, so no
 * language's list is typed by hand here.
 */
import type { MonthDay } from './dates.ts';

/** The languages TikTok Studio downloads come in, besides English (dates.ts reads English). */
export const MONTH_NAME_LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl', 'id', 'tr', 'fa', 'ar', 'ru', 'pl'];

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[.\u200c]/g, '');

/**
 * Month names, long and short, each with its month; a name two languages give different
 * months is left out. Built on first need: it takes Intl a tenth of a second, which
 * every validate and build would pay for files that are never in another language.
 */
let names: ReadonlyMap<string, number> | null = null;

const monthNames = (): ReadonlyMap<string, number> => (names ??= buildMonthNames());

function buildMonthNames(): ReadonlyMap<string, number> {
  const found = new Map<string, number | null>();
  for (const language of MONTH_NAME_LANGUAGES) {
    // A month alone, long and short, and beside a day, where some languages change its form (8 марта).
    for (const options of [{ month: 'long' }, { month: 'short' }, { month: 'long', day: 'numeric' }] as const) {
      const format = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { ...options, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const part of format.formatToParts(Date.UTC(2025, month - 1, 15))) {
          if (part.type !== 'month') continue;
          const name = fold(part.value);
          if (!/\p{L}/u.test(name)) continue;
          const known = found.get(name);
          found.set(name, known === undefined || known === month ? month : null);
        }
      }
    }
  }
  return new Map([...found].filter((entry): entry is [string, number] => entry[1] !== null));
}

/** Persian and Arabic-Indic digits as 0-9. */
const latinDigits = (text: string): string =>
  text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));

/** "8 de marzo", "8 mars 2025", "8. März", "۸ مارس": the day, the month and the year if given; else null. */
export function parseLocalMonthDate(text: string): MonthDay | null {
  const tokens = latinDigits(text.trim())
    .split(/[\s,]+/)
    .map(fold)
    .filter(Boolean);
  const numbers = tokens.filter((token) => /^\d+$/.test(token)).map(Number);
  const months = tokens.map((token) => monthNames().get(token)).filter((month): month is number => month !== undefined);
  const day = numbers.find((n) => n >= 1 && n <= 31);
  const year = numbers.find((n) => n >= 1000);
  if (months.length !== 1 || day === undefined || numbers.length > 2) return null;
  return { year: year ?? null, month: months[0]!, day };
}

/**
 * Files of a platform's download that hold no time series of account metrics:
 * audiences by gender, age or country, activity by hour. They are skipped with a note
 * that says what they hold, never reported as errors: downloading everything is the
 * normal thing to do.
 */
import { normaliseName } from './reading.ts';

/** First-column names of a breakdown: what its rows are, instead of days. */
const BREAKDOWN_COLUMNS = new Map([
  ['gender', 'the audience by gender'],
  ['age', 'the audience by age'],
  ['age range', 'the audience by age'],
  ['age group', 'the audience by age'],
  ['country', 'the audience by country'],
  ['countries', 'the audience by country'],
  ['territory', 'the audience by country'],
  ['territories', 'the audience by country'],
  ['top territories', 'the audience by country'],
  ['city', 'the audience by city'],
  ['cities', 'the audience by city'],
  ['language', 'the audience by language'],
  ['hour', 'activity by hour of the day'],
  ['hours', 'activity by hour of the day'],
]);

/** The names TikTok Studio and Meta give such files in a download. */
const BREAKDOWN_FILES = new Map([
  ['viewers', 'the viewers of the account'],
  ['followeractivity', 'follower activity by hour of the day'],
  ['followergender', 'the followers by gender'],
  ['followertopterritories', 'the followers by country'],
  ['audience', 'the audience by age, gender and place'],
]);

/** What a file holds, when it is a breakdown and not a time series; null otherwise. */
export function breakdownOf(headerNames: readonly string[], fileName: string): string | null {
  const names = headerNames.map(normaliseName);
  const byName = BREAKDOWN_FILES.get(
    fileName
      .toLowerCase()
      .replace(/[.]csv$/, '')
      .replace(/[^a-z]/g, ''),
  );
  if (byName !== undefined) return byName;
  // Days broken down by hour are activity, not the day's totals.
  if (names.includes('hour') || names.includes('hours')) return 'activity by hour of the day';
  if (names.some((name) => name === 'date' || name.startsWith('date '))) return null;
  return names.length > 0 ? (BREAKDOWN_COLUMNS.get(names[0]!) ?? null) : null;
}

export function breakdownNote(what: string): string {
  return `holds ${what}, not a time series of account metrics: skipped`;
}

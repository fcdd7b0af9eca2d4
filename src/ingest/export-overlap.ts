/**
 * Two exports of the same account that overlap: a post export and the account's daily
 * file, downloaded together as a platform gives them.
 */
import { isoDate, monthSpan, type Day } from '../model/calendar.ts';
import type { RowRef } from '../model/series.ts';
import type { ExportRow } from './exports/types.ts';
import type { ClientIngest } from './observation-sink.ts';

export const accountKey = (platform: string, day: string, metric: string): string => `${platform}\0${day}\0${metric}`;

/**
 * Downloading everything is the normal thing to do, so a post export and the account's
 * daily file often give the same day and metric. The daily file is the account's
 * total (it counts what no single post does); the posts' own values for those days
 * are left out, and the post file's notes say which and why. Two daily files that
 * disagree remain a problem.
 */
export function withoutAccountDays<
  File extends { readonly file: string },
  Post extends { readonly from: File; readonly row: ExportRow },
>(
  posts: readonly Post[],
  accountDays: ReadonlyMap<string, { readonly file: string }>,
  notes: Map<File, string[]>,
  rowsAre: readonly [one: string, many: string] = ['post', 'posts'],
): Post[] {
  const left = new Map<File, Map<string, { posts: number; daily: Set<string> }>>();
  const kept = posts.flatMap((post) => {
    const cells = post.row.cells.filter((cell) => {
      const daily = accountDays.get(accountKey(post.row.platform, post.row.from, cell.metric));
      if (daily === undefined) return true;
      const byMetric = left.get(post.from) ?? new Map<string, { posts: number; daily: Set<string> }>();
      left.set(post.from, byMetric);
      const entry = byMetric.get(cell.metric) ?? { posts: 0, daily: new Set<string>() };
      byMetric.set(cell.metric, entry);
      entry.posts++;
      entry.daily.add(daily.file.split('/').pop()!);
      return false;
    });
    return cells.length === 0 ? [] : [{ ...post, row: { ...post.row, cells } }];
  });
  for (const [file, byMetric] of left) {
    // One note for the metrics left out of the same posts for the same daily files.
    const alike = new Map<string, { metrics: string[]; count: number; daily: string[] }>();
    for (const [metric, { posts: count, daily }] of byMetric) {
      const files = [...daily].sort();
      const key = `${count}\0${files.join('\0')}`;
      const group = alike.get(key) ?? { metrics: [], count, daily: files };
      group.metrics.push(metric);
      alike.set(key, group);
    }
    for (const { metrics, count, daily } of alike.values()) {
      const named = metrics.length === 1 ? metrics[0]! : `${metrics.slice(0, -1).join(', ')} and ${metrics.at(-1)!}`;
      notes
        .get(file)!
        .push(
          `${named} of ${count} ${count === 1 ? rowsAre[0] : rowsAre[1]} left out: the account's own ${daily.length === 1 ? 'file' : 'files'} ${daily.join(', ')} ${daily.length === 1 ? 'gives' : 'give'} ${metrics.length === 1 ? named : 'them'} for ${count === 1 ? 'its day' : 'their days'}`,
        );
    }
  }
  return kept;
}

/**
 * The account's own totals stored so far: the days Recap's own files give, and every
 * day of a month given as a total (a monthly Recap row, a GA4 report of the month). Like
 * an export's daily file, they make a post export beside them post detail, not a second
 * count (a post's day beside a month total would count the month twice).
 */
export function addAccountTotals(ingest: ClientIngest, accountDays: Map<string, { readonly file: string }>): void {
  const account = (seriesId: number) => {
    const series = ingest.seriesList[seriesId]!;
    return series.campaign === '' && series.category === '' ? series : null;
  };
  const add = (platform: string, day: Day, metric: string, row: RowRef) => {
    const key = accountKey(platform, isoDate(day), metric);
    if (!accountDays.has(key)) accountDays.set(key, { file: ingest.rows.where(row).file });
  };
  ingest.log.forEach((seriesId, day, row) => {
    const series = account(seriesId);
    if (series) add(series.platform, day, series.metric, row);
  });
  for (const series of ingest.seriesList) {
    if (!account(series.id)) continue;
    for (const total of series.monthTotals.values()) {
      const { from, to } = monthSpan(ingest.calendar, total.month);
      for (let day = from; day <= to; day++) add(series.platform, day, series.metric, total.row);
    }
  }
}

/**
 * Posts from post-level exports: each post once in an export, once across exports (the
 * export that runs later wins), and as the client's posts, with every number and what
 * the export says the post is.
 */
import { parseIsoDate } from '../model/calendar.ts';
import type { Post } from '../model/post.ts';
import type { ExportRow } from './exports/types.ts';
import { quote, type ProblemList } from './problems.ts';

/** A post row and the export it came from. */
export interface PostSource {
  readonly from: { readonly file: string; readonly read: { readonly exportedThrough: string | null } };
  readonly row: ExportRow;
}

/** A post is the same post in any export of its platform by its id. */
export function postKey(row: ExportRow): string {
  return `${row.platform}\u0000${row.postId}`;
}

/**
 * The posts as the report ranks them: all their numbers, even those the account's
 * daily file gives for the day (those are left out of the day's totals, not of the post).
 */
export function postsOf(rows: readonly PostSource[]): Post[] {
  return rows
    .flatMap(({ from, row }) => {
      const published = parseIsoDate(row.from);
      if (published === null || row.postId === null) return [];
      const metrics: Record<string, number> = {};
      for (const cell of row.cells) if (cell.metric !== 'posts') metrics[cell.metric] = cell.value;
      return [
        {
          platform: row.platform,
          id: row.postId,
          published,
          publishedMinute: row.post?.minute ?? null,
          link: row.post?.link ?? null,
          caption: row.post?.caption ?? null,
          type: row.post?.type ?? null,
          campaigns: row.post?.campaigns ?? [],
          metrics,
          file: from.file,
          line: row.line,
        },
      ];
    })
    .sort((a, b) => a.published - b.published || a.platform.localeCompare(b.platform) || a.id.localeCompare(b.id));
}

/**
 * The same post twice in one export is a problem: one of the two would be counted for
 * nothing. Checked per export, before exports are compared, so that which one is newer
 * cannot hide it.
 */
export function onePerPost<S extends PostSource>(problems: ProblemList, rows: readonly S[]): S[] {
  const seen = new Map<string, ExportRow>();
  const once: S[] = [];
  for (const post of rows) {
    const key = postKey(post.row);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, post.row);
      once.push(post);
      continue;
    }
    problems.push({
      file: post.from.file,
      line: post.row.line,
      column: 1,
      message: `found post ${quote(post.row.postId!)} a second time (first at line ${first.line}), expected each post once in an export: its numbers would count twice`,
    });
  }
  return once;
}

/**
 * Each post once, from the export that covers the latest day (the later file when
 * two cover the same); each export that lost posts to a newer one says so in its notes.
 */
export function newestPosts<S extends PostSource>(posts: readonly S[], notes: Map<S['from'], string[]>): S[] {
  const kept = new Map<string, S>();
  const replaced = new Map<S['from'], { count: number; by: Set<string> }>();
  const newer = (a: S['from'], b: S['from']) =>
    (a.read.exportedThrough ?? '') > (b.read.exportedThrough ?? '') ||
    ((a.read.exportedThrough ?? '') === (b.read.exportedThrough ?? '') && a.file > b.file);
  for (const post of posts) {
    const key = postKey(post.row);
    const earlier = kept.get(key);
    if (!earlier) {
      kept.set(key, post);
      continue;
    }
    const [keep, drop] = newer(post.from, earlier.from) ? [post, earlier] : [earlier, post];
    kept.set(key, keep);
    const tally = replaced.get(drop.from) ?? { count: 0, by: new Set<string>() };
    tally.count++;
    tally.by.add(keep.from.file);
    replaced.set(drop.from, tally);
  }
  for (const [file, { count, by }] of replaced) {
    notes.get(file)!.push(`${count} post${count === 1 ? '' : 's'} replaced by the newer export ${[...by].join(', ')}`);
  }
  return [...kept.values()];
}

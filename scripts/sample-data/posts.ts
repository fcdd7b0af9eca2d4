/**
 * A sample client's Instagram post export, as Meta Business Suite writes it: the posts
 * of each day of the last months, carrying shares of that day's numbers (a post's
 * lifetime totals, so they need not add up to the day's). Recap reads it beside the
 * client's daily instagram.csv, which stays the account's total; the posts give the
 * report its top posts.
 */
import type { InstagramPosts } from './description.ts';
import { streamRng, type Row } from './series.ts';

const HEADER =
  'Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

/** What kinds of post the sample accounts publish, and how each fares against the day's average. */
const KINDS = [
  { type: 'IG image', weight: 0.45, pull: 0.8, path: 'p' },
  { type: 'IG carousel', weight: 0.3, pull: 1.1, path: 'p' },
  { type: 'IG reel', weight: 0.25, pull: 1.6, path: 'reel' },
] as const;

/** In the sample's story, evening posts find an audience with time to like and comment; morning ones, less. */
function hourPull(hour: number): number {
  if (hour >= 17) return 1.25;
  return hour < 11 ? 0.85 : 1;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** "Sep-01-2025", as Meta names its exports. */
function fileDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${MONTHS[Number(month) - 1]}-${day}-${year}`;
}

/** The export's file name and text, or null when the client publishes no Instagram posts. */
export function instagramPostExport(
  spec: InstagramPosts,
  daily: readonly Row[],
  seed: number,
  accountId: string,
): { name: string; text: string } | null {
  const last = daily.at(-1);
  if (last === undefined) return null;
  const [year, month] = last.date.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - spec.months, 1)).toISOString().slice(0, 10);
  const rng = streamRng(seed, 'instagram-posts');
  const lines = [HEADER];
  let captionIndex = 0;
  for (const row of daily) {
    const count = row.values.posts ?? 0;
    if (row.date < first || count === 0) continue;
    for (let i = 0; i < count; i++) {
      let pick = rng();
      const kind = KINDS.find((k) => (pick -= k.weight) < 0) ?? KINDS[0];
      const hour = 8 + Math.floor(rng() * 12);
      // Each post takes a share of the day's numbers, more for a reel, with a post's luck.
      const share = (kind.pull * (0.35 + 0.5 * rng())) / count;
      const part = (metric: string) => Math.round((row.values[metric as keyof typeof row.values] ?? 0) * share);
      const engaged = (metric: string) => Math.round(part(metric) * hourPull(hour));
      const id = `1790${String(seed).padStart(4, '0')}${row.date.replaceAll('-', '')}${i}`;
      const [y, m, d] = row.date.split('-');
      const caption = spec.captions[captionIndex++ % spec.captions.length]!;
      lines.push(
        [
          id,
          accountId,
          spec.account,
          cell(spec.account),
          cell(caption),
          kind.type === 'IG reel' ? String(15 + Math.floor(rng() * 45)) : '0',
          `${m}/${d}/${y} ${String(hour).padStart(2, '0')}:${String(Math.floor(rng() * 60)).padStart(2, '0')}`,
          `https://www.instagram.com/${kind.path}/${id}/`,
          kind.type,
          '',
          'Lifetime',
          part('impressions'),
          part('reach'),
          engaged('likes'),
          engaged('shares'),
          '',
          engaged('comments'),
          engaged('saves'),
        ].join(','),
      );
    }
  }
  return { name: `${fileDate(first)}_${fileDate(last.date)}_${accountId}.csv`, text: `${lines.join('\n')}\n` };
}

/**
 * A post, video or reel as a post-level export gives it: who published it where and
 * when, what it was, and its lifetime totals as of the export. A newer export of the
 * same post replaces the older one (src/ingest/export-files.ts), so each post is here
 * once, with its latest numbers.
 */
import type { Day } from './calendar.ts';

export interface Post {
  /** Recap's platform slug: x, facebook, instagram, youtube, tiktok. */
  readonly platform: string;
  /** The platform's own id of the post. */
  readonly id: string;
  /** The day it was published, on the client's clock (timezone: in client.yaml). */
  readonly published: Day;
  /** Minutes after midnight on the client's clock it was published at; null when the export gives the day alone. */
  readonly publishedMinute: number | null;
  readonly link: string | null;
  /** The first line of its caption or title, shortened. */
  readonly caption: string | null;
  /** image, video, reel, carousel, text, link, or the export's own word; null when the export says nothing. */
  readonly type: string | null;
  /** The campaigns it is tagged with (a Recap post file's campaign column, Meta's custom labels). */
  readonly campaigns: readonly string[];
  /** Its totals by metric id, as of the export that gave them. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Where it was read, as problems name files. */
  readonly file: string;
  readonly line: number;
}

/**
 * Recap's own post file, for tools that export posts in their own shape: one row per
 * post with `post_id`, `platform`, `published` (YYYY-MM-DD, a time after it is fine,
 * with its UTC offset if it is not on the client's clock), and optionally `url`, `type`,
 * `caption`, `campaign`, then any of the metric ids a post has
 * (impressions, reach, engagements, likes, comments, shares, saves, clicks,
 * video_views). It is read as a post export: each post once, on its publish day.
 */
import { quote } from '../problems.ts';
import { BUILT_IN_METRICS } from '../../model/metrics.ts';
import type { ExportAdapter } from './adapter.ts';
import { parseIsoDateTime } from './dates.ts';
import { POST_LEVEL_NOTE, readPosts } from './posts.ts';
import type { MetricSpec, Reading } from './reading.ts';

/** The metrics a post carries; a level (followers) or money belongs to the account, not to a post. */
const POST_METRICS = Object.keys(BUILT_IN_METRICS).filter(
  (id) =>
    BUILT_IN_METRICS[id as keyof typeof BUILT_IN_METRICS] === 'flow' &&
    ![
      'posts',
      'net_follows',
      'revenue',
      'spend',
      'cost',
      'leads',
      'conversions',
      'sessions',
      'users',
      'new_users',
      'events',
    ].includes(id),
);

const PLATFORM = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export const recapPosts: ExportAdapter = {
  format: {
    id: 'recap-posts',
    label: 'Recap post file (per post)',
    platform: null,
    level: 'post',
    required: ['post_id', 'platform', 'published'],
    excluded: [],
    notes: [POST_LEVEL_NOTE],
  },
  read(reading: Reading) {
    const platformColumn = reading.column('platform');
    const specs: MetricSpec[] = POST_METRICS.map((metric) => ({ metric, terms: [{ names: [metric] }] }));
    readPosts(reading, {
      // The platform is a column, so each row says its own.
      platform: (record) => {
        const platform = reading.raw(record, platformColumn).trim();
        if (PLATFORM.test(platform) && platform !== 'all') return platform;
        reading.problem(
          record,
          platformColumn,
          `found ${quote(platform)} in column "platform", expected a platform name in lower case, such as instagram`,
        );
        return null;
      },
      id: ['post_id'],
      published: ['published'],
      parseDate: parseIsoDateTime,
      dateExample: '"2026-05-04", "2026-05-04 18:30" or "2026-05-04T18:30:00+03:30"',
      specs,
      identity: { link: ['url'], caption: ['caption'], type: ['type'], campaign: ['campaign'] },
    });
  },
};

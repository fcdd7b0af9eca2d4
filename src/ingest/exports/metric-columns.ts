/**
 * Which header names hold a metric, so that a file's notes can name every metric column
 * its adapter leaves unread: a count never goes missing without a word.
 */

/** Words that name a count or an amount in the platforms' exports, in the singular. */
const METRIC_WORDS = new Set(
  (
    'impression reach engagement like comment share save click view visit follower follow unfollow ' +
    'lead conversion revenue spend session play reaction retweet repost bookmark subscriber reply ' +
    'replie favorite watch user purchase install download vote mention tap rate event'
  ).split(' '),
);

/**
 * Words that name what a row is, not how it did: Post ID, Video title, Is share, Data
 * comment, and GA4's breakdowns (Session primary channel group, Session source / medium).
 */
const NOT_METRIC_WORDS = new Set(
  (
    'id type title link permalink url text description name caption date published duration is data ' +
    'group channel source medium'
  ).split(' '),
);

/** True for a normalised header such as "media views" or "share"; false for "post id" or "date". */
export function looksLikeMetric(name: string): boolean {
  const words = name.split(/[^a-z]+/).filter(Boolean);
  if (words.some((word) => NOT_METRIC_WORDS.has(word))) return false;
  return words.some((word) => METRIC_WORDS.has(word) || METRIC_WORDS.has(word.replace(/s$/, '')));
}

/**
 * The client against its competitors, platform by platform, over the report month:
 * followers and their growth, engagement rate, posts per week and engagements per post
 * for every account, and the client's share of voice: its share of all the posts, and
 * of all the engagements, of the client and its competitors on the platform. Each
 * account's numbers follow the client's own rules (flows summed, followers at the
 * span's end, rates from sums); a competitor without a number is left out of the total
 * it would be part of, never counted as zero.
 */
import { daysInSpan, monthSpan, type Calendar, type DaySpan, type Month } from '../model/calendar.ts';
import type { Post } from '../model/post.ts';
import { audienceGrowthRate, engagementRate, ratio, type Amount } from './formulas.ts';
import { postEngagements } from './top-posts.ts';

/** How many months the share-of-voice history shows, the report month last: a year and the month a year before. */
export const SHARE_OF_VOICE_MONTHS = 13;

/** A metric's value for one account on one platform over a span; null when it gave none. */
export type AccountMeasure = (platform: string, metric: string, span: DaySpan) => Amount;

export interface Account {
  /** The competitor's id; null for the client. */
  readonly id: string | null;
  readonly name: string;
  /** Its handle on each platform (the client's: none). */
  readonly handles: Readonly<Record<string, string>>;
  readonly measure: AccountMeasure;
  /** Its posts, when post-level data is given (a Recap post file in its folder). */
  readonly posts: readonly Post[];
}

export interface AccountFigures {
  readonly id: string | null;
  readonly name: string;
  readonly handle: string | null;
  readonly followers: Amount;
  /** Percent change of followers from the end of the month before. */
  readonly followerGrowth: Amount;
  readonly impressions: Amount;
  readonly engagements: Amount;
  readonly engagementRate: Amount;
  readonly posts: Amount;
  readonly postsPerWeek: Amount;
  readonly engagementsPerPost: Amount;
  /** Its share of the platform's posts and engagements among the accounts that give them, in percent. */
  readonly shareOfPosts: Amount;
  readonly shareOfEngagements: Amount;
  /** 1 is the most engagements; null for an account that gives none. */
  readonly rank: number | null;
  /** Its post of the month on the platform with the most engagements; null without post-level data. */
  readonly topPost: Post | null;
}

export interface Share {
  /** The client's share in percent; null without its number or a competitor's to compare with. */
  readonly value: Amount;
  /** The same share in the month before, like for like. */
  readonly previous: Amount;
  /** value - previous, in percentage points. */
  readonly change: Amount;
}

export interface ShareOfVoice {
  readonly posts: Share;
  readonly engagements: Share;
}

export interface PlatformRivalry {
  readonly platform: string;
  /** The client and its competitors on the platform, by rank (most engagements first), the unranked last. */
  readonly accounts: readonly AccountFigures[];
  readonly shareOfVoice: ShareOfVoice;
  /** The client's share of voice month by month, oldest first. */
  readonly history: ReadonlyArray<{ readonly month: Month; readonly posts: Amount; readonly engagements: Amount }>;
}

export interface CompetitorReport {
  readonly span: DaySpan;
  /** Platforms on which at least one competitor has a handle, in client.yaml's order. */
  readonly platforms: readonly PlatformRivalry[];
}

/** The part's share of the parts that give a number, in percent; null without the part or any other. */
export function shareOfTotal(part: Amount, others: readonly Amount[]): Amount {
  const given = others.filter((value): value is number => value !== null);
  if (part === null || given.length === 0) return null;
  return ratio(part, part + given.reduce((sum, value) => sum + value, 0), 100);
}

/** Posts per seven days of a span. */
export function postsPerWeek(posts: Amount, span: DaySpan): Amount {
  return ratio(posts, daysInSpan(span), 7);
}

interface Spans {
  readonly current: DaySpan;
  /** The month before, cut to as many days as the current span when it is partial; null before the data. */
  readonly previous: DaySpan | null;
  /** The whole month before: followers at its end are where the month started. */
  readonly previousEnd: DaySpan;
}

function shares(client: Account, rivals: readonly Account[], platform: string, metric: string, span: DaySpan): Amount {
  return shareOfTotal(
    client.measure(platform, metric, span),
    rivals.map((rival) => rival.measure(platform, metric, span)),
  );
}

function share(client: Account, rivals: readonly Account[], platform: string, metric: string, spans: Spans): Share {
  const value = shares(client, rivals, platform, metric, spans.current);
  const previous = spans.previous === null ? null : shares(client, rivals, platform, metric, spans.previous);
  return { value, previous, change: value === null || previous === null ? null : value - previous };
}

/** The account's post of the span on the platform with the most engagements. */
export function topPostOf(posts: readonly Post[], platform: string, span: DaySpan): Post | null {
  let best: Post | null = null;
  let most = -1;
  for (const post of posts) {
    if (post.platform !== platform || post.published < span.from || post.published > span.to) continue;
    const engagements = postEngagements(post) ?? -1;
    if (engagements > most) [best, most] = [post, engagements];
  }
  return best;
}

function figures(
  account: Account,
  platform: string,
  spans: Spans,
): Omit<AccountFigures, 'shareOfPosts' | 'shareOfEngagements' | 'rank'> {
  const at = (metric: string) => account.measure(platform, metric, spans.current);
  const followers = at('followers');
  const engagements = at('engagements');
  const impressions = at('impressions');
  const posts = at('posts');
  return {
    id: account.id,
    name: account.name,
    handle: account.handles[platform] ?? null,
    followers,
    followerGrowth: audienceGrowthRate(account.measure(platform, 'followers', spans.previousEnd), followers),
    impressions,
    engagements,
    engagementRate: engagementRate(engagements, impressions),
    posts,
    postsPerWeek: postsPerWeek(posts, spans.current),
    engagementsPerPost: ratio(engagements, posts),
    topPost: topPostOf(account.posts, platform, spans.current),
  };
}

/**
 * The report month against the competitors: `current` is the month's span, `previous`
 * the month before as month-over-month compares it.
 */
export function competitorReport(
  calendar: Calendar,
  month: Month,
  spans: { readonly current: DaySpan; readonly previous: DaySpan | null; readonly previousWhole: DaySpan },
  client: Account,
  competitors: readonly Account[],
): CompetitorReport {
  const platforms = [...new Set(competitors.flatMap((competitor) => Object.keys(competitor.handles)))];
  const all: Spans = { current: spans.current, previous: spans.previous, previousEnd: spans.previousWhole };
  return {
    span: spans.current,
    platforms: platforms.map((platform) => {
      const rivals = competitors.filter((competitor) => competitor.handles[platform] !== undefined);
      const accounts = [client, ...rivals].map((account) => figures(account, platform, all));
      const others = (index: number, pick: (a: (typeof accounts)[number]) => Amount) =>
        accounts.filter((_, i) => i !== index).map(pick);
      const ranked = accounts
        .filter((account) => account.engagements !== null)
        .sort((a, b) => b.engagements! - a.engagements!);
      const withShares: AccountFigures[] = accounts.map((account, index) => ({
        ...account,
        shareOfPosts: shareOfTotal(
          account.posts,
          others(index, (a) => a.posts),
        ),
        shareOfEngagements: shareOfTotal(
          account.engagements,
          others(index, (a) => a.engagements),
        ),
        rank:
          account.engagements === null ? null : ranked.filter((r) => r.engagements! > account.engagements!).length + 1,
      }));
      const history = Array.from({ length: SHARE_OF_VOICE_MONTHS }, (_, i) => {
        const earlier = calendar.addMonths(month, i - (SHARE_OF_VOICE_MONTHS - 1));
        const span = monthSpan(calendar, earlier);
        return {
          month: earlier,
          posts: shares(client, rivals, platform, 'posts', span),
          engagements: shares(client, rivals, platform, 'engagements', span),
        };
      });
      return {
        platform,
        accounts: withShares.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)),
        shareOfVoice: {
          posts: share(client, rivals, platform, 'posts', all),
          engagements: share(client, rivals, platform, 'engagements', all),
        },
        history,
      };
    }),
  };
}

/**
 * What works: the posts of the report month and the two before it, grouped by post
 * type, by weekday and by hour of publication on the client's clock, with each group's engagement rate (from its
 * sums, never an average of the posts' rates), reach and engagements per post, and
 * how many posts stand behind each figure. A group of fewer than `minPosts` posts is
 * shown as such and never ranked: two lucky posts are not a pattern.
 */
import type { DaySpan } from '../model/calendar.ts';
import type { Post } from '../model/post.ts';
import { engagementRate, ratio, type Amount } from './formulas.ts';
import { postEngagements } from './top-posts.ts';

/** How many months, the report month last, the groups are made from: one month rarely has enough posts. */
export const WHAT_WORKS_MONTHS = 3;

export interface PostGroup {
  /** A post type (image, reel, ...), a weekday 0-6 (0 is Monday, ISO order) or an hour 0-23, as text. */
  readonly key: string;
  readonly posts: number;
  /** Engagements per 100 impressions over the group's posts that give both. */
  readonly engagementRate: Amount;
  readonly engagementsPerPost: Amount;
  readonly reachPerPost: Amount;
  /** Fewer than the minimum posts: shown, not ranked. */
  readonly tooFew: boolean;
  /** 1 is the best engagement rate among the groups with enough posts; null when not ranked. */
  readonly rank: number | null;
}

export interface WhatWorks {
  readonly span: DaySpan;
  readonly minPosts: number;
  /** Posts in the span. */
  readonly posts: number;
  /** By post type, the most posts first; posts whose export names no type are left out. */
  readonly byType: readonly PostGroup[];
  /** By weekday of publication, Monday first; days without posts left out. */
  readonly byWeekday: readonly PostGroup[];
  /** By hour of publication, from midnight; hours without posts left out. */
  readonly byHour: readonly PostGroup[];
  /** Posts whose export gives the day alone, left out of the hours. */
  readonly withoutTime: number;
  /** The clock the days and hours are on (IANA). */
  readonly timeZone: string;
}

/** Monday 0 ... Sunday 6: day 0 of Recap's days is 1 January 1970, a Thursday. */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function postGroup(key: string, posts: readonly Post[], minPosts: number): Omit<PostGroup, 'rank'> {
  let engagements = 0;
  let withEngagements = 0;
  let rated = 0;
  let ratedImpressions = 0;
  let reach = 0;
  let withReach = 0;
  for (const post of posts) {
    const engaged = postEngagements(post);
    const impressions = post.metrics['impressions'];
    if (engaged !== null) {
      engagements += engaged;
      withEngagements++;
      if (impressions !== undefined) {
        rated += engaged;
        ratedImpressions += impressions;
      }
    }
    const postReach = post.metrics['reach'];
    if (postReach !== undefined) {
      reach += postReach;
      withReach++;
    }
  }
  return {
    key,
    posts: posts.length,
    engagementRate: engagementRate(rated, ratedImpressions),
    engagementsPerPost: ratio(withEngagements === 0 ? null : engagements, withEngagements),
    reachPerPost: ratio(withReach === 0 ? null : reach, withReach),
    tooFew: posts.length < minPosts,
  };
}

function ranked(groups: ReadonlyArray<Omit<PostGroup, 'rank'>>): PostGroup[] {
  const order = groups
    .filter((group) => !group.tooFew && group.engagementRate !== null)
    .sort((a, b) => b.engagementRate! - a.engagementRate! || b.posts - a.posts);
  return groups.map((group) => ({ ...group, rank: order.includes(group) ? order.indexOf(group) + 1 : null }));
}

/** The hour on the client's clock a post was published in, 0-23; null when the export gives the day alone. */
export function publishHour(post: Post): number | null {
  return post.publishedMinute === null ? null : Math.floor(post.publishedMinute / 60);
}

function add<K>(groups: Map<K, Post[]>, key: K, post: Post): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [post]);
  else group.push(post);
}

const inOrder = <K extends number>(groups: Map<K, Post[]>, minPosts: number) =>
  ranked([...groups].sort(([a], [b]) => a - b).map(([key, group]) => postGroup(String(key), group, minPosts)));

export function whatWorks(posts: readonly Post[], span: DaySpan, minPosts: number, timeZone: string): WhatWorks {
  const inSpan = posts.filter((post) => post.published >= span.from && post.published <= span.to);
  const byType = new Map<string, Post[]>();
  const byWeekday = new Map<number, Post[]>();
  const byHour = new Map<number, Post[]>();
  for (const post of inSpan) {
    if (post.type !== null) add(byType, post.type, post);
    add(byWeekday, isoWeekday(post.published), post);
    const hour = publishHour(post);
    if (hour !== null) add(byHour, hour, post);
  }
  return {
    span,
    minPosts,
    timeZone,
    posts: inSpan.length,
    byType: ranked(
      [...byType]
        .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
        .map(([type, group]) => postGroup(type, group, minPosts)),
    ),
    byWeekday: inOrder(byWeekday, minPosts),
    byHour: inOrder(byHour, minPosts),
    withoutTime: inSpan.filter((post) => post.publishedMinute === null).length,
  };
}

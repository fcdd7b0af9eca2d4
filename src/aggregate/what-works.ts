/**
 * What works: the posts of the report month and the two before it, grouped by post
 * type and by weekday of publication, with each group's engagement rate (from its
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
  /** A post type (image, reel, ...), or a weekday 0-6 (0 is Monday, ISO order) as text. */
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

export function whatWorks(posts: readonly Post[], span: DaySpan, minPosts: number): WhatWorks {
  const inSpan = posts.filter((post) => post.published >= span.from && post.published <= span.to);
  const byType = new Map<string, Post[]>();
  const byWeekday = new Map<number, Post[]>();
  for (const post of inSpan) {
    if (post.type !== null) byType.set(post.type, [...(byType.get(post.type) ?? []), post]);
    const weekday = isoWeekday(post.published);
    byWeekday.set(weekday, [...(byWeekday.get(weekday) ?? []), post]);
  }
  return {
    span,
    minPosts,
    posts: inSpan.length,
    byType: ranked(
      [...byType]
        .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
        .map(([type, group]) => postGroup(type, group, minPosts)),
    ),
    byWeekday: ranked(
      [...byWeekday].sort(([a], [b]) => a - b).map(([weekday, group]) => postGroup(String(weekday), group, minPosts)),
    ),
  };
}

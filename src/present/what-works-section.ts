/**
 * What works, as the report shows it: for post types, days and hours of publication, a
 * bar chart of engagement rate over the groups with enough posts, and a table of every
 * group with the number of posts behind each figure.
 */
import type { PostGroup } from '../aggregate/what-works.ts';
import type { BarChartInput } from './charts/index.ts';
import {
  firstWeekday,
  formatHour,
  formatMetric,
  formatMonth,
  formatTimeZone,
  formatWeekday,
  formatWhole,
} from './format.ts';
import type { ReportView } from './report-view.ts';

export interface WhatWorksTable {
  readonly id: 'type' | 'weekday' | 'hour';
  readonly title: string;
  readonly groupLabel: string;
  readonly rows: ReadonlyArray<{
    readonly key: string;
    readonly label: string;
    readonly posts: string;
    readonly rank: string;
    readonly engagementRate: string;
    readonly engagementsPerPost: string;
    readonly reachPerPost: string;
    readonly tooFew: boolean;
  }>;
  /** Two ranked groups or more: their bars. */
  readonly chart: BarChartInput | null;
}

export interface WhatWorksSection {
  readonly title: string;
  readonly intro: string;
  readonly columns: {
    readonly posts: string;
    readonly rank: string;
    readonly rate: string;
    readonly engagements: string;
    readonly reach: string;
  };
  readonly tables: readonly WhatWorksTable[];
  /** How many posts the hours leave out for want of a time; null when none. */
  readonly withoutTime: string | null;
}

export function whatWorksSection(
  view: ReportView,
  options: { title?: string | undefined } = {},
): WhatWorksSection | null {
  if (view.report.client.posts.length === 0) return null;
  const { t, style } = view;
  const w = t.whatWorks;
  const works = view.model.whatWorks();
  const { calendar } = view.report.client;
  const first = calendar.monthOf(works.span.from);
  const months = `${formatMonth(calendar, first, style.locale, 'long')} – ${view.periodLabel}`;
  const rate = (value: number | null) => formatMetric('engagement_rate', value, style);
  const table = (
    id: WhatWorksTable['id'],
    title: string,
    groupLabel: string,
    groups: readonly PostGroup[],
    label: (key: string) => string,
    chartName = title,
  ): WhatWorksTable => {
    const rankedGroups = groups.filter((group) => group.rank !== null).sort((a, b) => a.rank! - b.rank!);
    return {
      id,
      title,
      groupLabel,
      rows: groups.map((group) => ({
        key: group.key,
        label: label(group.key),
        posts: formatWhole(group.posts, style),
        rank: group.rank === null ? (group.tooFew ? w.tooFew : t.notAvailable) : formatWhole(group.rank, style),
        engagementRate: rate(group.engagementRate),
        engagementsPerPost: formatMetric('engagements', group.engagementsPerPost, style),
        reachPerPost: formatMetric('reach', group.reachPerPost, style),
        tooFew: group.tooFew,
      })),
      chart:
        rankedGroups.length > 1
          ? {
              title: w.chartTitle(chartName),
              description: w.chartDescription(
                chartName,
                rankedGroups
                  .map((group) => `${label(group.key)} ${rate(group.engagementRate)}`)
                  .join(t.clauseSeparator),
              ),
              metric: 'engagement_rate',
              bars: rankedGroups.map((group) => ({ label: label(group.key), value: group.engagementRate })),
              valueLabel: (value) => rate(value),
              notAvailable: t.notAvailable,
            }
          : null,
    };
  };
  return {
    title: options.title ?? w.heading,
    intro: w.intro(months, formatWhole(works.posts, style), formatWhole(works.minPosts, style)),
    columns: {
      posts: w.posts,
      rank: w.rank,
      rate: t.metrics.engagement_rate,
      engagements: w.engagementsPerPost,
      reach: w.reachPerPost,
    },
    tables: [
      table('type', w.byType, w.type, works.byType, (key) => t.topPosts.types[key] ?? key),
      table('weekday', w.byWeekday, w.weekday, inLocaleWeek(works.byWeekday, style.locale), (key) =>
        formatWeekday(Number(key), style.locale),
      ),
      table(
        'hour',
        w.byHour(formatTimeZone(works.timeZone, style.locale)),
        w.hour,
        works.byHour,
        (key) => formatHour(Number(key), style.locale),
        w.hourChart,
      ),
    ].filter((entry) => entry.rows.length > 0),
    withoutTime:
      works.byHour.length > 0 && works.withoutTime > 0 ? w.withoutTime(formatWhole(works.withoutTime, style)) : null,
  };
}

/** The weekday groups in the order of the client's week: Saturday first in Iran. */
function inLocaleWeek(groups: readonly PostGroup[], locale: string): PostGroup[] {
  const first = firstWeekday(locale);
  const place = (group: PostGroup) => (Number(group.key) - first + 7) % 7;
  return [...groups].sort((a, b) => place(a) - place(b));
}

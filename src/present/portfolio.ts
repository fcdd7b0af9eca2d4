/**
 * The agency's portfolio: one row per client on the combined site's home page, to
 * see at a glance whose social media is paying off, whose goals need attention and
 * whose data has not been brought up to date.
 */
import { evaluateGoals, type GoalStatus } from '../aggregate/goals.ts';
import type { ClientReport } from '../aggregate/client-report.ts';
import type { Calendar, Day } from '../model/calendar.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import {
  formatChange,
  formatDay,
  formatMetric,
  formatMonth,
  languageOf,
  numberStyle,
  textDirection,
} from './format.ts';
import { messagesFor, metricLabel } from './messages/index.ts';
import { periodLinkLabel } from './period-labels.ts';
import { CADENCE_PERIOD } from '../model/periods.ts';
import { toneOf, type Tone } from './metric-presentation.ts';

/** The figures that say how the latest month went, the first three a client reports. */
export const PORTFOLIO_HEADLINE = ['roi', 'value', 'impressions', 'followers'] as const;
const HEADLINE_COUNT = 3;
/** The ROI trend covers the latest month and the twelve before it, as the report's trend charts do. */
export const TREND_MONTHS = 13;
/** Goal statuses that ask the agency to act. */
const NEEDS_ATTENTION: readonly GoalStatus[] = ['at_risk', 'off_track'];

export interface PortfolioFigure {
  readonly metric: string;
  readonly label: string;
  readonly value: string;
  readonly change: string;
  readonly tone: Tone;
}

export interface PortfolioRow {
  readonly slug: string;
  readonly name: string;
  /** The client's locale, language and direction: its own figures are shown in its words. */
  readonly locale: string;
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly brandColor: string | undefined;
  /** A protected client's figures stay on its own, encrypted pages. */
  readonly protected: boolean;
  /** The client's latest regular report (a month's, or a week's by its cadence), which the row links to. */
  readonly latest: { readonly periodId: string; readonly label: string; readonly partial: boolean };
  readonly headline: readonly PortfolioFigure[];
  /** ROI per month, oldest first, for the sparkline; null where a month has no ROI. */
  readonly roiTrend: readonly TrendPoint[];
  /** The trend in words, for readers who cannot see the line. */
  readonly roiTrendLabel: string;
  readonly goalsNeedingAttention: ReadonlyArray<{
    readonly label: string;
    readonly status: GoalStatus;
    readonly statusLabel: string;
  }>;
  readonly dataThrough: Day;
  readonly dataThroughLabel: string;
  readonly stale: boolean;
}

export interface TrendPoint {
  readonly label: string;
  readonly value: number | null;
}

export function portfolioRow(report: ClientReport, today: Day): PortfolioRow {
  const { config, slug, calendar } = report.client;
  const style = numberStyle(config);
  const t = messagesFor(config.locale);
  const latest = report.months.at(-1)!;
  // The figures are the month's, alike for every client; the link goes to the client's own latest report.
  const latestReport = report.reports(CADENCE_PERIOD[config.cadence]).at(-1)!;
  const all = latest.platforms[ALL_PLATFORMS] ?? {};
  const headline = PORTFOLIO_HEADLINE.filter((id) => Object.hasOwn(all, id))
    .slice(0, HEADLINE_COUNT)
    .map((metric): PortfolioFigure => {
      const figures = all[metric]!;
      return {
        metric,
        label: metricLabel(t, metric),
        value: formatMetric(metric, figures.value, style),
        change: formatChange(metric, figures.mom, style),
        tone: toneOf(metric, figures.mom.change),
      };
    });
  const roiTrend = report.months.slice(-TREND_MONTHS).map((month) => {
    const roi = month.platforms[ALL_PLATFORMS]?.roi?.value ?? null;
    return { label: formatMonth(calendar, month.month, config.locale, 'short'), value: roi };
  });
  const trendKnown = roiTrend.filter((point) => point.value !== null);
  const roiTrendLabel =
    trendKnown.length === 0
      ? t.site.noRoiTrend
      : t.site.roiTrendOf(
          trendKnown[0]!.label,
          trendKnown.at(-1)!.label,
          formatMetric('roi', trendKnown[0]!.value, style),
          formatMetric('roi', trendKnown.at(-1)!.value, style),
        );
  const goalsNeedingAttention = evaluateGoals(report, latest)
    .filter((goal) => goal.status !== null && NEEDS_ATTENTION.includes(goal.status))
    .map((goal) => ({ label: goal.label ?? goal.id, status: goal.status!, statusLabel: t.goals.status[goal.status!] }));
  return {
    slug,
    name: config.name,
    locale: config.locale,
    lang: languageOf(config.locale),
    dir: textDirection(config.locale),
    brandColor: config.brand.color,
    protected: config.access === 'password',
    latest: {
      periodId: latestReport.period.id,
      label: periodLinkLabel(calendar, latestReport.period, config.locale, t),
      partial: latestReport.partial,
    },
    headline,
    roiTrend,
    roiTrendLabel,
    goalsNeedingAttention,
    dataThrough: report.dataThrough,
    dataThroughLabel: formatDay(report.dataThrough, config.locale),
    stale: isStale(calendar, report.dataThrough, today),
  };
}

/**
 * Data is stale when it stops before the end of the last full month: by then that
 * month's report should be complete, and a reader would take a partial one for the whole.
 */
export function isStale(calendar: Calendar, dataThrough: Day, today: Day): boolean {
  const lastFullMonth = calendar.addMonths(calendar.monthOf(today), -1);
  return dataThrough < calendar.lastDay(lastFullMonth);
}

/** A sparkline's drawing in a box of the given size. */
export interface Sparkline {
  /** One subpath per run of months with a value: a month without one is a gap, not a dip to zero. */
  readonly path: string;
  /** The latest value's point, marked with a dot (a lone month has no line to show). */
  readonly last: { readonly x: number; readonly y: number };
}

/** Null when no month has a value. */
export function sparkline(values: ReadonlyArray<number | null>, width: number, height: number): Sparkline | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  // Higher is up; a flat line sits in the middle.
  const y = (v: number) => round(max === min ? height / 2 : height - ((v - min) / (max - min)) * height);
  let path = '';
  let drawing = false;
  let last = { x: 0, y: 0 };
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    last = { x: round(index * step), y: y(value) };
    path += `${drawing ? 'L' : 'M'}${last.x} ${last.y}`;
    drawing = true;
  });
  return { path, last };
}

/**
 * A client's reports: for every period (each month, and on demand each week, two-month
 * period, quarter and year), platform and the cross-platform total, each metric's
 * value against the period before (`mom`), the same period a year earlier (`yoy`),
 * and quarter-to-date and year-to-date through the period's end.
 *
 * A partial period (the data stops before its last day) is compared like for like:
 * its first N days against the first N days of the period before and of the same
 * period a year earlier. A comparison whose earlier span starts before the client's
 * data does has no previous value, because a half-covered span would make growth
 * look bigger than it was.
 */
import type { Calendar, Day, DaySpan, Month } from '../model/calendar.ts';
import {
  clientPeriods,
  type ClientPeriods,
  type Period,
  type PeriodKind,
  type PeriodScheme,
} from '../model/periods.ts';
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { dictionary } from '../model/dictionary.ts';
import { factsOf } from '../model/metric-registry.ts';
import { observedDays, type Series } from '../model/series.ts';
import type { ClientData } from '../ingest/load-data-dir.ts';
import { compare, type Amount, type Change, type Valuation } from './formulas.ts';
import { buildScopes, spanMeasurer, type RevenueSource, type ScopeFigures, type Scopes } from './scopes.ts';
import { addedSources, socialTraffic, type SocialTraffic } from './social-traffic.ts';

export interface SpanComparison extends Change {
  readonly value: Amount;
}

export interface MetricFigures {
  readonly value: Amount;
  /** Against the period before (month over month for a month, week over week for a week). */
  readonly mom: Change;
  /** Against the same period a year earlier. */
  readonly yoy: Change;
  readonly qtd: SpanComparison;
  readonly ytd: SpanComparison;
  /** Reach summed over days or platforms counts some people more than once. */
  readonly upperBound: boolean;
}

export type PlatformFigures = Readonly<Record<string, MetricFigures>>;

export interface Coverage {
  readonly from: Day;
  readonly to: Day;
}

/** A client's figures over one period: a month, or a week, two months, a quarter or a year. */
export interface PeriodReport {
  readonly period: Period;
  /** The month the period ends in: month-by-month history (trends, share of voice) runs up to it. */
  readonly month: Month;
  /** The days of the period that the client's data covers. */
  readonly coverage: Coverage;
  /** The last day the report counts: the period's last day, or the earlier day it is reported as of. */
  readonly through: Day;
  readonly partial: boolean;
  /** The days `mom` compares with: the period before, cut like for like; null before the data starts. */
  readonly previousSpan: DaySpan | null;
  /** By platform slug, plus `all` for the cross-platform total. */
  readonly platforms: Readonly<Record<string, PlatformFigures>>;
}

export interface ClientReport {
  readonly client: ClientData;
  readonly dataFrom: Day;
  readonly dataThrough: Day;
  /** Oldest first. */
  readonly months: PeriodReport[];
  /** The client's weeks, two-month periods, quarters and years, in its calendar. */
  readonly periods: ClientPeriods;
  /** The client's periods of one kind, oldest first, each reported when first asked for. */
  reports(kind: PeriodKind): readonly PeriodReport[];
  /** The month `day` is in, from its first day through `day`: the month as it stood that day. */
  monthToDate(day: Day): PeriodReport;
  /**
   * A metric's value over any span of days, measured as the months' own figures are:
   * flows summed, stocks the last observation in the span, derived metrics recomputed
   * from the span's sums. Null when nothing was reported in the span, or when the span
   * cuts through a month total.
   */
  measure(platform: string, metric: string, span: DaySpan): Amount;
}

export function buildClientReport(client: ClientData): ClientReport | null {
  const { calendar, series } = client;
  const extent = dataExtent(series);
  if (!extent) return null;
  const valuation: Valuation = { leadValue: client.config.lead_value, conversionValue: client.config.conversion_value };
  const scopes = buildScopes(series);
  const measure = spanMeasurer(
    scopes,
    valuation,
    client.config.value_source === 'ga4' ? socialRevenue(client) : undefined,
  );
  const periods = clientPeriods(calendar, client.config.locale);
  const byKind = new Map<PeriodKind, PeriodReport[]>();
  const reports = (kind: PeriodKind): PeriodReport[] => {
    let found = byKind.get(kind);
    if (!found) {
      const scheme = periods.scheme(kind);
      // A month total never fits in a week: weeks run only where the day rows do.
      const [first, last] = kind === 'week' ? [extent.from, extent.to] : [extent.firstDay, extent.lastDay];
      found = periodsBetween(scheme, first, last).map((period) =>
        buildPeriod(calendar, scheme, period, extent, scopes, measure),
      );
      byKind.set(kind, found);
    }
    return found;
  };
  const months = reports('month');
  const monthScheme = periods.scheme('month');
  const monthToDate = (day: Day): PeriodReport => {
    const whole = months.find((m) => m.period.span.from <= day && day <= m.period.span.to);
    // Nothing in the month after `day`: the month as it stood then is the month's own report.
    if (whole && (day >= whole.period.span.to || (whole.coverage.to <= day && day >= extent.lastDay))) return whole;
    return buildPeriod(calendar, monthScheme, monthScheme.periodOf(day), extent, scopes, measure, day);
  };
  return {
    client,
    dataFrom: extent.from,
    dataThrough: extent.to,
    months,
    periods,
    reports,
    monthToDate,
    measure: (platform, metric, span) => measure(span).get(platform)?.values[metric] ?? null,
  };
}

/**
 * GA4's revenue from social sources over a span: per network for a platform, all of
 * it for the cross-platform total; null for a span its rows do not fit in.
 */
function socialRevenue(client: ClientData): RevenueSource {
  const sources = addedSources(client.config.traffic_sources);
  const bySpan = new Map<string, SocialTraffic | null>();
  return (platform, span) => {
    if (span === null) return null;
    const key = `${span.from}:${span.to}`;
    if (!bySpan.has(key)) bySpan.set(key, socialTraffic(client.traffic, span, sources, []));
    const traffic = bySpan.get(key)!;
    if (traffic === null) return null;
    if (platform === ALL_PLATFORMS) return traffic.total.revenue;
    return traffic.networks.find((n) => n.network === platform)?.revenue ?? null;
  };
}

interface Extent {
  readonly from: Day;
  readonly to: Day;
  /** The first and last day of anything reported, month totals included. */
  readonly firstDay: Day;
  readonly lastDay: Day;
}

/**
 * The days the client's data covers. Daily data decides where it starts and stops,
 * because a month total (a monthly invoice, say) says nothing about which days are in.
 */
function dataExtent(series: readonly Series[]): Extent | null {
  const { dayRows, monthTotals } = observedDays(series);
  const covered = dayRows ?? monthTotals;
  if (!covered) return null;
  return {
    from: covered.from,
    to: covered.to,
    firstDay: Math.min(covered.from, monthTotals?.from ?? Infinity),
    lastDay: Math.max(covered.to, monthTotals?.to ?? -Infinity),
  };
}

function periodsBetween(scheme: PeriodScheme, firstDay: Day, lastDay: Day): Period[] {
  const periods: Period[] = [];
  for (let p = scheme.periodOf(firstDay); p.span.from <= lastDay; p = scheme.add(p, 1)) periods.push(p);
  return periods;
}

function buildPeriod(
  calendar: Calendar,
  scheme: PeriodScheme,
  period: Period,
  extent: Extent,
  scopes: Scopes,
  measure: (span: DaySpan | null) => Map<string, ScopeFigures>,
  /** Report the period as it stood on this day: its later days are left out, as days without data are. */
  through: Day = Infinity,
): PeriodReport {
  const whole = period.span;
  const end = Math.min(whole.to, through);
  const coverage: Coverage = { from: Math.max(whole.from, extent.from), to: Math.min(end, extent.to) };
  const partial = coverage.from > whole.from || coverage.to < whole.to;
  // How many days into the period the data reaches, when it stops early: earlier spans are cut to match.
  const daysIn = coverage.to < whole.to ? coverage.to - whole.from : null;

  const likeForLike = (earlier: Period | null): DaySpan | null => {
    if (earlier === null) return null;
    const span = earlier.span;
    return daysIn === null ? span : { from: span.from, to: Math.min(span.to, span.from + daysIn) };
  };
  /** An earlier span counts only when the client's data covers all of it. */
  const covered = (span: DaySpan | null): DaySpan | null => (span !== null && span.from >= extent.from ? span : null);
  /** From the start of the quarter (or year) that `to` is in, through `to`. */
  const toDate = (to: Day, start: (month: Month) => Month): DaySpan => ({
    from: calendar.firstDay(start(calendar.monthOf(to))),
    to,
  });
  const quarterStart = (month: Month) => calendar.quarterStart(month);
  const yearStart = (month: Month) => calendar.yearStart(month);

  // The period's own value takes everything in it, month totals included; only earlier spans are cut.
  const current: DaySpan = { from: whole.from, to: end };
  const momSpan = covered(likeForLike(scheme.add(period, -1)));
  const yoySpan = likeForLike(scheme.yearAgo(period));
  const qtd = toDate(end, quarterStart);
  const ytd = toDate(end, yearStart);
  const qtdBefore = yoySpan === null ? null : covered(toDate(yoySpan.to, quarterStart));
  const ytdBefore = yoySpan === null ? null : covered(toDate(yoySpan.to, yearStart));

  const now = measure(current);
  const mom = measure(momSpan);
  const yoy = measure(covered(yoySpan));
  const qtdNow = measure(qtd);
  const qtdThen = measure(qtdBefore);
  const ytdNow = measure(ytd);
  const ytdThen = measure(ytdBefore);

  const platforms = dictionary<PlatformFigures>();
  for (const scope of [...scopes.platforms, scopes.all]) {
    const at = (figures: Map<string, ScopeFigures>, metric: string): Amount =>
      figures.get(scope.name)!.values[metric] ?? null;
    const figures = dictionary<MetricFigures>();
    for (const metric of [...scope.metrics, ...scope.derived]) {
      const value = at(now, metric);
      figures[metric] = {
        value,
        mom: compare(value, at(mom, metric)),
        yoy: compare(value, at(yoy, metric)),
        qtd: spanComparison(at(qtdNow, metric), at(qtdThen, metric)),
        ytd: spanComparison(at(ytdNow, metric), at(ytdThen, metric)),
        upperBound: factsOf(metric).unique === true && now.get(scope.name)!.reachUpperBound,
      };
    }
    platforms[scope.name] = figures;
  }
  return {
    period,
    month: calendar.monthOf(whole.to),
    coverage,
    through: end,
    partial,
    previousSpan: momSpan,
    platforms,
  };
}

function spanComparison(value: Amount, previous: Amount): SpanComparison {
  return { value, ...compare(value, previous) };
}

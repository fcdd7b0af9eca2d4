/**
 * A client's monthly reports: for every month, platform and the cross-platform
 * total, each metric's value with its month-over-month, year-over-year,
 * quarter-to-date and year-to-date comparisons.
 *
 * A partial month (the data stops before its last day) is compared like for like:
 * its first N days against the first N days of the month before and of the same
 * month a year earlier. A comparison whose earlier span starts before the client's
 * data does has no previous value, because a half-covered span would make growth
 * look bigger than it was.
 */
import {
  monthsBetween,
  monthSpan,
  type Calendar,
  type Day,
  type DaySpan,
  type Month,
} from '../model/calendar.ts';
import { ALL_PLATFORMS, BUILT_IN_METRICS, isBuiltInMetric, type DerivedMetricId } from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import type { ClientData } from '../ingest/load-data-dir.ts';
import { derivedMetricsFor, withDerived, type Totals } from './derived-metrics.ts';
import { compare, type Amount, type Change, type Valuation } from './formulas.ts';
import { measureFlow, measureStock } from './measure.ts';

export interface SpanComparison extends Change {
  readonly value: Amount;
}

export interface MetricFigures {
  readonly value: Amount;
  readonly mom: Change;
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

export interface MonthlyReport {
  readonly month: Month;
  /** The days of the month that the client's data covers. */
  readonly coverage: Coverage;
  readonly partial: boolean;
  /** By platform slug, plus `all` for the cross-platform total. */
  readonly platforms: Readonly<Record<string, PlatformFigures>>;
}

export interface ClientReport {
  readonly client: ClientData;
  readonly dataFrom: Day;
  readonly dataThrough: Day;
  /** Oldest first. */
  readonly months: MonthlyReport[];
}

interface Scope {
  readonly name: string;
  readonly byMetric: ReadonlyMap<string, Series[]>;
  readonly metrics: readonly string[];
  readonly derived: readonly DerivedMetricId[];
}

const BUILT_IN_ORDER = Object.keys(BUILT_IN_METRICS);

export function buildClientReport(client: ClientData): ClientReport | null {
  const { calendar, series } = client;
  const extent = dataExtent(series, calendar);
  if (!extent) return null;
  const valuation: Valuation = { leadValue: client.config.lead_value, conversionValue: client.config.conversion_value };
  const scopes = buildScopes(series);
  const months = monthsBetween(calendar, extent.firstMonth, extent.lastMonth).map((month) =>
    buildMonth(calendar, month, extent, scopes, valuation),
  );
  return { client, dataFrom: extent.from, dataThrough: extent.to, months };
}

interface Extent {
  readonly from: Day;
  readonly to: Day;
  readonly firstMonth: Month;
  readonly lastMonth: Month;
}

/**
 * The days the client's data covers. Daily data decides where it starts and stops,
 * because a month total (a monthly invoice, say) says nothing about which days are in.
 */
function dataExtent(series: readonly Series[], calendar: Calendar): Extent | null {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  let firstMonthDay = Infinity;
  let lastMonthDay = -Infinity;
  for (const s of series) {
    const days = s.sortedDays;
    if (days.length > 0) {
      firstDay = Math.min(firstDay, days[0]!);
      lastDay = Math.max(lastDay, days[days.length - 1]!);
    }
    for (const month of s.monthSpans) {
      firstMonthDay = Math.min(firstMonthDay, month.from);
      lastMonthDay = Math.max(lastMonthDay, month.to);
    }
  }
  const hasDays = Number.isFinite(firstDay);
  if (!hasDays && !Number.isFinite(firstMonthDay)) return null;
  const from = hasDays ? firstDay : firstMonthDay;
  const to = hasDays ? lastDay : lastMonthDay;
  return {
    from,
    to,
    firstMonth: calendar.monthOf(Math.min(from, firstMonthDay)),
    lastMonth: calendar.monthOf(Math.max(to, lastMonthDay)),
  };
}

function buildScopes(series: readonly Series[]): Scope[] {
  const groups = new Map<string, Map<string, Series[]>>([[ALL_PLATFORMS, new Map()]]);
  for (const s of series) {
    for (const name of [s.platform, ALL_PLATFORMS]) {
      let byMetric = groups.get(name);
      if (!byMetric) {
        byMetric = new Map();
        groups.set(name, byMetric);
      }
      const list = byMetric.get(s.metric) ?? [];
      list.push(s);
      byMetric.set(s.metric, list);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === ALL_PLATFORMS ? 1 : b === ALL_PLATFORMS ? -1 : a.localeCompare(b)))
    .map(([name, byMetric]) => {
      const reported = new Set(byMetric.keys());
      return { name, byMetric, metrics: orderMetrics(reported), derived: derivedMetricsFor(reported) };
    });
}

function orderMetrics(reported: ReadonlySet<string>): string[] {
  const builtIn = BUILT_IN_ORDER.filter((id) => reported.has(id));
  const custom = [...reported].filter((id) => !isBuiltInMetric(id)).sort();
  return [...builtIn, ...custom];
}

interface ScopeTotals {
  readonly values: Readonly<Record<string, Amount>>;
  readonly reachUpperBound: boolean;
}

function totalsOver(scope: Scope, span: DaySpan | null, valuation: Valuation): ScopeTotals {
  const totals: Record<string, Amount> = {};
  const unknown = new Set<string>();
  let reachUpperBound = false;
  for (const metric of scope.metrics) {
    if (span === null) {
      totals[metric] = null;
      continue;
    }
    const list = scope.byMetric.get(metric)!;
    const measured = list[0]!.kind === 'stock' ? measureStock(list, span) : measureFlow(list, span);
    totals[metric] = measured.value;
    if (!measured.known) unknown.add(metric);
    if (metric === 'reach') reachUpperBound = measured.observations > 1 || measured.contributors > 1;
  }
  return { values: withDerived(totals as Totals, scope.derived, valuation, unknown), reachUpperBound };
}

function buildMonth(calendar: Calendar, month: Month, extent: Extent, scopes: readonly Scope[], valuation: Valuation): MonthlyReport {
  const whole = monthSpan(calendar, month);
  const coverage: Coverage = { from: Math.max(whole.from, extent.from), to: Math.min(whole.to, extent.to) };
  const partial = coverage.from > whole.from || coverage.to < whole.to;
  // How many days into the month the data reaches, when it stops early: earlier spans are cut to match.
  const daysIn = coverage.to < whole.to ? coverage.to - whole.from : null;

  const likeForLike = (earlier: Month): DaySpan => {
    const span = monthSpan(calendar, earlier);
    return daysIn === null ? span : { from: span.from, to: Math.min(span.to, span.from + daysIn) };
  };
  /** An earlier span counts only when the client's data covers all of it. */
  const covered = (span: DaySpan): DaySpan | null => (span.from >= extent.from ? span : null);

  // The month's own value takes everything in it, month totals included; only earlier spans are cut.
  const current = whole;
  const yearAgo = calendar.addMonths(month, -12);
  const momSpan = covered(likeForLike(calendar.addMonths(month, -1)));
  const yoySpan = likeForLike(yearAgo);
  const qtd: DaySpan = { from: calendar.firstDay(calendar.quarterStart(month)), to: whole.to };
  const ytd: DaySpan = { from: calendar.firstDay(calendar.yearStart(month)), to: whole.to };
  const qtdBefore = covered({ from: calendar.firstDay(calendar.quarterStart(yearAgo)), to: yoySpan.to });
  const ytdBefore = covered({ from: calendar.firstDay(calendar.yearStart(yearAgo)), to: yoySpan.to });

  const platforms: Record<string, PlatformFigures> = {};
  for (const scope of scopes) {
    const now = totalsOver(scope, current, valuation);
    const mom = totalsOver(scope, momSpan, valuation);
    const yoy = totalsOver(scope, covered(yoySpan), valuation);
    const qtdNow = totalsOver(scope, qtd, valuation);
    const qtdThen = totalsOver(scope, qtdBefore, valuation);
    const ytdNow = totalsOver(scope, ytd, valuation);
    const ytdThen = totalsOver(scope, ytdBefore, valuation);
    const figures: Record<string, MetricFigures> = {};
    for (const metric of [...scope.metrics, ...scope.derived]) {
      const value = now.values[metric] ?? null;
      figures[metric] = {
        value,
        mom: compare(value, mom.values[metric] ?? null),
        yoy: compare(value, yoy.values[metric] ?? null),
        qtd: spanComparison(qtdNow.values[metric] ?? null, qtdThen.values[metric] ?? null),
        ytd: spanComparison(ytdNow.values[metric] ?? null, ytdThen.values[metric] ?? null),
        upperBound: metric === 'reach' && now.reachUpperBound,
      };
    }
    platforms[scope.name] = figures;
  }
  return { month, coverage, partial, platforms };
}

function spanComparison(value: Amount, previous: Amount): SpanComparison {
  return { value, ...compare(value, previous) };
}

/**
 * Trend charts: a metric's last 13 months as a line, rendered at build time to a
 * static, self-contained SVG (no script, no fonts, no URLs), so a page needs no
 * JavaScript to show it.
 *
 * The chart is a Vega-Lite spec rendered by Vega's headless SVG renderer. Every
 * number and month on it comes from the caller's formatters (Intl in the client's
 * locale), never from Vega's own d3-format: point labels are computed into the data
 * rows, and axis labels call one registered expression function that looks the
 * chart's formatters up by a per-render id, so charts rendered at the same time in
 * different locales cannot swap formatters.
 */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ClientReport } from '../aggregate/monthly-report.ts';
import { metricColor, unitOf } from './metric-presentation.ts';

export interface TrendPoint {
  /** `YYYY-MM`, in the report's calendar. */
  readonly month: string;
  /** Null when there is no value for the month: a gap in the line, never 0. */
  readonly value: number | null;
  /** The data covers only part of the month. */
  readonly partial: boolean;
}

export interface TrendChartInput {
  /** Shown at the top of the chart and as the SVG's `<title>`. */
  readonly title: string;
  /** The accessible description: the SVG's `aria-label` and `<desc>`. */
  readonly description: string;
  /** Metric id, for the line's colour. */
  readonly metric: string;
  /** Oldest first, as from `trendSeries`. */
  readonly points: readonly TrendPoint[];
  /** The report month (`YYYY-MM`): marked with a large point and its value. */
  readonly current: string;
  readonly locale: string;
  readonly currency: string;
  /** A month id as the axis shows it, e.g. "Nov 2025". */
  readonly monthLabel: (monthId: string) => string;
  /** A value as the axis and point labels show it, e.g. "$1,234". */
  readonly valueLabel: (value: number) => string;
  /** The SVG's width in its own units (its viewBox); it scales to its container. Default 640. */
  readonly width?: number;
  /** Default 220. */
  readonly height?: number;
  /** The words under the same month a year earlier. Default "last year". */
  readonly lastYearText?: string;
  /** The words under the current month's value when the month is partial. Default "partial month". */
  readonly partialText?: string;
}

export interface ChartTableRow {
  readonly month: string;
  /** The formatted value, or "n/a". */
  readonly value: string;
  readonly partial: boolean;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 220;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const TEXT = '#1f2937';
const MUTED = '#4b5563';
const GRID = '#e5e7eb';
const AXIS = '#9ca3af';
const LABEL_SIZE = 11;

/**
 * The last `months` months ending at `monthId`, oldest first. The default 13 takes in
 * the same month a year earlier. A month the report does not have, or in which the
 * platform did not report the metric, has a null value.
 */
export function trendSeries(
  report: ClientReport,
  platform: string,
  metric: string,
  monthId: string,
  months = 13,
): TrendPoint[] {
  const calendar = report.client.calendar;
  const end = calendar.parseMonth(monthId);
  if (!end) throw new Error(`trendSeries: "${monthId}" is not a month (expected YYYY-MM)`);
  const byId = new Map(report.months.map((m) => [m.month.id, m]));
  const points: TrendPoint[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const month = calendar.addMonths(end, -back);
    const found = byId.get(month.id);
    const value = found?.platforms[platform]?.[metric]?.value ?? null;
    points.push({
      month: month.id,
      value: value !== null && Number.isFinite(value) ? value : null,
      partial: found?.partial ?? false,
    });
  }
  return points;
}

/** The rows of the data table under a chart, oldest first. */
export function chartTable(
  points: readonly TrendPoint[],
  monthLabel: (monthId: string) => string,
  /** Says "n/a", in the reader's language, for null. */
  valueLabel: (value: number | null) => string,
): ChartTableRow[] {
  return points.map((p) => ({
    month: monthLabel(p.month),
    value: valueLabel(p.value),
    partial: p.partial,
  }));
}

/** The month twelve months before a `YYYY-MM` id, in any twelve-month calendar. */
export function yearEarlier(monthId: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(monthId);
  if (!match) return '';
  return `${String(Number(match[1]) - 1).padStart(4, '0')}-${match[2]}`;
}

// ---------------------------------------------------------------------------
// Axis labels through the caller's formatters.

interface AxisLabels {
  /** Point index -> month label; indices without an entry get no label. */
  readonly x: ReadonlyMap<number, string>;
  readonly y: (value: number) => string;
  /**
   * The chart's title. Vega reads a title given as text through its expression
   * compiler, which looks "constructor", "toString" or "hasOwnProperty" up as if they
   * were parameters and crashes: a custom metric or a campaign may be named so.
   */
  readonly title: string;
}

const LABEL_FUNCTION = 'recapAxisLabel';
const axisLabels = new Map<number, AxisLabels>();
let nextChartId = 1;

vega.expressionFunction(LABEL_FUNCTION, (chart: unknown, axis: unknown, value: unknown): string => {
  const labels = axisLabels.get(Number(chart));
  if (!labels || typeof value !== 'number' || !Number.isFinite(value)) return '';
  return axis === 'x' ? (labels.x.get(value) ?? '') : axis === 'title' ? labels.title : labels.y(value);
});

/** The title, as text Vega gets from the label function at render time. */
function titleText(chartId: number): { expr: string } {
  return { expr: `${LABEL_FUNCTION}(${chartId}, 'title', 0)` };
}

// ---------------------------------------------------------------------------

/** Renders the trend as a self-contained SVG string that scales to its container's width. */
export async function renderTrendChart(input: TrendChartInput): Promise<string> {
  const width = Math.round(input.width ?? DEFAULT_WIDTH);
  const height = Math.round(input.height ?? DEFAULT_HEIGHT);
  const chartId = nextChartId++;
  axisLabels.set(chartId, { x: monthLabels(input, width), y: input.valueLabel, title: input.title });
  try {
    const vgSpec = compile(trendSpec(input, chartId, width, height)).spec;
    const view = new vega.View(vega.parse(vgSpec), { renderer: 'none' });
    try {
      return finishSvg(await view.toSVG(), input);
    } finally {
      view.finalize();
    }
  } finally {
    axisLabels.delete(chartId);
  }
}

/**
 * Month labels for the x axis: every month when they fit, else every second (or
 * third...) month counted back from the current one, so the current month and the
 * same month last year are always labelled.
 */
function monthLabels(input: TrendChartInput, width: number): Map<number, string> {
  const texts = input.points.map((p) => input.monthLabel(p.month));
  const n = Math.max(texts.length, 1);
  const widest = Math.max(0, ...texts.map((t) => [...t].length)) * LABEL_SIZE * 0.6 + 8;
  // The plot is roughly the width less the y axis labels.
  const slot = (width - 70) / n;
  const step = Math.max(1, Math.ceil(widest / slot));
  const anchor = Math.max(
    0,
    input.points.findIndex((p) => p.month === input.current),
  );
  const labels = new Map<number, string>();
  texts.forEach((text, i) => {
    if ((((anchor - i) % step) + step) % step === 0) labels.set(i, text);
  });
  return labels;
}

/** One layer of a layered Vega-Lite spec. */
type Layer = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];
type Encoding = NonNullable<Extract<Layer, { mark: unknown }>['encoding']>;

interface TextStyle {
  readonly fontSize: number;
  readonly fontWeight?: 'bold';
  readonly color: string;
}

interface Row {
  readonly i: number;
  readonly value: number | null;
  /** The value when the month is whole: the solid line. */
  readonly solid: number | null;
  readonly partial: boolean;
  readonly label: string;
}

function trendSpec(input: TrendChartInput, chartId: number, width: number, height: number): TopLevelSpec {
  const color = metricColor(input.metric);
  const n = input.points.length;
  const rows: Row[] = input.points.map((p, i) => ({
    i,
    value: p.value,
    solid: p.partial ? null : p.value,
    partial: p.partial,
    label: p.value === null ? '' : input.valueLabel(p.value),
  }));
  // A segment into or out of a partial month is dashed: its own two-point line.
  const dashes: { seg: number; i: number; value: number }[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const a = rows[i]!;
    const b = rows[i + 1]!;
    if ((a.partial || b.partial) && a.value !== null && b.value !== null) {
      dashes.push({ seg: i, i, value: a.value }, { seg: i, i: i + 1, value: b.value });
    }
  }
  const currentIndex = input.points.findIndex((p) => p.month === input.current);
  const lastYearIndex = input.points.findIndex((p) => p.month === yearEarlier(input.current));
  const current = currentIndex >= 0 && rows[currentIndex]!.value !== null ? rows[currentIndex]! : null;
  const lastYear = lastYearIndex >= 0 && rows[lastYearIndex]!.value !== null ? rows[lastYearIndex]! : null;

  const x: Encoding['x'] = {
    field: 'i',
    type: 'quantitative',
    scale: { domain: [-0.5, Math.max(n, 1) - 0.5], nice: false, zero: false },
    axis: {
      values: rows.map((r) => r.i),
      labelExpr: `${LABEL_FUNCTION}(${chartId}, 'x', datum.value)`,
      labelOverlap: false,
      labelFlush: false,
      labelAngle: 0,
      labelPadding: 4,
      grid: false,
      tickSize: 4,
      title: null,
    },
  };
  const y: Encoding['y'] = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: true, nice: true },
    axis: {
      labelExpr: `${LABEL_FUNCTION}(${chartId}, 'y', datum.value)`,
      tickCount: 4,
      // No "0.5 posts" between whole counts.
      ...(unitOf(input.metric) === 'count' ? { tickMinStep: 1 } : {}),
      domain: false,
      ticks: false,
      labelPadding: 6,
      title: null,
    },
  };
  /** Labels next to a point at the plot's edge grow inward, so they are not cut off. */
  const align = (row: Row): 'left' | 'right' | 'center' =>
    row.i === 0 && n > 1 ? 'left' : row.i === n - 1 && n > 1 ? 'right' : 'center';

  /**
   * A point's value next to it, and a word or two (if any) beyond the value: above
   * the point, or below it when the line runs above it on both sides (and there is
   * room above the axis), so the line does not cross the labels.
   */
  const pointLabels = (row: Row, words: string, style: TextStyle): Layer[] => {
    const value = row.value ?? 0;
    const neighbours = [rows[row.i - 1]?.value, rows[row.i + 1]?.value].filter((v): v is number => v != null);
    const higher = neighbours.filter((v) => v > value).length;
    const lower = neighbours.filter((v) => v < value).length;
    const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
    const low = Math.min(0, ...values);
    const span = Math.max(...values) - low;
    const roomBelow = span > 0 && (value - low) / span > 0.3;
    const below = higher > lower && roomBelow;
    const text = (label: string, offset: number, font: TextStyle): Layer => ({
      data: { values: [{ ...row, label }] },
      mark: {
        type: 'text',
        align: align(row),
        baseline: below ? 'top' : 'bottom',
        dy: below ? offset : -offset,
        ...font,
      },
      encoding: { x, y, text: { field: 'label' } },
    });
    const layers: Layer[] = [text(row.label, 10, style)];
    if (words) layers.push(text(words, 12 + style.fontSize, { fontSize: LABEL_SIZE, color: MUTED }));
    return layers;
  };

  const layers: Layer[] = [
    {
      data: { name: 'rows' },
      mark: { type: 'line', color, strokeWidth: 2.5, strokeJoin: 'round', strokeCap: 'round' },
      encoding: { x, y: { ...y, field: 'solid' } },
    },
  ];
  if (dashes.length > 0) {
    layers.push({
      data: { values: dashes },
      mark: { type: 'line', color, strokeWidth: 2, strokeDash: [5, 4], strokeCap: 'butt' },
      encoding: { x, y, detail: { field: 'seg', type: 'nominal' } },
    });
  }
  layers.push({
    data: { name: 'rows' },
    // The current month and last year have their own, larger points.
    transform: [{ filter: `datum.value !== null && datum.i !== ${currentIndex} && datum.i !== ${lastYearIndex}` }],
    mark: { type: 'circle', size: 36, stroke: color, strokeWidth: 1.5, opacity: 1 },
    encoding: {
      x,
      y,
      fill: { condition: { test: 'datum.partial', value: 'white' }, value: color },
    },
  });
  if (lastYear && lastYear !== current) {
    layers.push(
      {
        data: { values: [lastYear] },
        mark: { type: 'circle', size: 150, fill: 'white', stroke: color, strokeWidth: 2.5, opacity: 1 },
        encoding: { x, y },
      },
      ...pointLabels(lastYear, input.lastYearText ?? 'last year', { fontSize: LABEL_SIZE, color: MUTED }),
    );
  }
  if (current) {
    layers.push(
      {
        data: { values: [current] },
        mark: {
          type: 'circle',
          size: 150,
          // A partial month's point is a tint: between the full point and last year's ring.
          fill: current.partial ? tint(color, 0.3) : color,
          stroke: current.partial ? color : 'white',
          strokeWidth: current.partial ? 2.5 : 2,
          opacity: 1,
        },
        encoding: { x, y },
      },
      ...pointLabels(current, current.partial ? (input.partialText ?? 'partial month') : '', {
        fontSize: 13,
        fontWeight: 'bold',
        color: TEXT,
      }),
    );
  }

  return {
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    padding: { top: 4, right: 8, bottom: 4, left: 4 },
    background: 'transparent',
    title: {
      text: titleText(chartId),
      anchor: 'start',
      frame: 'bounds',
      fontSize: 14,
      fontWeight: 'bold',
      color: TEXT,
      offset: 8,
      // Vega measures text headlessly at 0.8em a character, well over real text, and shrinks
      // the plot to make room: a title cut at the width (as Vega measures it) leaves the plot be.
      limit: width - 8,
    },
    datasets: { rows },
    layer: layers,
    config: {
      font: FONT,
      aria: false,
      view: { stroke: null },
      axis: {
        labelColor: MUTED,
        labelFontSize: LABEL_SIZE,
        labelFont: FONT,
        domainColor: AXIS,
        tickColor: AXIS,
        gridColor: GRID,
      },
    },
  };
}

// ---------------------------------------------------------------------------
// Ranked bars (campaigns against each other)

export interface BarChartInput {
  readonly title: string;
  readonly description: string;
  readonly metric: string;
  /** In the order to draw, best first; a null value draws no bar and says "n/a". */
  readonly bars: ReadonlyArray<{ readonly label: string; readonly value: number | null }>;
  readonly valueLabel: (value: number) => string;
  readonly notAvailable?: string;
  readonly width?: number;
}

/** Horizontal bars, one a row, each with its value written at its end. */
export async function renderBarChart(input: BarChartInput): Promise<string> {
  const chartId = nextChartId++;
  const names = input.bars.map((bar) => bar.label);
  // Bars are told apart by their index, never by their names: Vega keeps a nominal scale's
  // values as object keys, so campaigns named "constructor" or "valueOf" crashed it and
  // "__proto__" lost every label. The names reach the axis through the label function.
  axisLabels.set(chartId, { x: new Map(), y: (index) => names[index] ?? '', title: input.title });
  try {
    return await drawBarChart(input, chartId);
  } finally {
    axisLabels.delete(chartId);
  }
}

async function drawBarChart(input: BarChartInput, chartId: number): Promise<string> {
  // The bars' own width: with the names beside them and the values after them, the
  // drawing comes to about the trend charts' 480, so that its text reads as large on a phone.
  const width = Math.round(input.width ?? 300);
  const values = input.bars.map((bar, i) => ({
    order: i,
    value: bar.value ?? 0,
    text: bar.value === null ? (input.notAvailable ?? 'n/a') : input.valueLabel(bar.value),
  }));
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height: { step: 28 },
    title: { text: titleText(chartId), anchor: 'start', font: FONT, fontSize: 13, color: TEXT },
    data: { values },
    encoding: {
      y: {
        field: 'order',
        type: 'ordinal',
        sort: 'ascending',
        axis: {
          labelExpr: `${LABEL_FUNCTION}(${chartId}, 'y', datum.value)`,
          title: null,
          labelFont: FONT,
          labelFontSize: LABEL_SIZE,
          labelColor: TEXT,
          labelLimit: 160,
          ticks: false,
          domain: false,
        },
      },
      x: { field: 'value', type: 'quantitative', axis: null, scale: { zero: true } },
    },
    layer: [
      { mark: { type: 'bar', color: metricColor(input.metric), height: 16, cornerRadiusEnd: 2 } },
      {
        mark: { type: 'text', align: 'left', dx: 4, font: FONT, fontSize: LABEL_SIZE, color: TEXT },
        encoding: { text: { field: 'text', type: 'nominal' } },
      },
    ],
    config: { view: { stroke: null }, background: null },
  } as unknown as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return finishSvg(await view.toSVG(), input);
  } finally {
    view.finalize();
  }
}

// ---------------------------------------------------------------------------
// From Vega's SVG to the page's.

/** Attributes that carry only numbers and coordinates: safe to round. */
const GEOMETRY = /(\s(?:d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height)=")([^"]*)"/g;
/** Attributes Vega writes for interactive or ARIA use; inside a role="img" they are noise. */
const NOISE = /\s(?:class|role|aria-[a-z]+|pointer-events|font-family)="[^"]*"|\sopacity="1"/g;
/**
 * Elements that draw nothing: group backgrounds and foregrounds (a path with no
 * fill or stroke, under the root's fill="none"), and axis labels left empty. A clip
 * path's shape has no fill either, yet without it the bar it clips disappears.
 */
const INVISIBLE = /(?<!<clipPath[^>]*>)<path(?: d="[^"]*"| display="none")*\/>|<text[^>]*\/>/g;

/**
 * Vega's SVG with a new root: a viewBox without a fixed size (so it scales to its
 * container), role="img" with the description, a title and desc, and one font for
 * all text; coordinates rounded to a tenth of a unit.
 */
function finishSvg(svg: string, input: { readonly title: string; readonly description: string }): string {
  const open = /^<svg\b[^>]*\sviewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>/.exec(svg);
  if (!open || !svg.endsWith('</svg>')) throw new Error('renderTrendChart: unexpected SVG from Vega');
  const viewBox = `0 0 ${round(Number(open[1]))} ${round(Number(open[2]))}`;
  // Text nodes never contain a raw "<" or ">" (Vega escapes them), so this visits tags only.
  const body = svg
    .slice(open[0].length, -'</svg>'.length)
    .replace(/<[^>]+>/g, (tag) =>
      tag.replace(NOISE, '').replace(GEOMETRY, (_, name: string, value: string) => `${name}${roundAll(value)}"`),
    )
    .replace(INVISIBLE, '')
    .replace(/<g><\/g>/g, '')
    .replace(/<g><\/g>/g, '');
  const description = escapeXml(input.description);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" role="img" aria-label="${description}" ` +
    `font-family="${escapeXml(FONT)}" preserveAspectRatio="xMidYMid meet">` +
    `<title>${escapeXml(input.title)}</title><desc>${description}</desc>${body}</svg>`
  );
}

/** The colour `amount` of the way from white to `hex` (#rrggbb). */
function tint(hex: string, amount: number): string {
  const channel = (i: number): string =>
    Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

function round(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

function roundAll(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/gi, (num) => round(Number(num)));
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

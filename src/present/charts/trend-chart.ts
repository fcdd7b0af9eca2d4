/**
 * A trend chart: one metric over the last months as a line, the report month marked
 * with a large point and its value, the same month a year earlier with a ring. Every
 * number and month on it comes from the caller's formatters (Intl in the client's
 * locale). `trendChart` lays it out as a scene (plain data); `renderTrendChart` writes
 * the SVG. Drawn directly rather than through Vega, which took half of a build's time
 * for charts this simple.
 */
import { nice, ticks } from 'd3-array';
import { metricColor, unitOf } from '../metric-presentation.ts';
import { num, sceneSvg, fitText, textWidth, type Mark, type Scene } from './scene.ts';
import type { TrendPoint } from './trend-series.ts';

export interface TrendChartInput {
  /** Shown at the top of the chart and as the SVG's `<title>`. */
  readonly title: string;
  /** The accessible description: the SVG's `aria-label` and `<desc>`. */
  readonly description: string;
  /** Metric id, for the line's colour and whether ticks may fall between whole numbers. */
  readonly metric: string;
  /** Oldest first, as from `trendSeries`. */
  readonly points: readonly TrendPoint[];
  /** The report month (`YYYY-MM`): marked with a large point and its value. */
  readonly current: string;
  /** The same month a year earlier, marked with a ring; null or absent from the points for none. */
  readonly lastYear: string | null;
  /** A month id as the axis shows it, e.g. "Nov 2025". */
  readonly monthLabel: (monthId: string) => string;
  /** A value as the point labels show it, e.g. "$1,234.50". */
  readonly valueLabel: (value: number) => string;
  /** A value as the value axis shows it, e.g. "$5,000" and "$0"; default valueLabel. */
  readonly tickLabel?: (value: number) => string;
  /** The chart's width in its own units (its viewBox); it scales to its container. Default 640. */
  readonly width?: number;
  /** Default 220. */
  readonly height?: number;
  /** The words under the same month a year earlier. Default "last year". */
  readonly lastYearText?: string;
  /** The words under the current month's value when the month is partial. Default "partial month". */
  readonly partialText?: string;
}

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 220;
const TEXT = '#1f2937';
const MUTED = '#4b5563';
const GRID = '#e5e7eb';
const AXIS = '#9ca3af';
const TITLE_SIZE = 14;
const LABEL_SIZE = 11;
const VALUE_SIZE = 13;
const MARGIN = { top: 4, right: 8, bottom: 4, left: 4 };
const TICK = 4;
/** Radii of the points: a month, and the two marked months. */
const POINT = 3.4;
const MARKED = 6.9;
/** Ticks on the value axis, about. */
const Y_TICKS = 4;

export function renderTrendChart(input: TrendChartInput): string {
  return sceneSvg(trendChart(input));
}

export function trendChart(input: TrendChartInput): Scene {
  const width = Math.round(input.width ?? DEFAULT_WIDTH);
  const height = Math.round(input.height ?? DEFAULT_HEIGHT);
  const color = metricColor(input.metric);
  const points = input.points;
  const n = Math.max(points.length, 1);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));

  // The value axis: from zero (or below, for a negative ROI) to a round number above the top.
  const [low, high] = valueDomain(values);
  const yTicks = ticks(low, high, Y_TICKS).filter((t) => unitOf(input.metric) !== 'count' || Number.isInteger(t));
  const yLabels = yTicks.map((t) => (input.tickLabel ?? input.valueLabel)(t));
  const plotLeft = MARGIN.left + Math.max(0, ...yLabels.map((l) => textWidth(l, LABEL_SIZE))) + 6;
  const plotRight = width - MARGIN.right;
  const plotTop = MARGIN.top + TITLE_SIZE + 12;
  const plotBottom = height - MARGIN.bottom - TICK - LABEL_SIZE - 6;
  const step = (plotRight - plotLeft) / n;
  const x = (i: number) => plotLeft + (i + 0.5) * step;
  const y = (v: number) => plotBottom - ((v - low) / (high - low || 1)) * (plotBottom - plotTop);

  const marks: Mark[] = [];
  marks.push({
    type: 'text',
    x: MARGIN.left,
    y: MARGIN.top + TITLE_SIZE,
    text: fitText(input.title, width - 8, TITLE_SIZE),
    size: TITLE_SIZE,
    fill: TEXT,
    bold: true,
  });
  yTicks.forEach((t, i) => {
    marks.push({ type: 'line', x1: plotLeft, y1: y(t), x2: plotRight, y2: y(t), stroke: GRID });
    marks.push({
      type: 'text',
      x: plotLeft - 6,
      y: y(t),
      text: yLabels[i]!,
      size: LABEL_SIZE,
      fill: MUTED,
      anchor: 'end',
      baseline: 'middle',
    });
  });
  marks.push({ type: 'line', x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: AXIS });
  const labelled = monthLabels(input, width);
  points.forEach((_, i) => {
    marks.push({ type: 'line', x1: x(i), y1: plotBottom, x2: x(i), y2: plotBottom + TICK, stroke: AXIS });
    const label = labelled.get(i);
    if (label) {
      // A label centred under the last month would run past the chart's edge: it ends there instead.
      const half = textWidth(label, LABEL_SIZE) / 2;
      const atEdge = x(i) + half > width - 2;
      marks.push({
        type: 'text',
        x: atEdge ? width - 2 : x(i),
        y: plotBottom + TICK + 4,
        text: label,
        size: LABEL_SIZE,
        fill: MUTED,
        anchor: atEdge ? 'end' : 'middle',
        baseline: 'hanging',
      });
    }
  });

  marks.push(...lines(points, x, y, color));
  const currentIndex = points.findIndex((p) => p.month === input.current);
  const lastYearIndex = input.lastYear === null ? -1 : points.findIndex((p) => p.month === input.lastYear);
  points.forEach((p, i) => {
    if (p.value === null || i === currentIndex || i === lastYearIndex) return;
    marks.push({
      type: 'circle',
      cx: x(i),
      cy: y(p.value),
      r: POINT,
      fill: p.partial ? 'white' : color,
      stroke: color,
      strokeWidth: 1.5,
    });
  });

  const annotate = (i: number, words: string, valueStyle: { size: number; fill: string; bold?: boolean }) => {
    const value = points[i]!.value!;
    const neighbours = [points[i - 1]?.value, points[i + 1]?.value].filter((v): v is number => v != null);
    const higher = neighbours.filter((v) => v > value).length;
    const lower = neighbours.filter((v) => v < value).length;
    const span = Math.max(...values) - Math.min(0, ...values);
    const anchor = i === 0 && n > 1 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle';
    const texts = [
      { text: input.valueLabel(value), ...valueStyle },
      ...(words ? [{ text: words, size: LABEL_SIZE, fill: MUTED }] : []),
    ];
    const stack = MARKED + 3 + texts.reduce((height, t) => height + t.size + 2, 0);
    // Above a point at the top, the words would run into the title: below it, when there is room there.
    const roomAbove = y(value) - stack >= MARGIN.top + TITLE_SIZE + 4;
    const roomBelow = y(value) + stack <= plotBottom;
    // Below the point when the line runs above it on both sides and there is room; else above.
    const below =
      (roomBelow && higher > lower && span > 0 && (value - Math.min(0, ...values)) / span > 0.3) ||
      (!roomAbove && roomBelow);
    let at = y(value) + (below ? MARKED + 3 : -(MARKED + 3));
    for (const t of below ? texts : [...texts].reverse()) {
      marks.push({
        type: 'text',
        x: x(i),
        y: at,
        text: t.text,
        size: t.size,
        fill: t.fill,
        anchor,
        baseline: below ? 'hanging' : 'alphabetic',
        ...('bold' in t && t.bold ? { bold: true } : {}),
      });
      at += below ? t.size + 2 : -(t.size + 2);
    }
  };
  if (lastYearIndex >= 0 && lastYearIndex !== currentIndex && points[lastYearIndex]!.value !== null) {
    marks.push({
      type: 'circle',
      cx: x(lastYearIndex),
      cy: y(points[lastYearIndex]!.value!),
      r: MARKED,
      fill: 'white',
      stroke: color,
      strokeWidth: 2.5,
    });
    annotate(lastYearIndex, input.lastYearText ?? 'last year', { size: LABEL_SIZE, fill: MUTED });
  }
  const current = points[currentIndex];
  if (current && current.value !== null) {
    marks.push({
      type: 'circle',
      cx: x(currentIndex),
      cy: y(current.value),
      r: MARKED,
      // A partial month's point is a tint: between the full point and last year's ring.
      fill: current.partial ? tint(color, 0.3) : color,
      stroke: current.partial ? color : 'white',
      strokeWidth: current.partial ? 2.5 : 2,
    });
    annotate(currentIndex, current.partial ? (input.partialText ?? 'partial month') : '', {
      size: VALUE_SIZE,
      fill: TEXT,
      bold: true,
    });
  }
  return { width, height, title: input.title, description: input.description, marks };
}

/** Zero to a round number above the largest value, or from a round number below the smallest when it is negative. */
function valueDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  if (low === high) return [0, 1];
  return nice(low, high, Y_TICKS) as [number, number];
}

/** The solid line through whole months, with gaps where a month has no value; a dashed one into and out of a partial month. */
function lines(
  points: readonly TrendPoint[],
  x: (i: number) => number,
  y: (v: number) => number,
  color: string,
): Mark[] {
  let solid = '';
  let dashed = '';
  let drawing = false;
  points.forEach((p, i) => {
    const whole = p.value !== null && !p.partial;
    if (whole) {
      solid += `${drawing ? 'L' : 'M'}${num(x(i))},${num(y(p.value!))}`;
      drawing = true;
    } else drawing = false;
    const next = points[i + 1];
    if (next && p.value !== null && next.value !== null && (p.partial || next.partial)) {
      dashed += `M${num(x(i))},${num(y(p.value))}L${num(x(i + 1))},${num(y(next.value))}`;
    }
  });
  const marks: Mark[] = [];
  if (solid) marks.push({ type: 'path', d: solid, stroke: color, strokeWidth: 2.5 });
  if (dashed) marks.push({ type: 'path', d: dashed, stroke: color, strokeWidth: 2, dash: '5,4' });
  return marks;
}

/**
 * Month labels for the x axis: every month when they fit, else every second (or
 * third...) month counted back from the current one, so the current month and the
 * same month last year are always labelled.
 */
function monthLabels(input: TrendChartInput, width: number): Map<number, string> {
  const texts = input.points.map((p) => input.monthLabel(p.month));
  const n = Math.max(texts.length, 1);
  const widest = Math.max(0, ...texts.map((t) => textWidth(t, LABEL_SIZE))) + 8;
  // The plot is roughly the width less the value labels.
  const slot = (width - 70) / n;
  const needed = Math.max(1, Math.ceil(widest / slot));
  // A step that divides twelve lands on the same month a year earlier too.
  const step = [1, 2, 3, 4, 6, 12].find((s) => s >= needed) ?? needed;
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

/** The colour `amount` of the way from white to `hex` (#rrggbb). */
export function tint(hex: string, amount: number): string {
  const channel = (i: number): string =>
    Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * amount)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}

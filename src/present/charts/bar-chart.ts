/**
 * Ranked bars (campaigns against each other): one bar a row, best first, each with its
 * name before it and its value written at its end. Laid out as a scene; a negative
 * value (an ROI below zero) runs left of the zero line.
 */
import { metricColor } from '../metric-presentation.ts';
import { sceneSvg, fitText, textWidth, type Mark, type Scene } from './scene.ts';

export interface BarChartInput {
  readonly title: string;
  readonly description: string;
  readonly metric: string;
  /** In the order to draw, best first; a null value draws no bar and says "n/a". */
  readonly bars: ReadonlyArray<{ readonly label: string; readonly value: number | null }>;
  readonly valueLabel: (value: number) => string;
  readonly notAvailable?: string;
  /** The bars' own width; with the names beside them and the values after them the drawing is wider. */
  readonly width?: number;
}

const TEXT = '#1f2937';
const AXIS = '#9ca3af';
const TITLE_SIZE = 13;
const LABEL_SIZE = 11;
const ROW = 28;
const BAR = 16;
/** Names longer than this are cut with an ellipsis; the table below has them whole. */
const NAME_LIMIT = 160;

export function renderBarChart(input: BarChartInput): string {
  return sceneSvg(barChart(input));
}

export function barChart(input: BarChartInput): Scene {
  const barsWidth = Math.round(input.width ?? 300);
  const color = metricColor(input.metric);
  const names = input.bars.map((bar) => fitText(bar.label, NAME_LIMIT, LABEL_SIZE));
  const texts = input.bars.map((bar) =>
    bar.value === null ? (input.notAvailable ?? 'n/a') : input.valueLabel(bar.value),
  );
  const nameWidth = Math.max(0, ...names.map((name) => textWidth(name, LABEL_SIZE)));
  const valueWidth = Math.max(0, ...texts.map((text) => textWidth(text, LABEL_SIZE)));
  const left = 4 + nameWidth + 8;
  const values = input.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value]));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const scale = (v: number) => left + ((v - low) / (high - low || 1)) * barsWidth;
  const top = 4 + TITLE_SIZE + 10;
  const marks: Mark[] = [{ type: 'text', x: 4, y: 4 + TITLE_SIZE, text: input.title, size: TITLE_SIZE, fill: TEXT }];
  input.bars.forEach((bar, i) => {
    const middle = top + i * ROW + ROW / 2;
    marks.push({
      type: 'text',
      x: left - 8,
      y: middle,
      text: names[i]!,
      size: LABEL_SIZE,
      fill: TEXT,
      anchor: 'end',
      baseline: 'middle',
    });
    const end = bar.value === null ? scale(0) : scale(bar.value);
    if (bar.value !== null && bar.value !== 0) {
      const from = Math.min(scale(0), end);
      marks.push({
        type: 'rect',
        x: from,
        y: middle - BAR / 2,
        width: Math.abs(end - scale(0)),
        height: BAR,
        fill: color,
      });
    }
    const negative = bar.value !== null && bar.value < 0;
    // The value is written past the bar's end, on its own side of zero.
    marks.push({
      type: 'text',
      x: negative ? scale(0) + 4 : end + 4,
      y: middle,
      text: texts[i]!,
      size: LABEL_SIZE,
      fill: TEXT,
      baseline: 'middle',
    });
  });
  if (low < 0)
    marks.push({ type: 'line', x1: scale(0), y1: top, x2: scale(0), y2: top + input.bars.length * ROW, stroke: AXIS });
  return {
    width: Math.ceil(left + barsWidth + 4 + valueWidth + 8),
    height: top + input.bars.length * ROW + 4,
    title: input.title,
    description: input.description,
    marks,
  };
}

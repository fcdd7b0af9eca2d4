/**
 * How each metric is shown: its unit, which way is good news, its colour. One table,
 * so a metric is formatted and coloured the same way on every page. Its name, which
 * depends on the reader's language, is in the message catalogues (messages/).
 */
import { factsOf, goodDirection, isKnownMetric, METRICS, type MetricUnit } from '../model/metric-registry.ts';

export type { MetricUnit } from '../model/metric-registry.ts';

/** A client's own metric, unknown to the registry, is a count. */
export function unitOf(metric: string): MetricUnit {
  return factsOf(metric).unit;
}

/**
 * Which way is good news: 1 when a rise is good, -1 when a fall is (costs per
 * result), 0 when neither (spend and costs: spending more is a choice, not a result).
 */
export const changeDirection = goodDirection;

export type Tone = 'good' | 'bad' | 'neutral';

/** A change as its badge shows it: an arrow and a tone, flat when it rounds to nothing at the precision printed. */
export function changeMark(
  metric: string,
  change: { change: number | null; pct: number | null },
): { arrow: string; tone: Tone } {
  const inPoints = unitOf(metric) === 'percent';
  const shown = inPoints ? change.change : change.pct;
  // A change that shows as 0 at the precision printed (0 pts, +0%) is no change to the reader.
  const flat = shown === null || Math.round(Math.abs(shown) * (inPoints ? 100 : 10)) === 0;
  if (flat) return { arrow: '–', tone: 'neutral' };
  return { arrow: change.change! > 0 ? '▲' : '▼', tone: toneOf(metric, change.change) };
}

/** How a change should be coloured. */
export function toneOf(metric: string, change: number | null): Tone {
  const direction = changeDirection(metric);
  if (change === null || change === 0 || direction === 0) return 'neutral';
  return change * direction > 0 ? 'good' : 'bad';
}

/** The metric's colour; a metric without one in the table gets a stable colour from its id. */
export function metricColor(metric: string): string {
  return isKnownMetric(metric) ? METRICS[metric].color : hashedColor(metric);
}

/** A hue from the id's FNV-1a hash, darkened until it has 4.5:1 contrast on white. */
function hashedColor(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  const hue = (hash >>> 0) % 360;
  for (let lightness = 45; ; lightness -= 2) {
    const rgb = hslToRgb(hue, 0.65, lightness / 100);
    if (contrastOnWhite(rgb) >= 4.5 || lightness <= 15) return `#${rgb.map(hexByte).join('')}`;
  }
}

const hexByte = (c: number): string => c.toString(16).padStart(2, '0');

function hslToRgb(hue: number, saturation: number, lightness: number): number[] {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number): number => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

/** WCAG 2 contrast ratio of an sRGB colour against white. */
function contrastOnWhite(rgb: readonly number[]): number {
  const linear = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return 1.05 / (luminance + 0.05);
}

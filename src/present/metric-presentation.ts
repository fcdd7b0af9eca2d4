/**
 * How each metric is shown: its unit, which way is good news, its colour. One table,
 * so a metric is formatted and coloured the same way on every page. Its name, which
 * depends on the reader's language, is in the message catalogues (messages/).
 */
export type MetricUnit = 'count' | 'money' | 'percent' | 'multiple';

const UNITS: Readonly<Record<string, MetricUnit>> = {
  revenue: 'money',
  spend: 'money',
  cost: 'money',
  engagement_rate: 'percent',
  ctr: 'percent',
  conversion_rate: 'percent',
  cpc: 'money',
  cpm: 'money',
  cpa: 'money',
  roas: 'multiple',
  value: 'money',
  total_cost: 'money',
  roi: 'percent',
};

/** Every other metric, built-in or the client's own, is a count. */
export function unitOf(metric: string): MetricUnit {
  return Object.hasOwn(UNITS, metric) ? UNITS[metric]! : 'count';
}

/**
 * Which way is good news: 1 when a rise is good, -1 when a fall is (costs per
 * result), 0 when neither (spend and costs: spending more is a choice, not a result).
 */
export function changeDirection(metric: string): 1 | -1 | 0 {
  if (metric === 'cpc' || metric === 'cpm' || metric === 'cpa') return -1;
  if (metric === 'spend' || metric === 'cost' || metric === 'total_cost' || metric === 'posts') return 0;
  return 1;
}

export type Tone = 'good' | 'bad' | 'neutral';

/** How a change should be coloured. */
export function toneOf(metric: string, change: number | null): Tone {
  const direction = changeDirection(metric);
  if (change === null || change === 0 || direction === 0) return 'neutral';
  return change * direction > 0 ? 'good' : 'bad';
}

/**
 * One colour per metric, used for that metric everywhere in the site (charts,
 * legends, accents). Every colour has at least 4.5:1 contrast on white, so it
 * also works for text and thin lines.
 */
export const METRIC_COLORS: Readonly<Record<string, string>> = {
  followers: '#1d4ed8',
  net_follows: '#1e40af',
  impressions: '#0369a1',
  reach: '#0e7490',
  engagements: '#7e22ce',
  likes: '#be185d',
  comments: '#5b21b6',
  shares: '#a21caf',
  saves: '#9f1239',
  clicks: '#b45309',
  video_views: '#4338ca',
  profile_visits: '#0f766e',
  sessions: '#155e75',
  posts: '#334155',
  leads: '#9a3412',
  conversions: '#a16207',
  revenue: '#15803d',
  spend: '#475569',
  cost: '#57534e',
  engagement_rate: '#86198f',
  ctr: '#713f12',
  conversion_rate: '#854d0e',
  cpc: '#be123c',
  cpm: '#9d174d',
  cpa: '#c2410c',
  roas: '#4d7c0f',
  value: '#047857',
  total_cost: '#3f3f46',
  roi: '#166534',
};

/** The metric's colour; a metric without one in the table gets a stable colour from its id. */
export function metricColor(metric: string): string {
  return Object.hasOwn(METRIC_COLORS, metric) ? METRIC_COLORS[metric]! : hashedColor(metric);
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

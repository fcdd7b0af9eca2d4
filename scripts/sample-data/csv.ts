/** The generated rows as CSV text, in the layouts Recap reads. */
import type { Metric } from './description.ts';
import { round2, type Row } from './series.ts';

const MONEY_METRICS: ReadonlySet<Metric> = new Set(['revenue', 'spend', 'cost']);

function formatValue(metric: Metric, value: number | undefined): string {
  if (value === undefined) return '';
  if (value < 0 || !Number.isFinite(value)) throw new Error(`bad value for ${metric}: ${value}`);
  return MONEY_METRICS.has(metric) ? value.toFixed(2) : String(Math.round(value));
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per day (and campaign), one column per metric. */
export function wideCsv(rows: readonly Row[], columns: readonly Metric[], withCampaign: boolean): string {
  const header = ['date', 'platform', ...(withCampaign ? ['campaign'] : []), ...columns];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells = [row.date, row.platform, ...(withCampaign ? [csvCell(row.campaign ?? '')] : [])];
    for (const metric of columns) cells.push(formatValue(metric, row.values[metric]));
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

/** One row per day and metric. */
export function longCsv(rows: readonly Row[], columns: readonly Metric[]): string {
  const lines = ['date,platform,metric,value'];
  for (const row of rows) {
    for (const metric of columns) {
      const value = row.values[metric];
      if (value === undefined) continue; // not reported: simply no row
      lines.push([row.date, row.platform, metric, formatValue(metric, value)].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The monthly costs split by what they paid for, in the long shape with a category
 * column. The last category takes what is left, so the parts add up to the month's cost
 * to the cent.
 */
export function costsCsv(rows: readonly Row[], split: Readonly<Record<string, number>>): string {
  const shares = Object.entries(split);
  const lines = ['date,platform,category,metric,value'];
  for (const row of rows) {
    const total = row.values.cost ?? 0;
    let left = total;
    shares.forEach(([category, share], i) => {
      const part = i === shares.length - 1 ? round2(left) : round2(total * share);
      left = round2(left - part);
      lines.push([row.date, row.platform, category, 'cost', part.toFixed(2)].join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}

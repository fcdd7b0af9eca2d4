/**
 * The ROI section as a reader sees it: the month's return, in figures and in words,
 * the value and cost bars, where the value came from, what it cost, and the longer
 * spans. Every amount comes from the month's model; this only words and formats it.
 */
import type { PeriodKind } from '../model/periods.ts';
import type { Change } from '../aggregate/formulas.ts';
import { COST_CATEGORIES } from '../model/metrics.ts';
import { formatMetric, formatMoney } from './format.ts';
import { costCategoryLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** The to-date rows a report of each kind shows: a quarter's quarter to date is the quarter itself. */
const TO_DATE_ROWS: Readonly<Record<PeriodKind, { qtd: boolean; ytd: boolean }>> = {
  week: { qtd: true, ytd: true },
  month: { qtd: true, ytd: true },
  bimonth: { qtd: true, ytd: true },
  quarter: { qtd: false, ytd: true },
  year: { qtd: false, ytd: false },
};

export interface RoiSpan {
  readonly label: string;
  readonly roi: string;
  readonly changes: ReadonlyArray<{ readonly change: Change; readonly against: string }>;
  /** "Each $1.00 spent returned $2.78", or null without value or cost. */
  readonly inWords: string | null;
}

export interface RoiSummary {
  readonly roi: string;
  /** The month's ROI changes, for its badges; null when there is no ROI. */
  readonly changes: RoiSpan['changes'] | null;
  readonly verdict: string;
  readonly inWords: string | null;
  readonly value: string;
  readonly cost: string;
  /** Bar lengths in percent of the larger of value and cost. */
  readonly valueBar: number;
  readonly costBar: number;
  readonly valueParts: ReadonlyArray<{ readonly label: string; readonly amount: string }>;
  readonly costParts: ReadonlyArray<{ readonly category: string; readonly label: string; readonly amount: string }>;
  readonly spans: readonly RoiSpan[];
}

export function roiSummary(view: ReportView): RoiSummary {
  const { t, style, config, model } = view;
  const r = t.roi;
  const roi = view.figures('roi');
  const valueFigures = view.figures('value');
  const costFigures = view.figures('total_cost');
  const value = valueFigures?.value ?? null;
  const cost = costFigures?.value ?? null;
  const money = (amount: number | null) => formatMetric('value', amount, style);
  const exact = (amount: number) => formatMoney(amount, style, true);
  // One unit as the reader counts money: a toman is ten rials.
  const one = style.tomans ? 10 : 1;
  const inWords = (v: number | null, c: number | null) =>
    v !== null && c !== null && c > 0 ? r.inWords(exact(one), exact((v / c) * one)) : null;
  const widest = Math.max(value ?? 0, cost ?? 0);
  const bar = (amount: number | null) => (amount === null || widest === 0 ? 0 : Math.round((amount / widest) * 100));
  const sources = model.valueSources;
  const valueParts = [
    { label: sources.revenueFrom === 'ga4' ? r.revenueFromSocial : r.revenue, amount: sources.revenue },
    { label: r.leadsTimes(exact(config.lead_value)), amount: sources.leads },
    { label: r.conversionsTimes(exact(config.conversion_value)), amount: sources.conversions },
  ]
    .filter((part) => part.amount !== null)
    .map((part) => ({ label: part.label, amount: money(part.amount) }));
  const costParts = COST_CATEGORIES.filter((category) => model.costs[category] !== null).map((category) => ({
    category,
    label: costCategoryLabel(t, category),
    amount: money(model.costs[category]),
  }));
  const { kind } = view;
  const spans: RoiSpan[] = roi
    ? [
        {
          label: t.periods.this[kind],
          roi: formatMetric('roi', roi.value, style),
          changes: [
            { change: roi.mom, against: view.vsPrevious },
            ...(kind === 'year' ? [] : [{ change: roi.yoy, against: t.report.vsLastYear }]),
          ],
          inWords: inWords(value, cost),
        },
        ...(['qtd', 'ytd'] as const)
          .filter((span) => TO_DATE_ROWS[kind][span])
          .map((span) => ({
            label: span === 'qtd' ? r.quarterToDate : r.yearToDate,
            roi: formatMetric('roi', roi[span].value, style),
            changes: [{ change: roi[span], against: t.report.vsLastYear }],
            inWords: inWords(valueFigures?.[span].value ?? null, costFigures?.[span].value ?? null),
          })),
      ]
    : [];
  return {
    roi: formatMetric('roi', roi?.value ?? null, style),
    changes: spans[0]?.changes ?? null,
    verdict: roi?.value == null ? r.notAvailable(t.periods.thisOne[kind]) : roi.value >= 0 ? r.positive : r.negative,
    inWords: inWords(value, cost),
    value: money(value),
    cost: money(cost),
    valueBar: bar(value),
    costBar: bar(cost),
    valueParts,
    costParts,
    spans,
  };
}

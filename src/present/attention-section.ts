/**
 * The "Needs attention" box at the top of the latest report of each kind: one sentence
 * per KPI that moved past its threshold against the period before. Earlier periods'
 * reports do not show it: it is a call to act now.
 */
import type { AttentionItem } from '../aggregate/attention.ts';
import { formatChangePct, formatMetric, formatPctSize } from './format.ts';
import { metricLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export function attentionLine(view: ReportView, item: AttentionItem): string {
  const { t, style } = view;
  return t.attention.item(
    metricLabel(t, item.metric),
    item.pct > 0,
    formatPctSize(item.pct, style),
    t.periods.previous[view.kind],
    formatMetric(item.metric, item.previous, style),
    formatMetric(item.metric, item.value, style),
    formatChangePct(item.threshold, style),
  );
}

export function attentionSection(
  view: ReportView,
  options: { title?: string | undefined } = {},
): { readonly title: string; readonly items: ReadonlyArray<{ metric: string; text: string }> } | null {
  const latest = view.nextPeriodId === null;
  if (!latest || view.model.attention.length === 0) return null;
  return {
    title: options.title ?? view.t.attention.heading,
    items: view.model.attention.map((item) => ({ metric: item.metric, text: attentionLine(view, item) })),
  };
}

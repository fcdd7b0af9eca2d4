/**
 * Wins, losses and opportunities in words: the analyst's own lines from the month's
 * note first, then the drafted ones (the month's biggest movers), unless the note
 * says `drafted_highlights: false`.
 */
import type { Mover, Opportunity } from '../aggregate/highlights.ts';
import { formatChange, formatMetric } from './format.ts';
import { metricLabel, platformLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** What the analyst wrote in the note's front matter. */
export interface AnalystHighlights {
  readonly wins: readonly string[];
  readonly losses: readonly string[];
  readonly opportunities: readonly string[];
  readonly drafted_highlights: boolean;
}

export interface HighlightGroup {
  readonly id: 'wins' | 'losses' | 'opportunities';
  readonly title: string;
  readonly items: readonly string[];
  /** Said when there is nothing to list. */
  readonly empty: string;
}

export function highlightGroups(view: ReportView, analyst: AnalystHighlights | undefined): HighlightGroup[] {
  const { t, style } = view;
  const h = t.highlights;
  const { wins, losses, opportunities } = view.highlights;
  const where = (platform: string) =>
    platform === 'all' ? h.acrossPlatforms : h.onPlatform(platformLabel(t, platform));
  const moved = (mover: Mover) =>
    h.moved(
      metricLabel(t, mover.metric),
      where(mover.platform),
      formatChange(mover.metric, { change: mover.value - mover.previous, pct: mover.pct }, style),
      (mover.basis === 'mom' ? t.periods.previous : t.periods.sameLastYear)[view.kind],
      formatMetric(mover.metric, mover.previous, style),
      formatMetric(mover.metric, mover.value, style),
    );
  const chance = (o: Opportunity) =>
    h.opportunity(
      platformLabel(t, o.platform),
      metricLabel(t, o.metric),
      formatMetric(o.metric, o.value, style),
      formatMetric(o.metric, o.overall, style),
    );
  const drafted = analyst?.drafted_highlights ?? true;
  const combine = (own: readonly string[] | undefined, draft: string[]) => [...(own ?? []), ...(drafted ? draft : [])];
  return [
    { id: 'wins', title: h.wins, items: combine(analyst?.wins, wins.map(moved)), empty: h.noWins },
    { id: 'losses', title: h.losses, items: combine(analyst?.losses, losses.map(moved)), empty: h.noLosses },
    {
      id: 'opportunities',
      title: h.opportunities,
      items: combine(analyst?.opportunities, opportunities.map(chance)),
      empty: h.noOpportunities,
    },
  ];
}

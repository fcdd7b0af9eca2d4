/**
 * `npm run new-note -- <slug> <period>`: a report's note to start from (a month's, or a
 * week's, quarter's, year's), its wins, losses and opportunities drafted from the
 * period's numbers in the report's own words, so the
 * analyst edits rather than starts from nothing. The note says drafted_highlights:
 * false, so that the report shows these lines once, as the analyst leaves them.
 */
import { clientModel } from './aggregate/period-model.ts';
import { buildClientReport } from './aggregate/client-report.ts';
import { reportKinds } from './model/periods.ts';
import type { ClientData } from './ingest/load-client.ts';
import { highlightGroups } from './present/highlight-lines.ts';
import { buildReportView } from './present/report-view.ts';

export const NEW_NOTE_USAGE =
  'usage: npm run new-note -- <client> <period>   (a month such as 2026-10 or 1405-08, a quarter 2026-Q3, a year 2026, a week 2026-W48)';

/** The note's text for a period the client has a report for, or why there is none. */
export function draftNote(client: ClientData, monthId: string): { text: string } | { error: string } {
  const report = buildClientReport(client);
  const kinds = reportKinds(client.config.cadence);
  const published = report === null ? [] : kinds.flatMap((kind) => report.reports(kind));
  if (report === null || !published.some((p) => p.period.id === monthId)) {
    const months = report?.reports(kinds[0]!).map((p) => p.period.id) ?? [];
    const range = months.length === 0 ? 'it has no data yet' : `its reports run from ${months[0]} to ${months.at(-1)}`;
    return {
      error: `found "${monthId}", expected a period ${client.slug} has a report for (${client.calendar.id} calendar; its quarters YYYY-Qn and years YYYY too): ${range}`,
    };
  }
  const view = buildReportView(clientModel(report).period(monthId));
  const groups = highlightGroups(view, undefined);
  const list = (id: 'wins' | 'losses' | 'opportunities') => {
    const items = groups.find((group) => group.id === id)?.items ?? [];
    // JSON's double-quoted strings are YAML's: a line with a colon or a quote stays one line.
    return items.length === 0 ? [`${id}: []`] : [`${id}:`, ...items.map((item) => `  - ${JSON.stringify(item)}`)];
  };
  const text = [
    '---',
    `# Drafted by npm run new-note from ${view.periodLabel}'s numbers: edit, cut or add lines.`,
    '# drafted_highlights: false shows these lines alone, not the drafted ones again.',
    ...list('wins'),
    ...list('losses'),
    ...list('opportunities'),
    'drafted_highlights: false',
    '---',
    '',
    `Write the commentary on ${view.periodLabel} here. Markdown works, and report components such as <KpiCard metric="engagement_rate" />.`,
    '',
  ].join('\n');
  return { text };
}

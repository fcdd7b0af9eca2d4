/**
 * `npm run attention -- --format text|github|json`: each client's "Needs attention"
 * list for its latest regular report (a month's, or a week's by its cadence), as the report shows it, for CI to post (a job summary, an
 * issue comment). Nothing to say prints nothing but the count; data problems stop it.
 */
import { parseArgs } from 'node:util';
import { clientModel } from './aggregate/period-model.ts';
import { buildClientReport } from './aggregate/client-report.ts';
import { CADENCE_PERIOD } from './model/periods.ts';
import type { DataLoad } from './ingest/load-data-dir.ts';
import { formatProblem } from './ingest/problems.ts';
import { attentionLine } from './present/attention-section.ts';
import { buildReportView } from './present/report-view.ts';

export const ATTENTION_FORMATS = ['text', 'github', 'json'] as const;
export type AttentionFormat = (typeof ATTENTION_FORMATS)[number];

export function parseAttentionArgs(args: readonly string[]): { format: AttentionFormat } | { error: string } {
  try {
    const { values } = parseArgs({ args: [...args], options: { format: { type: 'string', default: 'text' } } });
    const format = values.format;
    if ((ATTENTION_FORMATS as readonly string[]).includes(format)) return { format: format as AttentionFormat };
    return { error: `npm run attention: found --format "${format}", expected one of ${ATTENTION_FORMATS.join(', ')}` };
  } catch (error) {
    return {
      error: `npm run attention: ${(error as Error).message.split(/\.\s|\n/)[0]}; usage: npm run attention -- [--format text|github|json]`,
    };
  }
}

export interface AttentionEntry {
  readonly client: string;
  readonly name: string;
  /** The report's period: 2026-10, or 2026-W48 for a weekly client. */
  readonly period: string;
  readonly metric: string;
  readonly value: number | null;
  readonly previous: number | null;
  readonly change_pct: number;
  readonly threshold: number;
  /** The sentence the report's box shows, in the report's language. */
  readonly text: string;
}

export function attentionEntries(load: DataLoad): AttentionEntry[] {
  return load.clients.flatMap((client) => {
    const report = buildClientReport(client);
    const latest = report?.reports(CADENCE_PERIOD[client.config.cadence]).at(-1);
    if (!report || !latest) return [];
    const view = buildReportView(clientModel(report).period(latest.period.id));
    return view.model.attention.map((item) => ({
      client: client.slug,
      name: client.config.name,
      period: latest.period.id,
      metric: item.metric,
      value: item.value,
      previous: item.previous,
      change_pct: item.pct,
      threshold: item.threshold,
      text: attentionLine(view, item),
    }));
  });
}

/** What the command prints, and the Markdown a GitHub job summary gets. */
export function attentionOutput(
  load: DataLoad,
  format: AttentionFormat,
): { stdout: string; stderr: string; summary: string | null; exitCode: 0 | 1 } {
  if (load.problems.length > 0) {
    return {
      stdout: '',
      stderr: `The data has ${load.problems.length} problem(s); npm run validate lists them:\n${load.problems.map(formatProblem).join('\n')}`,
      summary: null,
      exitCode: 1,
    };
  }
  const entries = attentionEntries(load);
  const count = `${entries.length} KPI${entries.length === 1 ? '' : 's'} need${entries.length === 1 ? 's' : ''} attention.`;
  switch (format) {
    case 'json':
      return { stdout: JSON.stringify(entries, null, 2), stderr: count, summary: null, exitCode: 0 };
    case 'github':
      return {
        stdout: [
          ...entries.map((e) => `::warning title=Needs attention: ${e.name} (${e.period})::${e.text}`),
          count,
        ].join('\n'),
        stderr: '',
        summary: [
          '## Needs attention',
          '',
          ...(entries.length === 0
            ? ['Nothing in the latest reports.']
            : entries.map((e) => `- **${e.name}** (${e.period}): ${e.text}`)),
          '',
        ].join('\n'),
        exitCode: 0,
      };
    case 'text':
      return {
        stdout: [...entries.map((e) => `${e.client} ${e.period}: ${e.text}`), count].join('\n'),
        stderr: '',
        summary: null,
        exitCode: 0,
      };
  }
}

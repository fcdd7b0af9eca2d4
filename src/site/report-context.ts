/**
 * The report components read the report being rendered from Astro.locals, which the
 * report page sets, so a template writes <KpiCard metric="roi" /> and nothing more.
 */
import type { ReportView } from '../present/report-view.ts';

interface HasLocals {
  readonly locals: App.Locals;
}

export function reportOf(astro: HasLocals): ReportView {
  const report = astro.locals.report;
  if (!report) throw new Error('Report components only work inside a report template (templates/*.mdx).');
  return report;
}

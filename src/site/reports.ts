/**
 * What the Astro pages read: every client's validated, aggregated reports, loaded
 * once per build. The pages stay thin; all arithmetic happens in the pipeline.
 */
import { buildClientReport, type ClientReport, type MonthlyReport } from '../aggregate/monthly-report.ts';
import { loadDataDir, type DataLoad } from '../ingest/load-data-dir.ts';
import { formatProblem } from '../ingest/problems.ts';
import { dataDirFromEnv } from '../validate.ts';

export interface Site {
  readonly load: DataLoad;
  /** Clients in name order; a client with no data rows has no reports. */
  readonly reports: ClientReport[];
}

let site: Site | null = null;

export function loadSite(): Site {
  if (site) return site;
  const load = loadDataDir(dataDirFromEnv());
  if (load.problems.length > 0) {
    // `npm run build` validates before Astro starts; this guards a direct `astro build`.
    throw new Error(
      `The data has ${load.problems.length} problem(s); run npm run validate.\n${load.problems.map(formatProblem).join('\n')}`,
    );
  }
  const reports = load.clients
    .map(buildClientReport)
    .filter((report): report is ClientReport => report !== null)
    .sort((a, b) => a.client.config.name.localeCompare(b.client.config.name));
  site = { load, reports };
  return site;
}

export function findReport(slug: string): ClientReport {
  const report = loadSite().reports.find((r) => r.client.slug === slug);
  if (!report) throw new Error(`No client ${slug}`);
  return report;
}

/** Every client and month, for getStaticPaths. */
export function reportPaths(): Array<{
  params: { client: string; period: string };
  props: { report: ClientReport; month: MonthlyReport };
}> {
  return loadSite().reports.flatMap((report) =>
    report.months.map((month) => ({
      params: { client: report.client.slug, period: month.month.id },
      props: { report, month },
    })),
  );
}

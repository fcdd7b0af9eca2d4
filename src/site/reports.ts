/**
 * What the Astro pages read: one model of the site per build, made from one load of
 * the data folder: each client's reports, each month modelled once for both its page
 * and its data.json. The pages stay thin; all arithmetic happens in the pipeline.
 */
import { clientModel, type ClientModel } from '../aggregate/month-model.ts';
import { buildClientReport, type ClientReport, type MonthlyReport } from '../aggregate/monthly-report.ts';
import { loadDataDir, type DataLoad } from '../ingest/load-data-dir.ts';
import { formatProblem } from '../ingest/problems.ts';
import { takeOverData } from './data-handoff.ts';
import { clientParam } from './links.ts';
import { siteSettings, type SiteSettings } from './settings.ts';

export interface SiteModel {
  readonly settings: SiteSettings;
  readonly load: DataLoad;
  /** Clients in name order; a client with no data rows has no reports. */
  readonly clients: readonly ClientModel[];
}

let site: SiteModel | null = null;

export function loadSite(): SiteModel {
  if (site) return site;
  const settings = siteSettings();
  // A client's own site never reads another client's folder, so nothing of theirs can reach it.
  const load =
    takeOverData(settings.dataDir) ??
    loadDataDir(settings.dataDir, settings.client ? { clients: [settings.client] } : {});
  if (load.problems.length > 0) {
    // `npm run build` validates before Astro starts; this guards a direct `astro build`.
    throw new Error(
      `The data has ${load.problems.length} problem(s); run npm run validate.\n${load.problems.map(formatProblem).join('\n')}`,
    );
  }
  const reports = load.clients
    .map(buildClientReport)
    .filter((report): report is ClientReport => report !== null)
    .sort((a, b) => a.client.config.name.localeCompare(b.client.config.name, 'en'));
  if (settings.client && reports.length === 0) throw new Error(`No reports for client ${settings.client}`);
  site = { settings, load, clients: reports.map(clientModel) };
  return site;
}

/** The home page: the portfolio on the agency's combined site, the client's own page on a client's site. */
export type HomePage =
  { readonly kind: 'portfolio'; readonly site: SiteModel } | { readonly kind: 'client'; readonly report: ClientReport };

export function homePaths(): Array<{ params: { client: string | undefined }; props: HomePage }> {
  const current = loadSite();
  const clients = current.clients.map(({ report }) => ({
    params: { client: clientParam(report.client.slug) },
    props: { kind: 'client' as const, report },
  }));
  return current.settings.client
    ? clients
    : [{ params: { client: undefined }, props: { kind: 'portfolio', site: current } }, ...clients];
}

/** A report month's page and its data.json: the month is modelled when first rendered. */
export type ReportPage = {
  readonly client: ClientModel;
  readonly monthId: string;
};

/** Every client and month, for getStaticPaths. */
export function reportPaths(): Array<{ params: { client: string | undefined; period: string }; props: ReportPage }> {
  return loadSite().clients.flatMap((client) =>
    client.report.months.map((month) => ({
      params: { client: clientParam(client.report.client.slug), period: month.month.id },
      props: { client, monthId: month.month.id },
    })),
  );
}

/**
 * The months whose report gets a preview picture: the latest complete month, whose
 * link is the one shared when a report goes out, and a partial month after it. A
 * picture needs the site's public address (chat apps want an absolute URL), and a
 * protected client's preview says nothing but that it is protected.
 */
export function previewMonths(report: ClientReport): MonthlyReport[] {
  if (!import.meta.env.SITE || report.client.config.access === 'password') return [];
  const lastComplete = report.months.findLastIndex((month) => !month.partial);
  return report.months.slice(Math.max(0, lastComplete === -1 ? report.months.length - 1 : lastComplete));
}

export function previewPaths(): Array<{ params: { client: string | undefined; period: string }; props: ReportPage }> {
  return loadSite().clients.flatMap((client) =>
    previewMonths(client.report).map((month) => ({
      params: { client: clientParam(client.report.client.slug), period: month.month.id },
      props: { client, monthId: month.month.id },
    })),
  );
}

/** Each client's logo, for getStaticPaths. */
export function logoPaths(): Array<{ params: { client: string | undefined; file: string }; props: { file: string } }> {
  return loadSite().clients.flatMap(({ report: { client } }) =>
    client.logo
      ? [
          {
            params: { client: clientParam(client.slug), file: client.logo.split(/[\\/]/).pop()! },
            props: { file: client.logo },
          },
        ]
      : [],
  );
}

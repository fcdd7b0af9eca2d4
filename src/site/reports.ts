/**
 * What the Astro pages read: one model of the site per build. Each client's reports
 * are aggregated when first needed, each month modelled once for both its page and
 * its data.json. A client unchanged since an earlier build comes as what the build
 * cache kept of it, and is read only if a page of it must be rendered after all. The
 * pages stay thin; all arithmetic happens in the pipeline.
 */
import path from 'node:path';
import { clientModel, type ClientModel } from '../aggregate/period-model.ts';
import { buildClientReport, type ClientReport } from '../aggregate/client-report.ts';
import type { ClientData } from '../ingest/load-client.ts';
import { loadDataDir } from '../ingest/load-data-dir.ts';
import { DataProblemsError } from './problems-page.ts';
import { noteChangedClient, takeChangedClients } from './data-changes.ts';
import { isoDate } from '../model/calendar.ts';
import { portfolioRow, type PortfolioRow } from '../present/portfolio.ts';
import type { CachedClient, PublishedPeriod } from './cached-client.ts';
import { reportKinds } from '../model/periods.ts';
import { takeOverData, type Handoff } from './data-handoff.ts';
import { clientParam } from './links.ts';
import { clientPageKey } from './page-keys.ts';
import { siteSettings, type SiteSettings } from './settings.ts';

/** A client of the site: known from its data, or from the build cache until it is needed. */
export interface SiteClient {
  readonly slug: string;
  readonly name: string;
  readonly access: 'public' | 'password';
  readonly indexable: boolean;
  /** The logo's path (from the project root or absolute), if any. */
  readonly logo: string | null;
  /** Its report pages: the regular reports of its cadence, and the quarterly and yearly reviews. */
  readonly periods: readonly PublishedPeriod[];
  /** What its pages depend on besides Recap's code, for the build cache. */
  readonly pageKey: string;
  /** Its reports and months, read and aggregated on first use. */
  model(): ClientModel;
  /** Its row on the agency's portfolio today. */
  portfolioRow(): PortfolioRow;
}

export interface SiteModel {
  readonly settings: SiteSettings;
  /** Clients in name order; a client with no data rows has no reports and is not here. */
  readonly clients: readonly SiteClient[];
  /** The clients whose pages this build renders; the build puts the others' files in place from its cache. */
  readonly rendered: readonly SiteClient[];
}

let site: SiteModel | null = null;

export function loadSite(): SiteModel {
  if (site) return withChanges(site);
  const settings = siteSettings();
  const handoff = takeOverData(settings.dataDir);
  // Changes noted before the first load are in it.
  if (!handoff) takeChangedClients();
  // A client's own site never reads another client's folder, so nothing of theirs can reach it.
  const load = handoff?.load ?? loadDataDir(settings.dataDir, settings.client ? { clients: [settings.client] } : {});
  // `npm run build` validates before Astro starts; this guards a direct `astro build`, and `npm run dev`.
  if (load.problems.length > 0) throw new DataProblemsError(load.problems);
  const clients = [
    ...load.clients.flatMap((data) => {
      const client = loadedClient(data, settings, handoff);
      return client ? [client] : [];
    }),
    ...(handoff?.cached ?? []).map((entry) => cachedClient(entry, settings)),
  ].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug));
  if (settings.client && clients.length === 0) throw new Error(`No reports for client ${settings.client}`);
  const render = handoff?.render ?? null;
  site = { settings, clients, rendered: render ? clients.filter((client) => render.has(client.slug)) : clients };
  if (handoff) handoff.toRender = filesToRender();
  return site;
}

/**
 * The site with the clients whose folders changed under `npm run dev` read again; the
 * others are kept as they were, so a change to one client leaves the rest fast.
 */
function withChanges(current: SiteModel): SiteModel {
  const changed = takeChangedClients().filter((slug) => !current.settings.client || slug === current.settings.client);
  if (changed.length === 0) return current;
  const { settings } = current;
  const load = loadDataDir(settings.dataDir, { clients: changed });
  if (load.problems.length > 0) {
    // Read them again on the next request, when the file may be fixed.
    for (const slug of changed) noteChangedClient(slug);
    throw new DataProblemsError(load.problems);
  }
  const reread = load.clients.flatMap((data) => {
    const client = loadedClient(data, settings, undefined);
    return client ? [client] : [];
  });
  const clients = [...current.clients.filter((client) => !changed.includes(client.slug)), ...reread].sort(
    (a, b) => a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug),
  );
  site = { settings, clients, rendered: clients };
  return site;
}

/** Every file the routes render, for the build's progress: a report page and its data.json per month, and the rest. */
function filesToRender(): number {
  const siteFiles = ['robots.txt', 'data.schema.json'].length;
  return homePaths().length + reportPaths().length * 2 + previewPaths().length + logoPaths().length + siteFiles;
}

function loadedClient(data: ClientData, settings: SiteSettings, handoff: Handoff | undefined): SiteClient | null {
  const report = buildClientReport(data);
  if (!report) return null;
  const model = clientModel(report);
  const pageKey = handoff?.pageKeys.get(data.slug) ?? clientPageKey(settings.dataDir, data.slug);
  const periods = publishedPeriods(report);
  let row: PortfolioRow | null = null;
  const client: SiteClient = {
    slug: data.slug,
    name: data.config.name,
    access: data.config.access,
    indexable: data.config.indexable,
    logo: data.logo,
    periods,
    pageKey,
    model: () => model,
    portfolioRow: () => (row ??= portfolioRow(report, settings.today)),
  };
  // What a later build may keep of this client instead of reading it again.
  if (handoff)
    handoff.kept.set(data.slug, {
      slug: data.slug,
      name: data.config.name,
      key: pageKey,
      validatedOn: isoDate(settings.today),
      access: data.config.access,
      indexable: data.config.indexable,
      locale: data.config.locale,
      basePath: data.config.base_path,
      siteUrl: data.config.site_url ?? null,
      logo: data.logo === null ? null : path.relative(process.cwd(), data.logo),
      periods,
      files: data.files,
      warnings: handoff.load.warnings.filter((warning) =>
        warning.file.startsWith(`${handoff.load.dataDir}/${data.slug}/`),
      ),
      get portfolio() {
        return row === null ? null : { today: isoDate(settings.today), row };
      },
    });
  return client;
}

function cachedClient(entry: CachedClient, settings: SiteSettings): SiteClient {
  let loaded: { report: ClientReport; model: ClientModel } | null = null;
  const load = () => {
    if (loaded) return loaded;
    const data = loadDataDir(settings.dataDir, { clients: [entry.slug] });
    const report = data.problems.length === 0 && data.clients[0] ? buildClientReport(data.clients[0]) : null;
    if (!report) throw new Error(`${entry.slug}: its data changed during the build; build again`);
    loaded = { report, model: clientModel(report) };
    return loaded;
  };
  const today = isoDate(settings.today);
  return {
    slug: entry.slug,
    name: entry.name,
    access: entry.access,
    indexable: entry.indexable,
    logo: entry.logo,
    periods: entry.periods,
    pageKey: entry.key,
    model: () => load().model,
    portfolioRow: () =>
      entry.portfolio?.today === today ? entry.portfolio.row : portfolioRow(load().report, settings.today),
  };
}

/** The home page: the portfolio on the agency's combined site, the client's own page on a client's site. */
export type HomePage =
  { readonly kind: 'portfolio'; readonly site: SiteModel } | { readonly kind: 'client'; readonly client: SiteClient };

export function homePaths(): Array<{ params: { client: string | undefined }; props: HomePage }> {
  const current = loadSite();
  const clients = current.rendered.map((client) => ({
    params: { client: clientParam(client.slug) },
    props: { kind: 'client' as const, client },
  }));
  return current.settings.client
    ? clients
    : [{ params: { client: undefined }, props: { kind: 'portfolio', site: current } }, ...clients];
}

/** A report's page and its data.json: the period is modelled when first rendered. */
export type ReportPage = {
  readonly client: SiteClient;
  readonly periodId: string;
};

/**
 * The pages of a client's report: its regular reports (weeks, months or two-month
 * periods, by client.yaml's cadence) and a quarterly and a yearly review for every
 * client, whatever its cadence.
 */
export function publishedPeriods(report: ClientReport): PublishedPeriod[] {
  return reportKinds(report.client.config.cadence).flatMap((kind, index) =>
    report.reports(kind).map((p) => ({ id: p.period.id, kind, partial: p.partial, regular: index === 0 })),
  );
}

type ClientPath<P> = { params: { client: string | undefined; period: string }; props: P };

/** Every client and report period, for getStaticPaths. */
export function reportPaths(): Array<ClientPath<ReportPage>> {
  return loadSite().rendered.flatMap((client) =>
    client.periods.map((period) => ({
      params: { client: clientParam(client.slug), period: period.id },
      props: { client, periodId: period.id },
    })),
  );
}

/**
 * The regular reports that get a preview picture: the latest complete one, whose
 * link is the one shared when a report goes out, and a partial one after it. A
 * picture needs the site's public address (chat apps want an absolute URL), and a
 * protected client's preview says nothing but that it is protected.
 */
export function previewMonths(client: Pick<SiteClient, 'access' | 'periods'>): string[] {
  if (!import.meta.env.SITE || client.access === 'password') return [];
  const regular = client.periods.filter((period) => period.regular);
  const lastComplete = regular.findLastIndex((period) => !period.partial);
  return regular.slice(Math.max(0, lastComplete === -1 ? regular.length - 1 : lastComplete)).map((p) => p.id);
}

export function previewPaths(): Array<ClientPath<ReportPage>> {
  return loadSite().rendered.flatMap((client) =>
    previewMonths(client).map((periodId) => ({
      params: { client: clientParam(client.slug), period: periodId },
      props: { client, periodId },
    })),
  );
}

/** Each client's logo, for getStaticPaths. */
export function logoPaths(): Array<{ params: { client: string | undefined; file: string }; props: { file: string } }> {
  return loadSite().rendered.flatMap((client) =>
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

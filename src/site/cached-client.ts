/**
 * What a build keeps of a client whose inputs are unchanged since an earlier build, so
 * that a rebuild need not read, validate and aggregate that client again: what the
 * site's page list, its validation report and the agency's portfolio need of it. The
 * client's pages themselves come from Astro's build cache. Written by the build after
 * a client was loaded (src/publish/client-cache.ts), read through the data hand-off.
 */
import type { FileSummary } from '../ingest/file-summary.ts';
import type { Problem } from '../ingest/problems.ts';
import type { PeriodKind } from '../model/periods.ts';
import type { PortfolioRow } from '../present/portfolio.ts';

export interface CachedClient {
  readonly slug: string;
  readonly name: string;
  /** The key of the client's pages (src/site/page-keys.ts) and of the code that read it. */
  readonly key: string;
  /** The day it was validated: a later day can only widen the date window it passed. */
  readonly validatedOn: string;
  readonly access: 'public' | 'password';
  readonly indexable: boolean;
  /** What building and protecting its own site needs of client.yaml. */
  readonly locale: string;
  readonly basePath: string;
  readonly siteUrl: string | null;
  /** The logo's path from the project root, if client.yaml names one. */
  readonly logo: string | null;
  /** Its published periods (regular reports, quarters, years), oldest first in each kind. */
  readonly periods: readonly PublishedPeriod[];
  /** What validate printed of its files, and its warnings. */
  readonly files: readonly FileSummary[];
  readonly warnings: readonly Problem[];
  /** Its row on the agency's portfolio, as of a day; another day computes it again. */
  readonly portfolio: { readonly today: string; readonly row: PortfolioRow } | null;
}

/** A report page of a client: its period's id and kind, and whether the data covers only part of it. */
export interface PublishedPeriod {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly partial: boolean;
  /** A regular report (the client's cadence), not a quarterly or yearly review. */
  readonly regular: boolean;
}

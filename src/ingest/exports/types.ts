/**
 * What the platform export adapters hand to the rest of Recap: rows of metric values
 * over days, each value located in its file so that a problem found later can point at it.
 */
import type { SiteVisits } from '../../model/traffic.ts';
import type { Problem } from '../problems.ts';

export interface ExportCell {
  readonly metric: string;
  readonly value: number;
  /** 1-based character column of the cell on its line. */
  readonly column: number;
  /** 1-based line of the cell: after a quoted line break (a post's text) it is below the row's first line. */
  readonly line: number;
}

export interface ExportRow {
  /** The days the values cover, ISO Gregorian dates: from === to for a day row; a post-level row uses its publish day. */
  readonly from: string;
  readonly to: string;
  /** 1-based line of the row in the decoded text. */
  readonly line: number;
  /** Recap slug: x, facebook, instagram, linkedin, youtube, tiktok, web. */
  readonly platform: string;
  /** '' unless the format carries campaigns (Ads Manager: the campaign name). */
  readonly campaign: string;
  /** Post-level exports: the post's id, so that a newer export of the same post replaces an older one; null otherwise. */
  readonly postId: string | null;
  readonly cells: readonly ExportCell[];
  /** How many of the file's records the row adds up (GA4's channels of one day); 1 when absent. */
  readonly records?: number;
  /** Where the row's (first) date cell is, for a date outside the span data may carry; else the row's line. */
  readonly dateAt?: { readonly line: number; readonly column: number };
  /** A post-level row: what the post is, as far as the export says. */
  readonly post?: PostIdentity;
}

/** What a post is: for top posts, which link to follow and what it said. */
export interface PostIdentity {
  /** The post's address on the platform, if the export gives it. */
  readonly link: string | null;
  /** The caption's (or title's) first line, shortened; null when the export has none. */
  readonly caption: string | null;
  /** image, video, reel, carousel, text or link where the export says; else its own word, lower case; null when it says nothing. */
  readonly type: string | null;
  /** Minutes after midnight on the client's clock it was published at; null when the export gives only the day. */
  readonly minute: number | null;
  /** The campaigns (Meta's custom labels) it is tagged with. */
  readonly campaigns: readonly string[];
}

export interface ExportFormat {
  /** e.g. 'x-account-overview'. */
  readonly id: string;
  /** e.g. 'X account overview (daily)': shown in validate output and the report's methodology. */
  readonly label: string;
  /** null when the file does not say which platform (then the context, or the file's own title line, must). */
  readonly platform: string | null;
  readonly level: 'daily' | 'post' | 'campaign';
  /**
   * A daily file that adds up parts of the account (YouTube's Chart data, the videos it
   * lists): where the account's own daily file gives the same day, that file wins.
   */
  readonly partsOfAccount?: true;
  /** Header names (trimmed, lower-case, inner spaces collapsed) that identify the format: a required subset. */
  readonly required: readonly string[];
  /** Header names whose presence rules the format out (a per-post export is not the daily one). */
  readonly excluded: readonly string[];
  /** What a report's methodology should say about numbers from this format (attribution, gross vs net). */
  readonly notes: readonly string[];
}

/** The client's settings for a file that does not say everything itself (client.yaml `files:`). */
export type ExportSetting = 'platform' | 'year' | 'date_format' | 'timezone';

export interface ExportContext {
  /** The path to use in problems. */
  readonly file: string;
  /** Base name, for dates, years and handles in file names. */
  readonly fileName: string;
  /** The client's ISO 4217 currency; a money column in another currency is a problem. */
  readonly currency: string;
  /** From the client's settings, for formats whose platform is null. */
  readonly platform?: string;
  /** From the client's settings, for formats whose dates carry no year. */
  readonly year?: number;
  /** From the client's settings, for dates of numbers alone that the file does not settle. */
  readonly dateFormat?: 'day-first' | 'month-first';
  /** The client's time zone (IANA): publish times are placed on its clock. */
  readonly timeZone: string;
  /** From the client's settings, the zone of publish times that state none, when not the client's. */
  readonly fileTimeZone?: string;
}

/** A row of GA4 sessions by source, medium or campaign as the export dates it (see SiteVisits). */
export type TrafficRow = Omit<SiteVisits, 'from' | 'to' | 'file'> & { readonly from: string; readonly to: string };

export interface ExportRead {
  readonly format: ExportFormat;
  readonly rows: ExportRow[];
  readonly problems: Problem[];
  /** Data records after the header, including those skipped on purpose (Total rows, the descriptive second header row). */
  readonly rowsRead: number;
  /** Newest day the export covers (from its file name or its data), to decide which of two post exports is newer. */
  readonly exportedThrough: string | null;
  /** The format's notes plus what this file added (e.g. which metric a Meta daily file held). */
  readonly notes: string[];
  /** A campaign-level export broken down by day (Ads Manager's Day column): its rows are days, not totals. */
  readonly dailyBreakdown?: boolean;
  /** Which of the client's settings for the file (ExportContext) the adapter needed. */
  readonly settingsUsed: ReadonlySet<ExportSetting>;
  /** Sessions by source, medium or campaign, from a GA4 report broken down so. */
  readonly traffic?: readonly TrafficRow[];
}

/** What readExport returns for a file that is no known export (or is Recap's own format). */
export interface UnrecognisedExport {
  readonly format: null;
  readonly rows: ExportRow[];
  readonly problems: Problem[];
  readonly rowsRead: 0;
  readonly exportedThrough: null;
  readonly notes: string[];
  readonly settingsUsed: ReadonlySet<never>;
}

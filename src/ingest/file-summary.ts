/** What became of each file a client's folder holds: its layout and how many of its rows were used. */

export type FileShape = 'wide' | 'long';

export interface FileSummary {
  readonly file: string;
  /** Recap's own layouts; null for a platform export or an unreadable file. */
  readonly shape: FileShape | null;
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  /** The platform export the file was recognised as ("X account overview (daily)"). */
  readonly format?: string;
  /** The export format's id (ExportFormat.id), for reports that name it in their own language. */
  readonly formatId?: string;
  /** What a platform export's rows are: a day each, a post each (lifetime totals), a campaign each. */
  readonly level?: 'daily' | 'post' | 'campaign';
  /** What was done with the file's numbers that a reader should know (attribution, replaced posts). */
  readonly notes?: readonly string[];
}

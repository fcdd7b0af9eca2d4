import type { Reading } from './reading.ts';
import type { ExportFormat } from './types.ts';

/** A format and how to read it once detected. */
export interface ExportAdapter {
  readonly format: ExportFormat;
  /**
   * A preamble line that names the vendor whatever the columns below it (GA4's `#`
   * block): the first table under such a line is this format's, so that a report
   * without the usual columns gets this format's advice rather than a stranger's.
   */
  readonly preamble?: RegExp;
  /**
   * For a header too plain to tell alone (`Date,Impressions` is also a Recap file that
   * lacks its platform column): the format is recognised only in a file of this name.
   */
  readonly fileName?: RegExp;
  read(reading: Reading): void;
}

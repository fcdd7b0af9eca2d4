import type { Reading } from './reading.ts';
import type { ExportFormat } from './types.ts';

/** A format and how to read it once detected. */
export interface ExportAdapter {
  readonly format: ExportFormat;
  read(reading: Reading): void;
}

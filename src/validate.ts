/**
 * The check that `npm run validate` prints and that `npm run build` runs first.
 */
import type { DataLoad } from './ingest/load-data-dir.ts';
import type { FileSummary } from './ingest/metric-file.ts';
import { formatProblem, type Problem } from './ingest/problems.ts';

export const DEFAULT_DATA_DIR = 'data';

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
}

/** One line per file: what it was read as and how many of its rows were used. */
export function fileLine(file: FileSummary): string {
  const what = file.format ?? (file.shape ? `Recap ${file.shape} file` : 'not read');
  const rows = `${file.rowsRead.toLocaleString('en-US')} row${file.rowsRead === 1 ? '' : 's'} read, ${file.rowsAccepted.toLocaleString('en-US')} used`;
  const notes = file.notes?.length ? ` (${file.notes.join('; ')})` : '';
  return `${file.file}: ${what}, ${rows}${notes}`;
}

/** A warning never fails validate or a build; the prefix tells it from a problem. */
export function formatWarning(warning: Problem): string {
  return `${warning.file}:${warning.line}:${warning.column}: warning: ${warning.message}`;
}

export function validationReport(load: DataLoad): string {
  // Problems first, for whoever fixes the data; then what each file was read as.
  const lines = [...load.problems.map(formatProblem), ...load.warnings.map(formatWarning), ...load.files.map(fileLine)];
  const rowsRead = load.files.reduce((sum, f) => sum + f.rowsRead, 0);
  const rowsAccepted = load.files.reduce((sum, f) => sum + f.rowsAccepted, 0);
  const count = load.problems.length;
  const n = (x: number, one: string, many = `${one}s`) => `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;
  lines.push(
    `${load.dataDir}: ${n(load.clientFolders, 'client')}, ${n(load.files.length, 'file')}, ${n(rowsRead, 'row')} read, ${n(rowsAccepted, 'row')} accepted, ${n(count, 'problem')}${load.warnings.length > 0 ? `, ${n(load.warnings.length, 'warning')}` : ''}.`,
  );
  return lines.join('\n');
}

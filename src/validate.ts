/**
 * The check that `npm run validate` prints and that `npm run build` runs first.
 */
import type { DataLoad } from './ingest/load-data-dir.ts';
import { formatProblem } from './ingest/problems.ts';

export const DEFAULT_DATA_DIR = 'data';

export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
}

export function validationReport(load: DataLoad): string {
  const lines = load.problems.map(formatProblem);
  const rowsRead = load.files.reduce((sum, f) => sum + f.rowsRead, 0);
  const rowsAccepted = load.files.reduce((sum, f) => sum + f.rowsAccepted, 0);
  const count = load.problems.length;
  const n = (x: number, one: string, many = `${one}s`) => `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;
  lines.push(
    `${load.dataDir}: ${n(load.clientFolders, 'client')}, ${n(load.files.length, 'file')}, ${n(rowsRead, 'row')} read, ${n(rowsAccepted, 'row')} accepted, ${n(count, 'problem')}.`,
  );
  return lines.join('\n');
}

/**
 * The check that `npm run validate` prints and that `npm run build` runs first.
 */
import type { DataLoad } from './ingest/load-data-dir.ts';
import type { FileSummary } from './ingest/file-summary.ts';
import { githubAnnotations, jsonReport, textProblemLines, type ValidateFormat } from './validate-formats.ts';

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

/** The closing line: clients, files, rows and problems (and warnings, when there are any). */
export function summaryLine(load: DataLoad): string {
  const rowsRead = load.files.reduce((sum, f) => sum + f.rowsRead, 0);
  const rowsAccepted = load.files.reduce((sum, f) => sum + f.rowsAccepted, 0);
  const warnings = load.warnings.length;
  const n = (x: number, one: string, many = `${one}s`) => `${x.toLocaleString('en-US')} ${x === 1 ? one : many}`;
  return `${load.dataDir}: ${n(load.clientFolders, 'client')}, ${n(load.files.length, 'file')}, ${n(rowsRead, 'row')} read, ${n(rowsAccepted, 'row')} accepted, ${n(load.problems.length, 'problem')}${warnings > 0 ? `, ${n(warnings, 'warning')}` : ''}.`;
}

export function validationReport(load: DataLoad): string {
  // Problems first, for whoever fixes the data; then what each file was read as.
  const lines = [...textProblemLines(load.problems, load.warnings), ...load.files.map(fileLine)];
  lines.push(summaryLine(load));
  return lines.join('\n');
}

/** What `npm run validate` prints where, and how it exits: 1 when there is any error, whatever the format. */
export interface ValidateOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1;
}

export function validateOutput(load: DataLoad, format: ValidateFormat): ValidateOutput {
  const failed = load.problems.length > 0;
  const exitCode = failed ? 1 : 0;
  switch (format) {
    case 'text': {
      const report = validationReport(load);
      return failed ? { stdout: '', stderr: report, exitCode } : { stdout: report, stderr: '', exitCode };
    }
    case 'github':
      // The runner reads workflow commands from the step's output; the summary closes the log.
      return {
        stdout: [...githubAnnotations(load.problems, load.warnings), summaryLine(load)].join('\n'),
        stderr: '',
        exitCode,
      };
    case 'json':
      // stdout holds the JSON alone, so that `> problems.json` can be parsed as it is.
      return { stdout: jsonReport(load.problems, load.warnings), stderr: summaryLine(load), exitCode };
  }
}

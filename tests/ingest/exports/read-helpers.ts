/**
 * Helpers for the export adapter tests: reading a fixture or an inline text as an
 * export, and looking at rows by metric.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { decodeExport, readExport } from '../../../src/ingest/exports/index.ts';
import type { ExportCell, ExportContext, ExportRead, ExportRow } from '../../../src/ingest/exports/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'exports');

/** Reads `text` as an export; fails the test when no format is recognised. */
export function readText(text: string, context: Partial<ExportContext> = {}): ExportRead {
  const read = readExport(text, { file: 'in.csv', fileName: 'in.csv', currency: 'USD', timeZone: 'UTC', ...context });
  expect(read.format, read.problems.map((p) => p.message).join('\n')).not.toBeNull();
  return read as ExportRead;
}

/** Reads a file's bytes as an export; problems name it by its base name. */
export function readFile(file: string, context: Partial<ExportContext> = {}): ExportRead {
  const fileName = path.basename(file);
  const decoded = decodeExport(fileName, readFileSync(file));
  if (!decoded.ok) throw new Error(`could not decode ${file}: ${decoded.problem.message}`);
  return readText(decoded.text, { file: fileName, fileName, ...context });
}

export function readFixture(name: string, context: Partial<ExportContext> = {}): ExportRead {
  return readFile(path.join(fixtures, name), context);
}

/** A row's values by metric. */
export function values(row: ExportRow): Record<string, number> {
  return Object.fromEntries(row.cells.map((cell) => [cell.metric, cell.value]));
}

export function cellOf(row: ExportRow, metric: string): ExportCell {
  const cell = row.cells.find((c) => c.metric === metric);
  if (!cell) throw new Error(`no ${metric} cell in the row of line ${row.line}`);
  return cell;
}

/** The sum of a metric over rows. */
export function total(rows: readonly ExportRow[], metric: string): number {
  return rows.reduce((sum, row) => sum + (row.cells.find((c) => c.metric === metric)?.value ?? 0), 0);
}

/** Where and when each row is, for compact comparisons. */
export function spans(rows: readonly ExportRow[]): string[] {
  return rows.map((row) => `${row.line} ${row.platform} ${row.from}..${row.to}`);
}

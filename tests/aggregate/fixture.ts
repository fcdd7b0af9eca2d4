/**
 * Test helpers: write small hand-made data folders into a temp dir and run the
 * pipeline (loadDataDir -> buildClientReport -> reportJson) over them.
 * Not a test file itself (no `.test.ts`), so Vitest only runs it through imports.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import {
  buildClientReport,
  type ClientReport,
  type MetricFigures,
  type PeriodReport,
} from '../../src/aggregate/client-report.ts';
import { loadDataDir } from '../../src/ingest/load-data-dir.ts';
import { reportJson, type MetricJson, type ReportJson } from '../../src/present/data-json.ts';
import { periodModel } from '../../src/aggregate/period-model.ts';

export interface ClientFixture {
  /** client.yaml text; defaults to `name: Test Co`. */
  readonly yaml?: string;
  /** File name -> CSV text. */
  readonly files: Readonly<Record<string, string>>;
}

const tempDirs: string[] = [];

/** Writes one folder per client into a fresh temp dir and returns the dir. */
export function makeDataDir(clients: Readonly<Record<string, ClientFixture>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-aggregate-test-'));
  tempDirs.push(dir);
  for (const [slug, client] of Object.entries(clients)) {
    const folder = path.join(dir, slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'client.yaml'), client.yaml ?? 'name: Test Co\n');
    for (const [name, text] of Object.entries(client.files)) writeFileSync(path.join(folder, name), text);
  }
  return dir;
}

export function removeDataDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Built {
  readonly report: ClientReport;
  month(id: string): PeriodReport;
  figures(monthId: string, platform: string, metric: string): MetricFigures;
  json(monthId: string): ReportJson;
  metricJson(monthId: string, platform: string, metric: string): MetricJson;
}

/** Loads a data dir holding one client, asserts it loads without problems, and builds its report. */
export function buildOne(client: ClientFixture): Built {
  const load = loadDataDir(makeDataDir({ 'test-co': client }));
  expect(load.problems).toEqual([]);
  expect(load.clients).toHaveLength(1);
  const report = buildClientReport(load.clients[0]!);
  if (!report) throw new Error('buildClientReport returned null');
  return wrap(report);
}

export function wrap(report: ClientReport): Built {
  const month = (id: string): PeriodReport => {
    const found = report.months.find((m) => m.month.id === id);
    if (!found) throw new Error(`no month ${id} in report (has ${report.months.map((m) => m.month.id).join(', ')})`);
    return found;
  };
  const json = (id: string): ReportJson => reportJson(periodModel(report, month(id)));
  return {
    report,
    month,
    figures(monthId, platform, metric) {
      const f = month(monthId).platforms[platform]?.[metric];
      if (!f) throw new Error(`no ${platform}.${metric} in ${monthId}`);
      return f;
    },
    json,
    metricJson(monthId, platform, metric) {
      const m = json(monthId).platforms[platform]?.[metric];
      if (!m) throw new Error(`no ${platform}.${metric} in data.json of ${monthId}`);
      return m;
    },
  };
}

/**
 * Every ISO date from `from` to `to` inclusive, generated with the JS Date API
 * (independent of the calendar code under test).
 */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** A wide CSV: header line, then one line per day from `cells(isoDate)`. */
export function dailyCsv(header: string, from: string, to: string, cells: (iso: string) => string): string {
  return [header, ...eachDay(from, to).map((iso) => `${iso},${cells(iso)}`)].join('\n') + '\n';
}

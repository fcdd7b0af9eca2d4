/**
 * Shared helpers for the ingest tests: small data dirs written byte for byte into a
 * temp folder, and the paths that problems are expected to carry.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { parseIsoDate, type Day } from '../../src/model/calendar.ts';
import type { Problem } from '../../src/ingest/problems.ts';
import type { Series } from '../../src/model/series.ts';

export type DirSpec = Record<string, string | Uint8Array>;

const made: string[] = [];

/** Removes every temp dir made by `makeDataDir` after each test. */
export function cleanUpTempDirs(): void {
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
}

/** Writes `files` (paths relative to the data dir) and returns the data dir's absolute path. */
export function makeDataDir(files: DirSpec): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'recap-ingest-'));
  made.push(dir);
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(dir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** A data dir with one client `acme` (client.yaml `name: Acme`) and the given files. */
export function oneClient(files: DirSpec, clientYaml: string | null = 'name: Acme\n'): string {
  const spec: DirSpec = {};
  if (clientYaml !== null) spec['acme/client.yaml'] = clientYaml;
  for (const [name, content] of Object.entries(files)) spec[`acme/${name}`] = content;
  return makeDataDir(spec);
}

/** How a problem's path must look: relative to the working directory (the project root). */
export function shown(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

export function day(iso: string): Day {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function findSeries(series: readonly Series[], platform: string, metric: string, campaign = ''): Series {
  const found = series.find((s) => s.platform === platform && s.metric === metric && s.campaign === campaign);
  if (!found) {
    const have = series.map((s) => `${s.platform}/${s.campaign}/${s.metric}`).join(', ');
    throw new Error(`no series ${platform}/${campaign}/${metric}; have: ${have}`);
  }
  return found;
}

/** file:line:column of each problem, for order-sensitive comparisons. */
export function locations(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}`);
}

export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error('latin1 helper: character out of range');
    return code;
  });
}

export interface Expected {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Substrings the message must contain: the value found and what was expected. */
  readonly says: readonly string[];
}

/**
 * Checks that `problems` are exactly `expected`, in order: same locations, and each
 * message contains every listed substring.
 */
export function expectProblems(problems: readonly Problem[], expected: readonly Expected[]): void {
  expect(locations(problems), messagesFor(problems)).toEqual(expected.map((e) => `${e.file}:${e.line}:${e.column}`));
  problems.forEach((problem, i) => {
    for (const part of expected[i]!.says)
      expect(problem.message, `problem ${i + 1}: ${problem.message}`).toContain(part);
  });
}

function messagesFor(problems: readonly Problem[]): string {
  return `actual problems:\n${problems.map((p) => `  ${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n')}`;
}

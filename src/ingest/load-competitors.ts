/**
 * A client's competitors: `competitors:` in client.yaml names them, and
 * `competitors/<id>/` (or `competitors/<id>.csv`) in the client folder holds each one's
 * numbers, in Recap's own files, read with the same checks as the client's own. A
 * folder no competitor names, a competitor without files, and a competitor's number on
 * a platform client.yaml gives it no handle for are each a problem: none of them would
 * show on the report as the writer meant.
 */
import path from 'node:path';
import type { Post } from '../model/post.ts';
import type { Series } from '../model/series.ts';
import type { CompetitorConfig } from './client-config-schema.ts';
import type { ClientSettings } from './client-settings.ts';
import type { FileSummary } from './file-summary.ts';
import type { LoadContext } from './load-context.ts';
import { quote } from './problems.ts';

/** The folder of the client folder that holds the competitors' files. */
export const COMPETITORS_FOLDER = 'competitors';

export interface CompetitorData {
  readonly id: string;
  readonly name: string;
  /** Its handle by platform: the platforms it is compared on. */
  readonly handles: Readonly<Record<string, string>>;
  readonly series: readonly Series[];
  readonly posts: readonly Post[];
  readonly files: readonly FileSummary[];
}

/** The client folder's own files, and the competitors' CSV files by competitor id. */
export function competitorFiles(
  folder: string,
  present: readonly string[],
): { own: string[]; byCompetitor: Map<string, string[]> } {
  const own: string[] = [];
  const byCompetitor = new Map<string, string[]>();
  for (const file of present) {
    const parts = path.relative(folder, file).split(path.sep);
    if (parts[0] !== COMPETITORS_FOLDER || parts.length < 2) {
      own.push(file);
      continue;
    }
    // competitors/summit-gear/instagram.csv or competitors/summit-gear.csv
    const id = parts.length === 2 ? parts[1]!.replace(/\.csv$/i, '') : parts[1]!;
    byCompetitor.set(id, [...(byCompetitor.get(id) ?? []), file]);
  }
  return { own, byCompetitor };
}

export interface CompetitorSource {
  readonly folder: string;
  readonly files: ReadonlyMap<string, readonly string[]>;
  readonly settings: ClientSettings;
  readonly context: LoadContext;
}

/** What reading one competitor's CSV files gives. */
export type ReadCompetitor = (files: readonly string[]) => {
  series: readonly Series[];
  posts: readonly Post[];
  files: readonly FileSummary[];
};

export function loadCompetitors(source: CompetitorSource, read: ReadCompetitor): CompetitorData[] {
  const { folder, files, settings, context } = source;
  const named = new Set(settings.config.competitors.map((competitor) => competitor.id));
  for (const [id, found] of files) {
    if (named.has(id)) continue;
    context.problems.push({
      file: context.shown(competitorPath(folder, found[0]!)),
      line: 1,
      column: 1,
      message: `found competitor ${quote(id)}, expected a competitor named in competitors: in client.yaml (${settings.config.competitors.map((c) => c.id).join(', ') || 'none is'}): its numbers would be read for nothing`,
    });
  }
  return settings.config.competitors.map((competitor, index) => {
    const csv = (files.get(competitor.id) ?? []).filter((file) => file.toLowerCase().endsWith('.csv'));
    if (csv.length === 0) {
      context.problems.push({
        file: settings.file,
        ...settings.locate(['competitors', index, 'id']),
        message: `competitors.${index}.id: found ${quote(competitor.id)} with no files, expected its numbers in ${COMPETITORS_FOLDER}/${competitor.id}/ (Recap's own CSV files, as for the client)`,
      });
    }
    const numbers = read(csv);
    checkPlatforms(competitor, numbers.series, settings, index, context);
    return { id: competitor.id, name: competitor.name, handles: competitor.handles, ...numbers };
  });
}

/** competitors/<id>/ for a file in it, or the file competitors/<id>.csv itself. */
function competitorPath(folder: string, file: string): string {
  const parts = path.relative(folder, file).split(path.sep);
  return parts.length === 2 ? file : path.join(folder, parts[0]!, parts[1]!);
}

/** A competitor's numbers on a platform it has no handle for would be compared with nothing. */
function checkPlatforms(
  competitor: CompetitorConfig,
  series: readonly Series[],
  settings: ClientSettings,
  index: number,
  context: LoadContext,
): void {
  const platforms = new Set(series.map((s) => s.platform));
  for (const platform of platforms) {
    if (competitor.handles[platform] !== undefined) continue;
    context.problems.push({
      file: settings.file,
      ...settings.locate(['competitors', index, 'handles']),
      message: `competitors.${index}.handles: found numbers of ${quote(competitor.id)} on ${quote(platform)} and no handle there, expected a handle for each platform its files give (${[...platforms].join(', ')}), such as ${platform}: "@${competitor.id}"`,
    });
  }
}

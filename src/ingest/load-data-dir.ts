/**
 * The whole of data/: one folder per client, each with client.yaml and any number
 * of metric CSV files. Returns every client's series, ready for aggregation, and
 * every problem found in any file.
 */
import path from 'node:path';
import { boundary, resolveEntry } from './data-paths.ts';
import { resolveToday } from './date-window.ts';
import { nodeFileSystem, type FileSystem } from './file-system.ts';
import type { FileSummary } from './file-summary.ts';
import type { LoadContext } from './load-context.ts';
import { loadClient, type ClientData } from './load-client.ts';
import { byLocation, ProblemList, quote, type Problem } from './problems.ts';
import { missingReviewTemplates, templateNames } from './templates.ts';

export type { ClientData };

export interface DataLoad {
  readonly dataDir: string;
  /** The clients whose settings and files are all readable. */
  readonly clients: ClientData[];
  /** How many client folders were checked, readable or not. */
  readonly clientFolders: number;
  /** Every metric file checked, in every client folder. */
  readonly files: FileSummary[];
  /** Errors: any one of them stops a build. */
  readonly problems: Problem[];
  /** Worth a look, never stopping anything (data dated after today). */
  readonly warnings: Problem[];
}

export const CLIENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Paths in messages are relative to where the command runs: the project root. */
export function displayPath(absolute: string, root = process.cwd()): string {
  return path.relative(root, absolute).split(path.sep).join('/') || '.';
}

export interface LoadOptions {
  /** Only these client folders. */
  readonly clients?: readonly string[];
  /** Where the shared report templates are (default: templates). */
  readonly templatesDir?: string;
  /** Where shared static files such as logos are (default: public). */
  readonly publicDir?: string;
  /** Today as YYYY-MM-DD, for the span of dates data may carry; default RECAP_TODAY, else the clock. */
  readonly today?: string;
  /** Where the data, templates and public folders are read from: the machine's own file system by default. */
  readonly fileSystem?: FileSystem;
}

export function loadDataDir(dataDir: string, options: LoadOptions = {}): DataLoad {
  const fs = options.fileSystem ?? nodeFileSystem;
  const absolute = path.resolve(dataDir);
  const shown = displayPath(absolute);
  // How often a build reads the data folder is something a test checks: once.
  if (process.env.RECAP_TRACE?.split(',').includes('data-load')) process.stderr.write(`recap: reading ${shown}\n`);
  if (fs.stat(absolute)?.kind !== 'folder') {
    return {
      dataDir: shown,
      clients: [],
      clientFolders: 0,
      files: [],
      problems: [
        {
          file: shown,
          line: 1,
          column: 1,
          message: 'found no such folder, expected a data folder with one subfolder per client',
        },
      ],
      warnings: [],
    };
  }

  const problems = new ProblemList();
  const warnings = new ProblemList();
  const today = resolveToday(options.today);
  if (today.problem) problems.push(today.problem);
  const publicDir = options.publicDir ?? 'public';
  const templatesDir = options.templatesDir ?? 'templates';
  const context: LoadContext = {
    problems,
    warnings,
    today: today.today,
    templates: { dir: templatesDir, names: templateNames(templatesDir, fs) },
    publicDir,
    bounds: { data: boundary(absolute, displayPath, fs), public: boundary(publicDir, displayPath, fs) },
    shown: (file) => displayPath(file),
    fs,
  };
  const clients: ClientData[] = [];
  const files: FileSummary[] = [];
  const folders = clientFolders(absolute, context).filter((name) => !options.clients || options.clients.includes(name));
  if (folders.length > 0) problems.push(...missingReviewTemplates(templatesDir, context.templates.names));

  for (const slug of folders) {
    const folder = path.join(absolute, slug);
    if (!CLIENT_SLUG.test(slug)) {
      problems.push({
        file: displayPath(folder),
        line: 1,
        column: 1,
        message: `found client folder ${quote(slug)}, expected a name of lower-case letters, digits and dashes (acme-coffee); it becomes the client's address in the site`,
      });
      continue;
    }
    const loaded = loadClient(slug, folder, context);
    files.push(...loaded.files);
    if (loaded.client) clients.push(loaded.client);
  }
  if (folders.length === 0) {
    problems.push({
      file: shown,
      line: 1,
      column: 1,
      message: 'found no client folders, expected one folder per client, each with a client.yaml',
    });
  }
  problems.finish().sort(byLocation);
  warnings.finish().sort(byLocation);
  return { dataDir: shown, clients, clientFolders: folders.length, files, problems, warnings };
}

/** The client folders, by name: folders, and links to folders inside the data folder. */
function clientFolders(dataDir: string, context: LoadContext): string[] {
  const names: string[] = [];
  for (const entry of context.fs.list(dataDir)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.kind === 'folder') {
      names.push(entry.name);
    } else if (entry.kind === 'link') {
      const resolved = resolveEntry(path.join(dataDir, entry.name), [context.bounds.data], context.shown, context.fs);
      if ('problem' in resolved) context.problems.push(resolved.problem);
      else if (resolved.kind === 'folder') names.push(entry.name);
    }
  }
  return names.sort();
}

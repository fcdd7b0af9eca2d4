/**
 * A Vite plugin for `npm run dev`: the data folder is watched, and a change to a
 * client's CSV files, client.yaml, notes, logo or template marks that client to be read
 * again and reloads the open page. Astro's cached page list is dropped too, so a new
 * month or client shows at once. Only the changed clients are read again. While the
 * data has problems, every page is the list of them, located as validate prints them.
 */
import path from 'node:path';
import { loadDataDir } from '../ingest/load-data-dir.ts';
import { formatProblem, type Problem } from '../ingest/problems.ts';
import { noteChangedClient } from './data-changes.ts';
import { problemsPage } from './problems-page.ts';

/** The client a file of the data folder belongs to; null for the folder's own files (its README). */
function clientOf(dataDir: string, file: string): string | null {
  const [slug, ...rest] = path.relative(dataDir, path.resolve(file)).split(path.sep);
  if (slug === undefined || slug === '..' || path.isAbsolute(slug) || rest.length === 0) return null;
  return slug;
}

interface ModuleGraph {
  getModuleById(id: string): unknown;
  invalidateModule(module: unknown): void;
}

interface Connect {
  use(
    handler: (req: { headers: Record<string, string | string[] | undefined> }, res: Response, next: () => void) => void,
  ): void;
}

interface Response {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

interface WatchServer {
  middlewares: Connect;
  watcher: { add(paths: string): unknown; on(event: string, listener: (file: string) => void): unknown };
  environments: Record<
    string,
    {
      hot: { send(...args: unknown[]): void };
      moduleGraph: ModuleGraph;
      runner?: { evaluatedModules: ModuleGraph };
    }
  >;
}

/** The modules that list the clients' notes and templates: a note or template added or removed changes them. */
const LISTS = ['\0virtual:recap/notes', '\0virtual:recap/templates'];

export function recapDataWatch(options: { root: string; dataDir: string }) {
  const dataDir = path.resolve(options.root, options.dataDir);
  return {
    name: 'recap:data-watch',
    apply: 'serve' as const,
    configureServer(server: WatchServer) {
      server.watcher.add(dataDir);
      // Each client's problems, found as validate finds them: at the start, then on each change.
      const problems = new Map<string, readonly Problem[]>();
      let said = '';
      const check = (clients?: string[]) => {
        const load = loadDataDir(options.dataDir, clients ? { clients } : {});
        if (clients) for (const slug of clients) problems.delete(slug);
        else problems.clear();
        for (const problem of load.problems) {
          const slug = clientOf(dataDir, problem.file) ?? '';
          problems.set(slug, [...(problems.get(slug) ?? []), problem]);
        }
        // The terminal gets the list validate prints, each time it changes.
        const lines = [...problems.values()].flat().map(formatProblem).join('\n');
        if (lines !== said) {
          if (lines === '') console.log('[recap] The data has no problems now.');
          else console.error(`[recap] The data has problems (npm run validate prints the same):\n${lines}`);
          said = lines;
        }
      };
      check();
      // A page while the data has problems is the list of them, for the person editing it.
      server.middlewares.use((req, res, next) => {
        if (problems.size === 0 || !String(req.headers['accept'] ?? '').includes('text/html')) return next();
        // Read the clients with problems again: a change the watcher missed (a file written
        // twice in a moment) must not keep a fixed file's problems on the page.
        const rechecked = problems.has('') ? undefined : [...problems.keys()];
        check(rechecked);
        const all = [...problems.values()].flat();
        if (all.length === 0) {
          // Fixed: the pages read these clients again too.
          for (const slug of rechecked ?? []) noteChangedClient(slug);
          return next();
        }
        res.statusCode = 500;
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(problemsPage(all));
      });
      const changed = (file: string) => {
        const slug = clientOf(dataDir, file);
        if (slug === null) return;
        // A problem of the folder itself (a client folder's name) is found only by a full check.
        check(problems.has('') ? undefined : [slug]);
        noteChangedClient(slug);
        for (const [name, environment] of Object.entries(server.environments)) {
          if (name === 'client') continue;
          for (const graph of [environment.moduleGraph, environment.runner?.evaluatedModules]) {
            for (const id of LISTS) {
              const module = graph?.getModuleById(id);
              if (module) graph!.invalidateModule(module);
            }
          }
          environment.hot.send('astro:content-changed', {});
        }
        server.environments['client']?.hot.send({ type: 'full-reload', path: '*' });
      };
      for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, changed);
    },
  };
}

/**
 * A Vite plugin that makes the analysts' notes importable: `virtual:recap/notes` maps
 * "<client>/<YYYY-MM>" to a loader of <DATA_DIR>/<client>/notes/<YYYY-MM>.md or .mdx,
 * which Astro compiles like any Markdown or MDX page. The notes were a content
 * collection; as plain modules they need no content-layer sync, which started a Vite
 * server of its own on every build (1.4 s of a one-client rebuild).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NOTE_NAME, NOTES_FOLDER } from '../ingest/notes.ts';
import { bundledClients, loaderMap, virtualModule } from './bundled-clients.ts';

export function recapNotes(options: {
  root: string;
  dataDir: string;
  /** On a client's own site, only that client's notes. */
  client: string | null;
}) {
  const dataDir = path.resolve(options.root, options.dataDir);
  return virtualModule('notes', () => {
    const notes = bundledClients({ root: options.root, dataDir: options.dataDir, only: options.client }).flatMap(
      (client) => {
        const folder = path.join(dataDir, client, NOTES_FOLDER);
        if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
        return readdirSync(folder)
          .sort()
          .flatMap((name): Array<[string, string]> => {
            const month = NOTE_NAME.exec(name)?.[1];
            return month ? [[`${client}/${month}`, path.join(folder, name)]] : [];
          });
      },
    );
    return loaderMap('notes', notes);
  });
}

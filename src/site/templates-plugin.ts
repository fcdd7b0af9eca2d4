/**
 * A Vite plugin that makes the report templates importable whatever DATA_DIR is:
 * `virtual:recap/templates` maps each template name (templates/<name>.mdx) and each
 * client with its own template (<DATA_DIR>/<client>/template.mdx) to a loader.
 * import.meta.glob cannot do this, because its patterns must be fixed in the source.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_TEMPLATE_FILE, templateNames } from '../ingest/templates.ts';
import { bundledClients, importOf } from './bundled-clients.ts';

const MODULE_ID = 'virtual:recap/templates';
const RESOLVED_ID = `\0${MODULE_ID}`;

export function recapTemplates(options: {
  root: string;
  dataDir: string;
  templatesDir: string;
  /** On a client's own site, only that client's template: no other client's file is bundled. */
  client: string | null;
}) {
  const templatesDir = path.resolve(options.root, options.templatesDir);
  const dataDir = path.resolve(options.root, options.dataDir);
  return {
    name: 'recap-templates',
    resolveId(id: string) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id: string) {
      if (id !== RESOLVED_ID) return undefined;
      const shared = templateNames(templatesDir).map(
        (name) => `  ${JSON.stringify(name)}: ${importOf(path.join(templatesDir, `${name}.mdx`))},`,
      );
      const own = bundledClients({ root: options.root, dataDir: options.dataDir, only: options.client })
        .map((client): [string, string] => [client, path.join(dataDir, client, CLIENT_TEMPLATE_FILE)])
        .filter(([, file]) => existsSync(file))
        .map(([client, file]) => `  ${JSON.stringify(client)}: ${importOf(file)},`);
      return [`export const templates = {`, ...shared, `};`, `export const clientTemplates = {`, ...own, `};`].join(
        '\n',
      );
    },
  };
}

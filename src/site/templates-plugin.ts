/**
 * A Vite plugin that makes the report templates importable whatever DATA_DIR is:
 * `virtual:recap/templates` maps each template name (templates/<name>.mdx) and each
 * client with its own template (<DATA_DIR>/<client>/template.mdx) to a loader.
 * import.meta.glob cannot do this, because its patterns must be fixed in the source.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_TEMPLATE_FILE, templateNames } from '../ingest/templates.ts';

const MODULE_ID = 'virtual:recap/templates';
const RESOLVED_ID = `\0${MODULE_ID}`;
function clientTemplates(dataDir: string, only: string | null): Array<[client: string, file: string]> {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .filter((entry) => only === null || entry.name === only)
    .map((entry): [string, string] => [entry.name, path.join(dataDir, entry.name, CLIENT_TEMPLATE_FILE)])
    .filter(([, file]) => existsSync(file));
}

export function recapTemplates(options: {
  root: string;
  dataDir: string;
  templatesDir: string;
  /** On a client's own site, only that client's template: no other client's file is bundled. */
  client: string | null;
}) {
  const templatesDir = path.resolve(options.root, options.templatesDir);
  const dataDir = path.resolve(options.root, options.dataDir);
  const importOf = (file: string) => `() => import(${JSON.stringify(file.split(path.sep).join('/'))})`;
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
      const own = clientTemplates(dataDir, options.client).map(
        ([client, file]) => `  ${JSON.stringify(client)}: ${importOf(file)},`,
      );
      return [`export const templates = {`, ...shared, `};`, `export const clientTemplates = {`, ...own, `};`].join(
        '\n',
      );
    },
  };
}

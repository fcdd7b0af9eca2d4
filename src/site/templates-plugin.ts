/**
 * A Vite plugin that makes the report templates importable whatever DATA_DIR is:
 * `virtual:recap/templates` maps each template name (templates/<name>.mdx) and each
 * client with its own template (<DATA_DIR>/<client>/template.mdx) to a loader.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_TEMPLATE_FILE, templateNames } from '../ingest/templates.ts';
import { bundledClients, loaderMap, virtualModule } from './bundled-clients.ts';

export function recapTemplates(options: {
  root: string;
  dataDir: string;
  templatesDir: string;
  /** On a client's own site, only that client's template: no other client's file is bundled. */
  client: string | null;
}) {
  const templatesDir = path.resolve(options.root, options.templatesDir);
  const dataDir = path.resolve(options.root, options.dataDir);
  return virtualModule('templates', () => {
    const shared = templateNames(templatesDir).map((name): [string, string] => [
      name,
      path.join(templatesDir, `${name}.mdx`),
    ]);
    const own = bundledClients({ root: options.root, dataDir: options.dataDir, only: options.client })
      .map((client): [string, string] => [client, path.join(dataDir, client, CLIENT_TEMPLATE_FILE)])
      .filter(([, file]) => existsSync(file));
    return [loaderMap('templates', shared), loaderMap('clientTemplates', own)].join('\n');
  });
}

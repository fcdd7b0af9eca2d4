/**
 * Choosing a client's report template: the client's own `template.mdx` when it has
 * one, otherwise `templates/<client.yaml template>.mdx` (default: `default`).
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { clientTemplates, templates } from 'virtual:recap/templates';

export interface MDXModule {
  default: AstroComponentFactory;
}

export const DEFAULT_TEMPLATE = 'default';

export async function loadTemplate(slug: string, name: string): Promise<AstroComponentFactory> {
  const load = clientTemplates[slug] ?? templates[name];
  if (!load)
    throw new Error(`No template "${name}" in templates/ (client ${slug}); npm run validate names the problem.`);
  return (await load()).default;
}

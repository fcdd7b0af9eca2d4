/**
 * Choosing a report's template: for a regular report, the client's own `template.mdx`
 * when it has one, otherwise `templates/<client.yaml template>.mdx` (default:
 * `default`); for a quarterly or yearly review, `templates/quarterly-review.mdx` or
 * `templates/yearly-review.mdx`.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { clientTemplates, templates } from 'virtual:recap/templates';
import type { PeriodKind } from '../model/periods.ts';
import { REVIEW_TEMPLATES } from '../ingest/templates.ts';

export interface MDXModule {
  default: AstroComponentFactory;
}

export const DEFAULT_TEMPLATE = 'default';

/** The template of a client's report of one kind of period. */
export async function loadTemplate(slug: string, name: string, kind: PeriodKind): Promise<AstroComponentFactory> {
  const review = REVIEW_TEMPLATES[kind];
  if (review !== undefined) name = review;
  const load = (review === undefined ? clientTemplates[slug] : undefined) ?? templates[name];
  if (!load)
    throw new Error(`No template "${name}" in templates/ (client ${slug}); npm run validate names the problem.`);
  return (await load()).default;
}

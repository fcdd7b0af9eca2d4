/**
 * The report templates client.yaml's `template:` may name: the shared ones in the
 * templates folder (templates/<name>.mdx), or the client's own template.mdx in its
 * folder. Validate checks the name against these; the site's template plugin imports
 * the same list, so both always agree on what a template is.
 */
import type { PeriodKind } from '../model/periods.ts';
import { nodeFileSystem, type FileSystem } from './file-system.ts';
import type { Problem } from './problems.ts';

export const CLIENT_TEMPLATE_FILE = 'template.mdx';

/** The reviews' templates in the templates folder, by the kind of period they review: every client has both. */
export const REVIEW_TEMPLATES: Readonly<Partial<Record<PeriodKind, string>>> = {
  quarter: 'quarterly-review',
  year: 'yearly-review',
};

/** A problem for each review template missing from the templates folder: every client's reviews need them. */
export function missingReviewTemplates(templatesDir: string, names: readonly string[]): Problem[] {
  return Object.entries(REVIEW_TEMPLATES)
    .filter(([, name]) => !names.includes(name))
    .map(([kind, name]) => ({
      file: templatesDir,
      line: 1,
      column: 1,
      message: `found no ${name}.mdx, expected the template of every client's ${kind === 'year' ? 'yearly' : 'quarterly'} review here: restore it from Recap's templates/ (docs/periods.md)`,
    }));
}

/** Template names in a templates folder: the .mdx file names without extension. */
export function templateNames(templatesDir: string, fs: FileSystem = nodeFileSystem): string[] {
  if (fs.stat(templatesDir) === null) return [];
  return fs
    .list(templatesDir)
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -'.mdx'.length))
    .sort();
}

/**
 * The report templates client.yaml's `template:` may name: the shared ones in the
 * templates folder (templates/<name>.mdx), or the client's own template.mdx in its
 * folder. Validate checks the name against these; the site's template plugin imports
 * the same list, so both always agree on what a template is.
 */
import { nodeFileSystem, type FileSystem } from './file-system.ts';

export const CLIENT_TEMPLATE_FILE = 'template.mdx';

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

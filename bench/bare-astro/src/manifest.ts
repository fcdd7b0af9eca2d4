/**
 * The manifest the bare baseline renders: what `npm run bench:site` harvested from a
 * Recap build of the same data set (scripts/bench-site-harvest.ts). One JSON file per
 * page, read when that page renders; `routes.json` lists them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** An element's attributes, as Recap wrote them (class, data-*, aria-*). */
export type Attributes = Readonly<Record<string, string>>;

/**
 * Each block keeps its element's name and attributes, and its content as HTML: text
 * with its inline markup (spans, links, badges); a table its cells' HTML.
 */
export type Block =
  | { readonly t: 'el'; readonly tag: string; readonly attrs: Attributes; readonly html: string }
  | {
      readonly t: 'table';
      readonly attrs: Attributes;
      readonly caption: string;
      readonly head: readonly (readonly string[])[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly t: 'svg'; readonly svg: string };

export interface BarePage {
  readonly lang: string;
  readonly dir: string;
  readonly title: string;
  /** `<meta>` tags of the head beside charset and viewport: [name or property, its value, content]. */
  readonly meta: readonly (readonly [string, string, string])[];
  readonly bodyStyle: string | null;
  readonly blocks: readonly Block[];
}

export interface Route {
  /** The page's folder in the site: '' for the home page, 'client' or 'client/period'. */
  readonly route: string;
  /** The page's JSON file in the manifest folder. */
  readonly page: string;
  /** The data.json beside a report page, copied as Recap wrote it. */
  readonly data: string | null;
}

function folder(): string {
  const dir = process.env.BARE_MANIFEST;
  if (!dir)
    throw new Error('BARE_MANIFEST: found nothing, expected the manifest folder that npm run bench:site writes');
  return dir;
}

export function routes(depth: number): Route[] {
  const all = JSON.parse(readFileSync(path.join(folder(), 'routes.json'), 'utf8')) as Route[];
  return all.filter((r) => (r.route === '' ? 0 : r.route.split('/').length) === depth);
}

export function readPage(file: string): BarePage {
  return JSON.parse(readFileSync(path.join(folder(), file), 'utf8')) as BarePage;
}

export function readText(file: string): string {
  return readFileSync(path.join(folder(), file), 'utf8');
}

/**
 * Where each page of the site lives. The agency's combined site puts every client
 * under /<slug>/ beside a portfolio page at the root; a client's own site
 * (`npm run build -- --client <slug>`) has that client at its root, so nothing in
 * its addresses names the client. Links keep working under a sub-path (Astro `base`).
 */
import { siteSettings } from './settings.ts';

const oneClientSite = siteSettings().client !== null;

export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The route parameter of a client's pages: none on a client's own site. */
export function clientParam(slug: string): string | undefined {
  return oneClientSite ? undefined : slug;
}

function clientPath(slug: string): string {
  return oneClientSite ? '' : `${slug}/`;
}

export function clientHref(slug: string): string {
  return href(clientPath(slug));
}

export function reportHref(slug: string, period: string): string {
  return href(`${clientPath(slug)}${period}/`);
}

export function dataJsonHref(slug: string, period: string): string {
  return href(`${clientPath(slug)}${period}/data.json`);
}

export function previewImageHref(slug: string, period: string): string {
  return href(`${clientPath(slug)}${period}/preview.png`);
}

/** Where a client's logo is published, for the page header. */
export function logoOf(client: {
  slug: string;
  logo: string | null;
  name: string;
}): { src: string; alt: string } | undefined {
  if (!client.logo) return undefined;
  const file = client.logo.split(/[\\/]/).pop()!;
  return { src: href(`${clientPath(client.slug)}brand/${file}`), alt: `${client.name} logo` };
}

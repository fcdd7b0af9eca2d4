/** Links that keep working when the site is served under a sub-path (Astro `base`). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export function clientHref(slug: string): string {
  return href(`${slug}/`);
}

export function reportHref(slug: string, period: string): string {
  return href(`${slug}/${period}/`);
}

/** Where a client's logo is published, for the page header. */
export function logoOf(client: {
  slug: string;
  logo: string | null;
  config: { name: string };
}): { src: string; alt: string } | undefined {
  if (!client.logo) return undefined;
  const file = client.logo.split(/[\\/]/).pop()!;
  return { src: href(`${client.slug}/brand/${file}`), alt: `${client.config.name} logo` };
}

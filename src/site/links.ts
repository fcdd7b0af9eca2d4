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

/**
 * robots.txt: reports are private by default, so search engines are asked to stay
 * away from everything but the clients that chose `indexable: true`. Crawlers read
 * robots.txt only at a host's root; the pages' own robots meta tag is what holds
 * under a sub-path.
 */
export function robotsTxt(options: { base: string; indexablePaths: readonly string[]; allIndexable: boolean }): string {
  const lines = ['User-agent: *'];
  if (options.allIndexable) {
    lines.push('Allow: /');
  } else {
    const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
    for (const path of options.indexablePaths) lines.push(`Allow: ${base}${path}`);
    lines.push('Disallow: /');
  }
  return `${lines.join('\n')}\n`;
}

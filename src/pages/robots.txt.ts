import type { APIRoute } from 'astro';
import { robotsTxt } from '../present/robots.ts';
import { loadSite } from '../site/reports.ts';

export const GET: APIRoute = () => {
  const { clients, settings } = loadSite();
  const indexable = clients.map(({ report }) => report).filter((report) => report.client.config.indexable);
  const text = robotsTxt({
    base: import.meta.env.BASE_URL,
    indexablePaths: indexable.map((report) => `${report.client.slug}/`),
    // A client's own site is that client alone.
    allIndexable: settings.client !== null && indexable.length > 0,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

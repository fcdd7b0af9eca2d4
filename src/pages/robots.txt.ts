import type { APIRoute } from 'astro';
import { robotsTxt } from '../present/robots.ts';
import { noteRendered } from '../site/data-handoff.ts';
import { loadSite } from '../site/reports.ts';

export const GET: APIRoute = ({ url }) => {
  noteRendered(url.pathname);
  const { clients, settings } = loadSite();
  const indexable = clients.filter((client) => client.indexable);
  const text = robotsTxt({
    base: import.meta.env.BASE_URL,
    indexablePaths: indexable.map((client) => `${client.slug}/`),
    // A client's own site is that client alone.
    allIndexable: settings.client !== null && indexable.length > 0,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { dataJsonSchema } from '../present/data-json-schema.ts';
import { noteRendered } from '../site/data-handoff.ts';

/** The JSON Schema of every data.json of the site, as docs/data-json.md describes it. */
export const GET: APIRoute = ({ url }) => {
  noteRendered(url.pathname);
  return new Response(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};

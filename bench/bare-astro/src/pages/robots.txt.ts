/** The same robots.txt as Recap's site, copied by the harvest. */
import type { APIRoute } from 'astro';
import { readText } from '../manifest.ts';

export const GET: APIRoute = () => new Response(readText('robots.txt'), { headers: { 'Content-Type': 'text/plain' } });

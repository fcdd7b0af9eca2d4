/** Each report's data.json in the bare baseline: the file Recap wrote, as is (see index.astro beside). */
import type { APIRoute } from 'astro';
import { readText, routes } from '../../../manifest.ts';

export function getStaticPaths() {
  return routes(2)
    .filter((route) => route.data !== null)
    .map((route) => {
      const [client, period] = route.route.split('/');
      return { params: { client, period }, props: { file: route.data! } };
    });
}

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readText(props.file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

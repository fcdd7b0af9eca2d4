// The client's logo (client.yaml brand.logo), published beside its reports.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { noteRendered } from '../../../site/data-handoff.ts';
import { logoPaths } from '../../../site/reports.ts';

export const getStaticPaths = (() => logoPaths()) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export const GET: APIRoute<{ file: string }> = ({ props, url }) => {
  noteRendered(url.pathname);
  return new Response(readFileSync(props.file), {
    headers: { 'Content-Type': TYPES[path.extname(props.file).toLowerCase()] ?? 'application/octet-stream' },
  });
};

import type { APIRoute, GetStaticPaths } from 'astro';
import { reportJson } from '../../../present/data-json.ts';
import { noteRendered } from '../../../site/data-handoff.ts';
import { reportPaths, type ReportPage } from '../../../site/reports.ts';

export const getStaticPaths = (() => reportPaths()) satisfies GetStaticPaths;

// The same model of the month as its page: serialised, not computed again.
export const GET: APIRoute<ReportPage> = ({ props, url }) => {
  noteRendered(url.pathname);
  return new Response(JSON.stringify(reportJson(props.client.model().period(props.periodId)), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

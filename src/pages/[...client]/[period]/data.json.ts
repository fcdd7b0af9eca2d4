import type { APIRoute, GetStaticPaths } from 'astro';
import type { ClientReport, MonthlyReport } from '../../../aggregate/monthly-report.ts';
import { reportJson } from '../../../present/data-json.ts';
import { reportPaths } from '../../../site/reports.ts';

export const getStaticPaths = (() => reportPaths()) satisfies GetStaticPaths;

interface Props {
  report: ClientReport;
  month: MonthlyReport;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(reportJson(props.report, props.month), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

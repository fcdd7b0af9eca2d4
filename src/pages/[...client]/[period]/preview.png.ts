// The picture beside a shared report link (og:image), for the months previewMonths picks.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ClientReport, MonthlyReport } from '../../../aggregate/monthly-report.ts';
import { textDirection } from '../../../present/format.ts';
import { previewCard, previewSvg } from '../../../present/preview-image.ts';
import { buildReportView } from '../../../present/report-view.ts';
import { previewPng } from '../../../site/preview-png.ts';
import { previewPaths } from '../../../site/reports.ts';

export const getStaticPaths = (() => previewPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: ClientReport; month: MonthlyReport }> = async ({ props }) => {
  const view = buildReportView(props.report, props.month);
  const card = previewCard(view, textDirection(view.config.locale));
  if (!card) return new Response(null, { status: 404 });
  return new Response(await previewPng(previewSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};

// The picture beside a shared report link (og:image), for the months previewMonths picks.
import type { APIRoute, GetStaticPaths } from 'astro';
import { textDirection } from '../../../present/format.ts';
import { previewCard, previewSvg } from '../../../present/preview-image.ts';
import { buildReportView } from '../../../present/report-view.ts';
import { previewPng } from '../../../site/preview-png.ts';
import { noteRendered } from '../../../site/data-handoff.ts';
import { previewPaths, type ReportPage } from '../../../site/reports.ts';

export const getStaticPaths = (() => previewPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<ReportPage> = async ({ props, url }) => {
  noteRendered(url.pathname);
  const view = buildReportView(props.client.model().period(props.periodId));
  const card = previewCard(view, textDirection(view.config.locale));
  if (!card) return new Response(null, { status: 404 });
  return new Response(await previewPng(previewSvg(card)), { headers: { 'Content-Type': 'image/png' } });
};

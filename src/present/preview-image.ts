/**
 * The picture a chat app shows beside a pasted report link (og:image): the client,
 * the month and the headline figure, large enough to read in a Slack or WhatsApp
 * preview. Drawn as SVG here; the site layer turns it into a PNG.
 */
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { formatChange, formatMetric } from './format.ts';
import { metricLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

/** Open Graph's recommended size: 1.91:1, sharp on high-density screens. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** The font the picture is drawn in: it has Latin and Persian/Arabic letters. */
export const PREVIEW_FONT = 'Vazirmatn';
const MARGIN = 60;
const INK = '#1d2330';
const MUTED = '#5b6475';
const DEFAULT_BRAND = '#2f5bea';
/** Longer names are cut so the line fits the picture. */
const MAX_TITLE_CHARS = 34;

export interface PreviewCard {
  readonly title: string;
  readonly subtitle: string;
  readonly figureLabel: string;
  readonly figure: string;
  /** The figure's change against last month, in words; shown for left-to-right languages only. */
  readonly change: string | null;
  readonly dir: 'ltr' | 'rtl';
  readonly brandColor: string;
}

export function previewCard(view: ReportView, dir: 'ltr' | 'rtl'): PreviewCard | null {
  const metric = ['roi', ...view.headline].find((id) => view.figures(id, ALL_PLATFORMS)?.value != null);
  if (!metric) return null;
  const figures = view.figures(metric, ALL_PLATFORMS)!;
  return {
    title: view.config.name,
    subtitle: view.periodLabel,
    figureLabel: metricLabel(view.t, metric),
    figure: formatMetric(metric, figures.value, view.style),
    change: `${formatChange(metric, figures.mom, view.style)} ${view.vsPrevious}`,
    dir,
    brandColor: view.config.brand.color ?? DEFAULT_BRAND,
  };
}

export function previewSvg(card: PreviewCard): string {
  const rtl = card.dir === 'rtl';
  const x = rtl ? PREVIEW_WIDTH - MARGIN : MARGIN;
  const anchor = rtl ? 'end' : 'start';
  // A line of words takes the language's direction; a figure alone reads left to right in every language.
  const line = (
    y: number,
    size: number,
    text: string,
    options: { bold?: boolean; fill?: string; figure?: boolean } = {},
  ) =>
    `<text x="${x}" y="${y}" font-family="${PREVIEW_FONT}" font-size="${size}"${options.bold ? ' font-weight="700"' : ''} fill="${options.fill ?? INK}" text-anchor="${anchor}" direction="${options.figure || !rtl ? 'ltr' : 'rtl'}">${escapeXml(text)}</text>`;
  const title = card.title.length > MAX_TITLE_CHARS ? `${card.title.slice(0, MAX_TITLE_CHARS - 1)}…` : card.title;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="16" fill="${card.brandColor}"/>`,
    line(140, 60, title, { bold: true }),
    line(215, 44, card.subtitle, { fill: MUTED }),
    line(330, 48, card.figureLabel),
    line(460, 120, card.figure, { bold: true, fill: card.brandColor, figure: true }),
    // Words and a signed number in one right-to-left line need a full bidi layout the renderer lacks.
    ...(card.change && !rtl ? [line(540, 40, card.change, { fill: MUTED })] : []),
    `</svg>`,
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

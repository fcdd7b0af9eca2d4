/**
 * What a chat app shows when a report's link is pasted (Open Graph and Twitter card
 * tags): the client, the month and the figure that answers "is it paying off".
 */
import { ALL_PLATFORMS } from '../model/metrics.ts';
import { formatChange, formatMetric } from './format.ts';
import { metricLabel } from './messages/index.ts';
import type { ReportView } from './report-view.ts';

export interface LinkPreview {
  readonly title: string;
  readonly description: string;
}

/** The figure in the title: ROI when the month has one, else the first headline card. */
const TITLE_FIGURE = 'roi';
/** How many headline figures the description lists. */
const DESCRIPTION_FIGURES = 3;

export function reportPreview(view: ReportView): LinkPreview {
  const { t, style } = view;
  const figure = (metric: string): string | null => {
    const figures = view.figures(metric, ALL_PLATFORMS);
    if (!figures || figures.value === null) return null;
    return t.report.previewFigure(
      metricLabel(t, metric),
      formatMetric(metric, figures.value, style),
      formatChange(metric, figures.mom, style),
    );
  };
  const titleFigure = figure(TITLE_FIGURE) ?? (view.headline[0] ? figure(view.headline[0]) : null);
  const listed = view.headline
    .filter((metric) => metric !== TITLE_FIGURE)
    .map(figure)
    .filter((text): text is string => text !== null)
    .slice(0, DESCRIPTION_FIGURES);
  return {
    title: t.report.previewTitle(view.config.name, view.periodLabel, titleFigure),
    description: t.report.previewDescription(listed.join(t.clauseSeparator)),
  };
}

/** Open Graph's locale form: en_US for en-US; the language alone when the locale names no region. */
export function openGraphLocale(locale: string): string {
  const { language, region } = new Intl.Locale(locale);
  return region ? `${language}_${region}` : language;
}

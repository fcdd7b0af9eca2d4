/**
 * The report's charts in three parts: the numbers (trend-series.ts), a layout as plain
 * data (trend-chart.ts, bar-chart.ts) and the SVG it is written as (scene.ts).
 */
export { barChart, renderBarChart, type BarChartInput } from './bar-chart.ts';
export { sceneSvg, type Mark, type Scene } from './scene.ts';
export { renderTrendChart, trendChart, type TrendChartInput } from './trend-chart.ts';
export { chartTable, trendSeries, yearEarlier, type ChartTableRow, type TrendPoint } from './trend-series.ts';

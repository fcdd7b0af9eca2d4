/**
 * The components every report template can use without importing them. Each reads
 * the report being rendered, so a template only says what goes where.
 */
export { default as Benchmarks } from './Benchmarks.astro';
export { default as BestAndWorstMonths } from './BestAndWorstMonths.astro';
export { default as CampaignComparison } from './CampaignComparison.astro';
export { default as ChangeBadge } from './ChangeBadge.astro';
export { default as Commentary } from './Commentary.astro';
export { default as ComparisonTable } from './ComparisonTable.astro';
export { default as Competitors } from './Competitors.astro';
export { default as Experiments } from './Experiments.astro';
export { default as Goal } from './Goal.astro';
export { default as GoalOutcomes } from './GoalOutcomes.astro';
export { default as Goals } from './Goals.astro';
export { default as Highlights } from './Highlights.astro';
export { default as KpiCard } from './KpiCard.astro';
export { default as KpiGrid } from './KpiGrid.astro';
export { default as KpiReview } from './KpiReview.astro';
export { default as Methodology } from './Methodology.astro';
export { default as NeedsAttention } from './NeedsAttention.astro';
export { default as PlatformBreakdown } from './PlatformBreakdown.astro';
export { default as RoiSummary } from './RoiSummary.astro';
export { default as SocialTraffic } from './SocialTraffic.astro';
export { default as TopPosts } from './TopPosts.astro';
export { default as TrendChart } from './TrendChart.astro';
export { default as TrendCharts } from './TrendCharts.astro';
export { default as WhatWorks } from './WhatWorks.astro';

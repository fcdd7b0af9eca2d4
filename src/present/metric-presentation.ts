/**
 * How each metric reads to a person: its label and its unit. One table, so a
 * metric is labelled and formatted the same way on every page.
 */
export type MetricUnit = 'count' | 'money' | 'percent' | 'multiple';

export interface MetricPresentation {
  readonly label: string;
  readonly unit: MetricUnit;
}

const PRESENTATION: Readonly<Record<string, MetricPresentation>> = {
  followers: { label: 'Followers', unit: 'count' },
  impressions: { label: 'Impressions', unit: 'count' },
  reach: { label: 'Reach', unit: 'count' },
  engagements: { label: 'Engagements', unit: 'count' },
  likes: { label: 'Likes', unit: 'count' },
  comments: { label: 'Comments', unit: 'count' },
  shares: { label: 'Shares', unit: 'count' },
  saves: { label: 'Saves', unit: 'count' },
  clicks: { label: 'Clicks', unit: 'count' },
  video_views: { label: 'Video views', unit: 'count' },
  profile_visits: { label: 'Profile visits', unit: 'count' },
  posts: { label: 'Posts', unit: 'count' },
  leads: { label: 'Leads', unit: 'count' },
  conversions: { label: 'Conversions', unit: 'count' },
  revenue: { label: 'Revenue', unit: 'money' },
  spend: { label: 'Ad spend', unit: 'money' },
  cost: { label: 'Other costs', unit: 'money' },
  engagement_rate: { label: 'Engagement rate', unit: 'percent' },
  ctr: { label: 'Click-through rate', unit: 'percent' },
  conversion_rate: { label: 'Conversion rate', unit: 'percent' },
  cpc: { label: 'Cost per click', unit: 'money' },
  cpm: { label: 'Cost per 1,000 impressions', unit: 'money' },
  cpa: { label: 'Cost per conversion', unit: 'money' },
  roas: { label: 'Return on ad spend', unit: 'multiple' },
  value: { label: 'Value created', unit: 'money' },
  total_cost: { label: 'Total cost', unit: 'money' },
  roi: { label: 'ROI', unit: 'percent' },
};

export function presentationOf(metric: string): MetricPresentation {
  return PRESENTATION[metric] ?? { label: metric.replaceAll('_', ' '), unit: 'count' };
}

export const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  all: 'All platforms',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  x: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  aparat: 'Aparat',
  web: 'Web',
};

export function platformLabel(platform: string): string {
  return PLATFORM_LABELS[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}

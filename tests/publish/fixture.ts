/**
 * Report-like pages and a data.json of one made-up client, full of the things a
 * protected page must not show: the client's name, numbers, month names, campaigns.
 */
export const CLIENT_NAME = 'Harbourline Kayaks';
export const PASSWORD = 'tide-pool 7 lanterns';

export interface FixturePage {
  readonly title: string;
  readonly html: string;
}

export function reportPage(options: { base: string; month: string; monthName: string; kpi: string }): FixturePage {
  const title = `${CLIENT_NAME}: ${options.monthName}`;
  const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>:root{--brand:#0b7a75}body{font-family:system-ui;color:#1d2330}.kpi{font-size:2rem}</style></head>
<body><header><img src="${options.base}harbourline-kayaks/logo.svg" alt="${CLIENT_NAME} logo"></header>
<main><h1>${CLIENT_NAME}: social media report, ${options.monthName}</h1>
<section id="kpis"><h2>Headline numbers</h2><p class="kpi" data-metric="reach">Reach <strong>${options.kpi}</strong></p>
<p class="kpi">Ad spend <strong>$3,150.00</strong></p><p class="kpi">Engagement rate <strong>12.4%</strong></p></section>
<section id="campaigns"><h2>Campaigns</h2><table><tr><td>Spring Paddle Launch</td><td>18,442</td></tr>
<tr><td>Estuary Night Tours</td><td>9,317</td></tr></table>
<svg role="img" aria-label="Reach by month" viewBox="0 0 100 40"><rect x="4" y="10" width="20" height="30" fill="#0b7a75"/></svg></section>
<p><a class="no-print" href="${options.base}harbourline-kayaks/${options.month}/data.json" download>Download the numbers (data.json)</a></p>
<nav><a href="${options.base}harbourline-kayaks/2026-04/">April 2026</a> <a href="${options.base}harbourline-kayaks/2026-05/">May 2026</a></nav>
</main></body></html>
`;
  return { title, html };
}

export const DATA_JSON = `${JSON.stringify(
  {
    client: { slug: 'harbourline-kayaks', name: CLIENT_NAME, currency: 'USD' },
    month: '2026-05',
    monthName: 'May 2026',
    platforms: { all: { reach: 48213, spend: 3150, engagement_rate: 12.4 } },
    campaigns: [
      { name: 'Spring Paddle Launch', reach: 18442 },
      { name: 'Estuary Night Tours', reach: 9317 },
    ],
  },
  null,
  2,
)}\n`;

/** The same report in Persian, as a Persian client's page would read. */
export const PERSIAN_PAGE = `<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>نانوایی نارنج: مهر ۱۴۰۵</title></head>
<body><h1>نانوایی نارنج: گزارش شبکه‌های اجتماعی، مهر ۱۴۰۵</h1><p>دسترسی <strong>۴۸٬۲۱۳</strong></p><p>کمپین پاییزی نان داغ</p></body></html>
`;

/** What must not be readable in any published byte of the protected client. */
export const SECRETS = [
  CLIENT_NAME,
  'Harbourline',
  'harbourline-kayaks',
  'April 2026',
  'May 2026',
  'April',
  '48,213',
  '48213',
  '3,150',
  '12.4',
  '18,442',
  '9,317',
  'Spring Paddle Launch',
  'Estuary Night Tours',
  '#0b7a75',
  'logo.svg',
  'social media report',
  'Headline numbers',
  'نارنج',
  'مهر',
  '۱۴۰۵',
  '۴۸٬۲۱۳',
  'کمپین پاییزی',
];

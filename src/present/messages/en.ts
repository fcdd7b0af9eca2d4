/**
 * The report's own words in English. Every other language's file has the same shape
 * (the type below checks it), so adding a language is adding one file like this and
 * listing it in index.ts. Numbers, money, months and days are not here: Intl formats
 * them in the client's locale. Functions take values that are already formatted.
 *
 * Validation messages are not here either: they are for the person fixing the data,
 * in English.
 */
import type { DerivedMetricId, MetricId } from '../../model/metric-registry.ts';
import { periodsEn } from './periods-en.ts';

/** A label inside a sentence: "Engagement rate" → "engagement rate", but "ROI" and "CTR" stay. */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

const startOfSentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Reels’", "Anna’s": the possessive of a name, plural or not. */
const possessive = (name: string): string => (/s$/i.test(name) ? `${name}’` : `${name}’s`);

export const en = {
  /** "n/a": a value that is missing or has nothing to compare with. */
  notAvailable: 'n/a',
  /** A change of a rate, in percentage points: "+0.4 pts". */
  points: (change: string) => `${change} pts`,
  toman: 'toman',
  /** Between the items of a list ("Instagram, Telegram") and between clauses ("A 5; B 3"). */
  listSeparator: ', ',
  /** A metric's name inside a sentence ("engagement rate"), for lists the page builds. */
  inSentence,
  clauseSeparator: '; ',

  metrics: {
    followers: 'Followers',
    net_follows: 'Net follower change',
    impressions: 'Impressions',
    reach: 'Reach',
    engagements: 'Engagements',
    likes: 'Likes',
    comments: 'Comments',
    shares: 'Shares',
    saves: 'Saves',
    clicks: 'Clicks',
    video_views: 'Video views',
    profile_visits: 'Profile visits',
    engaged_views: 'Engaged views',
    watch_hours: 'Watch time (hours)',
    sessions: 'Website sessions',
    users: 'Website users',
    new_users: 'New website users',
    events: 'Website events',
    posts: 'Posts',
    leads: 'Leads',
    conversions: 'Conversions',
    revenue: 'Revenue',
    spend: 'Ad spend',
    cost: 'Other costs',
    engagement_rate: 'Engagement rate',
    ctr: 'Click-through rate',
    conversion_rate: 'Conversion rate',
    cpc: 'Cost per click',
    cpm: 'Cost per 1,000 impressions',
    cpa: 'Cost per conversion',
    roas: 'Return on ad spend',
    value: 'Value created',
    total_cost: 'Total cost',
    roi: 'ROI',
  } satisfies Record<MetricId, string>,

  /** How each derived metric is computed, for the methodology footer. */
  formulas: {
    engagement_rate: 'engagements / impressions × 100',
    ctr: 'clicks / impressions × 100',
    conversion_rate: 'conversions / clicks × 100',
    cpc: 'ad spend / clicks',
    cpm: 'ad spend / impressions × 1,000',
    cpa: 'ad spend / conversions',
    roas: 'revenue / ad spend',
    value: 'revenue + leads × value per lead + conversions × value per conversion',
    total_cost: 'ad spend + other costs',
    roi: '(value created − total cost) / total cost × 100',
  } satisfies Record<DerivedMetricId, string>,

  platforms: {
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
  },

  costCategories: {
    ads: 'Ads',
    content: 'Content',
    staff: 'Staff',
    tools: 'Software and tools',
    other: 'Other',
  },

  site: {
    allReports: 'All reports',
    siteNavigation: 'Site',
    reportsTitle: 'Social media reports',
    latestReport: 'Latest report:',
    latestReportOf: (month: string) => `Latest report: ${month}`,
    allMonthlyReports: 'All monthly reports',
    month: 'Month',
    partial: 'Partial',
    partialMonth: 'Partial month',
    clientReportsTitle: (client: string) => `${client}: social media reports`,
    allReportsOf: (client: string) => `${client}: all reports`,
    otherMonths: 'Other months',
    portfolioTitle: 'Client portfolio',
    portfolioIntro:
      "For the agency only: no client page links here, and search engines are asked not to list it. Each client's figures are in its own language.",
    client: 'Client',
    latestMonth: 'Latest month',
    roiTrend: 'ROI trend',
    roiTrendOf: (from: string, to: string, first: string, last: string) =>
      `ROI from ${from} to ${to}: ${first} to ${last}`,
    noRoiTrend: 'No month has an ROI yet',
    goalsNeedingAttention: 'Goals needing attention',
    noGoalNeedsAttention: 'None at risk or off track',
    dataThrough: 'Data through',
    stale: 'Stale',
    staleExplained: 'The data stops before the end of last month: the latest report is incomplete.',
    protectedClient: 'Protected: its figures are only on its own pages, behind its password.',
  },

  report: {
    title: (client: string, month: string) => `${client}: social media report, ${month}`,
    pageTitle: (client: string, month: string) => `${client}: ${month}`,
    coverage: (days: string) => `Data covers ${days}; comparisons use the same days of earlier months.`,
    download: 'Download the numbers (data.json)',
    headlineNumbers: 'Headline numbers',
    vsLastYear: 'vs last year',
    atMost: '(at most)',
    atMostExplained: 'Summed over days or platforms: people reached on several days count more than once',
    daySpan: (from: string, to: string) => `${from} – ${to}`,
    /** A shared link's preview: "Northwind Outfitters: October 2026 — ROI 65.9% (+62.6 pts)". */
    previewTitle: (client: string, month: string, figure: string | null) =>
      figure === null ? `${client}: ${month}` : `${client}: ${month} — ${figure}`,
    /** "ROI 65.9% (+62.6 pts)": a headline figure with its change against last month. */
    previewFigure: (label: string, value: string, change: string) => `${label} ${value} (${change})`,
    previewDescription: (figures: string) => `Social media report. ${figures}.`,
  },

  roi: {
    heading: 'Return on investment',
    notAvailable: (thisPeriod: string) =>
      `ROI is not available: ${thisPeriod} has no reported costs or no reported value.`,
    positive: 'Social media returned more than it cost.',
    negative: 'Social media cost more than it returned.',
    /** "Each $1.00 spent returned $1.66" */
    inWords: (one: string, returned: string) => `Each ${one} spent returned ${returned}`,
    valueCreated: 'Value created',
    totalCost: 'Total cost',
    whereValueCameFrom: 'Where the value came from',
    whatItCost: 'What it cost',
    revenue: 'Revenue',
    revenueFromSocial: 'Revenue from social (Google Analytics)',
    leadsTimes: (value: string) => `Leads × ${value}`,
    conversionsTimes: (value: string) => `Conversions × ${value}`,
    longerSpans: 'ROI over longer spans',
    thisMonth: 'This month',
    quarterToDate: 'Quarter to date',
    yearToDate: 'Year to date',
  },

  goals: {
    heading: 'Goals',
    noneStarted: (thisPeriod: string) => `No goal has started by ${thisPeriod}.`,
    rule: 'On track: at the pace so far, the target is reached by the deadline. At risk: the pace gets at least 90% of the way, or a monthly goal slipped. Off track: less than that. Paces are per month.',
    status: {
      achieved: 'Achieved',
      on_track: 'On track',
      at_risk: 'At risk',
      off_track: 'Off track',
      missed: 'Missed',
      none: 'No data',
    },
    onPlatform: (platform: string) => ` on ${platform}`,
    perMonth: (pace: string) => `${pace} / month`,
    /** The pace needed is more than twice the pace so far. */
    revisit: (needed: string, soFar: string, reaches: string, deadline: string) =>
      `Revisit this target: it needs ${needed}, more than twice the ${soFar} so far. At the pace so far it reaches ${reaches} by ${deadline}.`,
    baselineOnDay: (day: string) => ` on ${day}`,
    baselineInMonth: (month: string) => ` in ${month}`,
    level: (what: string, target: string, deadline: string, from: string | null) =>
      `${what}: reach ${target} by ${deadline}${from === null ? '' : `, from ${from}`}.`,
    total: (what: string, target: string, start: string, deadline: string) =>
      `${what}: ${target} in total from ${start} to ${deadline}.`,
    atLeast: (what: string, target: string, start: string, deadline: string) =>
      `${what}: at least ${target} every month from ${start} to ${deadline}.`,
    atMost: (what: string, target: string, start: string, deadline: string) =>
      `${what}: at most ${target} every month from ${start} to ${deadline}.`,
    monthsOnTarget: (held: string, judged: string) => `${held} of ${judged} months on target`,
    noMonthYet: 'No month to judge yet',
    progressNotAvailable: 'Progress not available',
    ofTheWay: (pct: string) => `${pct}% of the way`,
    inTotal: 'In total',
    soFar: (day: string) => `So far (to ${day})`,
    atDeadline: 'At the deadline',
    now: 'Now',
    inMonth: (month: string) => `In ${month}`,
    thisMonth: 'This month',
    target: 'Target',
    targetSoFar: 'Target for the days so far',
    baseline: 'Baseline',
    projected: 'Projected at the deadline',
    paceNeeded: 'Pace needed',
    paceSoFar: 'Pace so far',
    final: (deadline: string) => `The deadline (${deadline}) has passed: this is the final result.`,
    noValueYet: 'No value reported yet.',
    needsBaseline: 'Not enough data to project: give the goal a baseline in client.yaml.',
    startsOn: (goal: string, day: string) => `${goal}: starts on ${day}.`,
    unknown: (id: string) => `No goal "${id}" in this client's client.yaml.`,
  },

  highlights: {
    heading: 'Wins, losses and opportunities',
    wins: 'Wins',
    losses: 'Losses',
    opportunities: 'Opportunities',
    noWins: 'No metric improved markedly.',
    noLosses: 'No metric fell markedly.',
    noOpportunities: 'No platform stands out.',
    acrossPlatforms: 'across platforms',
    onPlatform: (platform: string) => `on ${platform}`,
    moved: (metric: string, where: string, change: string, basis: string, from: string, to: string) =>
      `${metric} ${where}: ${change} against ${basis}, from ${from} to ${to}.`,
    opportunity: (platform: string, metric: string, value: string, overall: string) =>
      `${platform} does best on ${inSentence(metric)}: ${value} against ${overall} across platforms.`,
    partial: (thisPeriod: string, earlier: string) =>
      `${startOfSentence(thisPeriod)} is partial: changes compare the same days of ${earlier}.`,
  },

  commentary: { heading: 'Commentary' },

  trends: {
    heading: 'Trends',
    title: (metric: string, where: string) => `${metric}, ${where}`,
    allPlatforms: 'all platforms',
    description: (metric: string, where: string, first: string, last: string) =>
      `${metric} each month on ${where}, ${first} to ${last}.`,
    noData: (title: string) => `${title}: no data in these months.`,
    theNumbers: (metric: string) => `${metric}: the numbers`,
    partial: '(partial)',
    /** Under the chart's point for the same month a year earlier. */
    lastYear: 'last year',
    /** Beside the report month's point when the month is partial. */
    partialPoint: 'partial month',
  },

  campaigns: {
    site_sessions: 'Site sessions (GA4)',
    site_conversions: 'Site key events (GA4)',
    heading: 'Campaigns',
    rankedBy: (metric: string, thisPeriod: string) =>
      `Ranked by ${inSentence(metric)} ${thisPeriod}; "to date" runs from each campaign's start.`,
    chartTitle: (metric: string, month: string) => `${metric} by campaign, ${month}`,
    chartDescription: (metric: string, month: string, ranking: string) =>
      `Campaigns ranked by ${inSentence(metric)} in ${month}: ${ranking}.`,
    caption: (month: string) => `Campaigns in ${month}`,
    campaign: 'Campaign',
    toDate: (metric: string) => `${metric} to date`,
    since: (day: string) => `since ${day}`,
    /** Campaigns running across the month with no activity in it: "Holiday Gift Guide (ROI to date 41.2%)". */
    quiet: (campaigns: string, thisPeriod: string) => `No activity ${thisPeriod}: ${campaigns}.`,
    quietCampaign: (name: string, toDate: string, value: string) => `${name} (${inSentence(toDate)} ${value})`,
  },

  topPosts: {
    heading: 'Top posts',
    weakest: 'Weakest posts',
    /** What the lists are ranked by: a metric name in a sentence. */
    rankedBy: (metric: string, thePeriod: string) =>
      `${startOfSentence(thePeriod)}’s posts ranked by ${inSentence(metric)}.`,
    rateThreshold: (impressions: string) =>
      `Engagement rate is ranked only for posts with at least ${impressions} impressions; below that it shows as n/a.`,
    unranked: (count: string, thePeriod: string) => `Posts of ${thePeriod} with nothing to rank them by: ${count}.`,
    onPlatform: (platform: string) => `Top posts on ${platform}`,
    published: (day: string) => `published ${day}`,
    untitled: 'A post without a caption',
    none: (thisPeriod: string) => `No post-level export gives posts published ${thisPeriod}.`,
    types: {
      image: 'Image',
      video: 'Video',
      reel: 'Reel',
      carousel: 'Carousel',
      text: 'Text',
      link: 'Link',
    } as Readonly<Record<string, string>>,
  },

  whatWorks: {
    heading: 'What works',
    /** "June – August 2026": the months the groups are made from. */
    intro: (months: string, count: string, minPosts: string) =>
      `The posts of ${months} (${count}), by type, day and hour of publication. Engagement rate is worked out from each group’s totals; a group of fewer than ${minPosts} posts is shown but not ranked.`,
    byType: 'By post type',
    byWeekday: 'By day of publication',
    /** `zone` as the locale names it: "Eastern Time". */
    byHour: (zone: string) => `By hour of publication (${zone})`,
    hourChart: 'by hour of publication',
    type: 'Post type',
    weekday: 'Day',
    hour: 'Hour',
    withoutTime: (count: string) => `Posts whose export gives no time of day, left out of the hours: ${count}.`,
    posts: 'Posts',
    rank: 'Rank',
    engagementsPerPost: 'Engagements per post',
    reachPerPost: 'Reach per post',
    tooFew: 'too few posts',
    unknownType: 'other',
    chartTitle: (what: string) => `Engagement rate ${inSentence(what)}`,
    chartDescription: (what: string, bars: string) => `Engagement rate ${inSentence(what)}: ${bars}.`,
  },

  periods: periodsEn,

  attention: {
    heading: 'Needs attention',
    /** "Engagement rate fell 20% against last month (3.4% → 2.72%), past the -15% that calls for a look." */
    item: (
      metric: string,
      rose: boolean,
      pct: string,
      against: string,
      before: string,
      now: string,
      threshold: string,
    ) =>
      `${metric} ${rose ? 'rose' : 'fell'} ${pct} against ${against} (${before} → ${now}), past the ${threshold} that calls for a look.`,
  },

  traffic: {
    heading: 'Traffic from social',
    intro: (thePeriod: string) =>
      `Website sessions that social networks sent in ${thePeriod}, from Google Analytics: told apart by the site that referred them (l.instagram.com, t.co) or the utm_source their link was tagged with.`,
    network: 'Network',
    sessions: 'Sessions',
    engaged: 'Engaged sessions',
    conversions: 'Key events',
    conversionRate: 'Key events per 100 sessions',
    revenue: 'Revenue',
    total: 'All social',
    byCampaign: 'By campaign (utm_campaign)',
    campaign: 'Campaign',
    ownCampaign: 'In this report',
    acrossMonths: (count: string, thePeriod: string) =>
      `Rows of a GA4 report that run past ${thePeriod}, which cannot be split by day and are left out: ${count}.`,
  },

  benchmarks: {
    heading: 'Against benchmarks',
    /** "3.07% engagement rate on Instagram: above the 2.1% median for retail (Example study, 2025)." */
    sentence: (value: string, metric: string, platform: string | null, standing: string, source: string) =>
      `${value} ${inSentence(metric)}${platform === null ? '' : ` on ${platform}`}: ${standing} (${source}).`,
    /** A metric with no value this month. */
    noValue: (metric: string, platform: string | null, reference: string, source: string, thisPeriod: string) =>
      `No ${inSentence(metric)}${platform === null ? '' : ` on ${platform}`} ${thisPeriod} to set against ${reference} (${source}).`,
    /** `median` and `top` formatted; `industry` "retail" or null. */
    standing: (standing: string, reference: string, top: string | null, industry: string | null) => {
      const who = industry === null ? '' : ` for ${industry}`;
      switch (standing) {
        case 'top_quartile':
          return `in the top quarter${who} (${top} or more; the median is ${reference})`;
        case 'above_median':
          return `above the ${reference} median${who}`;
        case 'at_median':
          return `at the ${reference} median${who}`;
        case 'below_median':
          return `below the ${reference} median${who}`;
        case 'above':
          return `above the ${reference} benchmark${who}`;
        case 'at':
          return `at the ${reference} benchmark${who}`;
        default:
          return `below the ${reference} benchmark${who}`;
      }
    },
    reference: (value: string, isMedian: boolean, industry: string | null) =>
      `the ${value} ${isMedian ? 'median' : 'benchmark'}${industry === null ? '' : ` for ${industry}`}`,
    source: (source: string, year: string) => `${source}, ${year}`,
    illustrative: 'illustrative numbers, not from a real study',
    methodology: 'Benchmarks',
  },

  competitors: {
    heading: 'Against the competitors',
    intro: (count: string) =>
      `The client and ${count} competitors, platform by platform, in the report month. Share of voice is the client’s part of all the posts, and of all the engagements, of these accounts; an account without a number is left out of that total.`,
    account: 'Account',
    you: '(the client)',
    followers: 'Followers',
    growth: 'Follower growth',
    rate: 'Engagement rate',
    postsPerWeek: 'Posts per week',
    perPost: 'Engagements per post',
    shareOfPosts: 'Share of posts',
    shareOfEngagements: 'Share of engagements',
    rank: 'Rank',
    /** "Northwind’s share of voice on Instagram: 31.2% of the posts (+2.1 pts on last month) and 28.4% of the engagements (-1 pts)." */
    summary: (
      name: string,
      platform: string,
      posts: string,
      postsChange: string,
      engagements: string,
      engagementsChange: string,
    ) =>
      `${possessive(name)} share of voice on ${platform}: ${posts} of the posts (${postsChange} on last month) and ${engagements} of the engagements (${engagementsChange}).`,
    chartTitle: (platform: string) => `Share of engagements on ${platform}, last 13 months`,
    chartDescription: (platform: string, first: string, last: string, values: string) =>
      `The client’s share of the engagements of all the accounts compared on ${platform}, ${first} to ${last}: ${values}.`,
    month: 'Month',
    bestPosts: (thePeriod: string) => `Each account’s best post of ${thePeriod}`,
    engagementsOf: (count: string) => `${count} engagements`,
  },

  experiments: {
    heading: 'Content tests',
    variant: 'Variant',
    posts: 'Posts',
    impressions: 'Impressions',
    dates: (from: string, to: string) => `${from} – ${to}`,
    running: 'still running',
    verdicts: {
      winner: (name: string) => `Winner: ${name}`,
      no_clear_difference: 'No clear difference' as string,
      too_little_data: 'Too little data' as string,
    },
    /** A rate's difference, in points: "Reels' engagement rate was 1.2 points higher than Carousels' (95% interval: 0.8 to 1.6 points)". */
    rateDifference: (
      b: string,
      metric: string,
      points: string,
      higher: boolean,
      a: string,
      low: string,
      high: string,
    ) =>
      `${possessive(b)} ${inSentence(metric)} was ${points} points ${higher ? 'higher' : 'lower'} than ${possessive(a)} (95% interval: ${low} to ${high} points)`,
    meanDifference: (
      b: string,
      metric: string,
      amount: string,
      higher: boolean,
      a: string,
      low: string,
      high: string,
    ) =>
      `${b} averaged ${amount} ${higher ? 'more' : 'fewer'} ${inSentence(metric)} per post than ${a} (95% interval: ${low} to ${high})`,
    chance: (rarely: boolean, threshold: string) =>
      rarely
        ? `a difference this size would appear by chance less than ${threshold} of the time.`
        : `a difference this size could well appear by chance (more than ${threshold} of the time).`,
    tooLittle: (minPosts: string) =>
      `Each variant needs at least ${minPosts} posts, and for a rate at least 5 engagements (or clicks) and 5 impressions without, before a verdict.`,
    differentWeeks:
      'The variants’ posts ran in different weeks: the season or the news may explain part of the difference.',
    oneMetric:
      'The metric was set in client.yaml before the results; no other metric is tried, so a lucky one cannot be picked afterwards.',
  },

  platformsSection: {
    heading: 'By platform',
    everyMetricOn: (platform: string) => `Every metric on ${platform}`,
  },

  table: {
    everyMetric: (platform: string) => `Every metric: ${platform}`,
    metric: 'Metric',
    change: 'Change',
    lastYear: 'Last year',
    atMost: '(at most)',
  },

  methodology: {
    heading: 'Methodology',
    dataThrough: (day: string) => `Data runs to ${day}.`,
    partial: (thisPeriod: string, days: string, earlier: string) =>
      `${startOfSentence(thisPeriod)} is partial (${days}): it is compared with the same days of ${earlier}.`,
    rules: (thePeriod: string) =>
      `Counts, money and other flows are summed over ${thePeriod}; followers are the last count in ${thePeriod}; every rate is recomputed from ${thePeriod}’s totals, never averaged from daily rates. Reach summed over days or platforms counts some people more than once and is marked “at most”. “n/a” means there is nothing to compare with.`,
    /** Which rates are taken like for like across platforms and which are blended: each a list of metric names in a sentence. */
    acrossPlatforms: (likeForLike: string, blended: string) =>
      `Across platforms, ${likeForLike} describe each platform’s own audience: they count only the platforms that report both of their inputs. ${startOfSentence(blended)} are blended: all value over all costs, all revenue over all ad spend and all ad spend over all conversions, wherever each was reported (revenue and conversions are often tracked in a shop or in Google Analytics, apart from the ads).`,
    formulas: 'Formulas',
    values: (lead: string, conversion: string) => `Value per lead: ${lead}; value per conversion: ${conversion}.`,
    filesRead: 'Files read',
    rows: (count: string) => `rows used: ${count}`,
    /** A platform export among the files read: its file, the export it was read as, the rows used. */
    exportRows: (format: string, count: string) => `${format}, rows used: ${count}`,
    /**
     * Export formats by id (src/ingest/exports), where this language names them otherwise;
     * a format not here is shown with its English label.
     */
    exportFormats: {} as Readonly<Record<string, string>>,
    postLevel:
      'Post-level exports give each post’s lifetime totals; they count on the day the post was published, and a newer export of the same posts replaces the older one.',
    campaignLevel:
      'Ads Manager campaign totals count in the month the campaign ran; one that ran across the end of a month counts in the month with most of its days.',
  },

  /**
   * The page that asks for a protected report's password (src/publish). It is the same
   * for every client: nothing here may name the client, a month or a number.
   */
  unlock: {
    title: 'Protected report',
    intro: 'This report is protected. Enter the password you were given to open it.',
    password: 'Password',
    open: 'Open report',
    opening: 'Opening…',
    wrongPassword: 'Wrong password, try again.',
    unsupported: 'This browser cannot open the report. Open the link over HTTPS in an up-to-date browser.',
    failed: 'The report could not be opened. Reload the page and try again.',
    downloadFailed: 'The file could not be downloaded. Reload the page and try again.',
    noScript: 'This report is protected: turn on JavaScript in your browser to open it.',
  },
};

export type Messages = typeof en;

/**
 * The report's own words in Persian. Same shape as en.ts; the words are the ones
 * Iranian marketers use (فالوور، لید، کمپین، نرخ تعامل، بازگشت سرمایه).
 */
import type { Messages } from './en.ts';
import { periodsFa } from './periods-fa.ts';

export const fa: Messages = {
  notAvailable: 'نامشخص',
  points: (change: string) => `${change} واحد درصد`,
  toman: 'تومان',
  listSeparator: '، ',
  inSentence: (label) => label,
  clauseSeparator: '؛ ',

  metrics: {
    followers: 'فالوورها',
    net_follows: 'تغییر خالص فالوورها',
    impressions: 'نمایش‌ها',
    reach: 'دسترسی',
    engagements: 'تعامل‌ها',
    likes: 'لایک‌ها',
    comments: 'کامنت‌ها',
    shares: 'اشتراک‌گذاری‌ها',
    saves: 'ذخیره‌ها',
    clicks: 'کلیک‌ها',
    video_views: 'بازدید ویدیو',
    profile_visits: 'بازدید پروفایل',
    engaged_views: 'بازدید درگیر',
    watch_hours: 'زمان تماشا (ساعت)',
    sessions: 'نشست‌های وب‌سایت',
    users: 'کاربران وب‌سایت',
    new_users: 'کاربران جدید وب‌سایت',
    events: 'رویدادهای وب‌سایت',
    posts: 'پست‌ها',
    leads: 'لیدها',
    conversions: 'تبدیل‌ها',
    revenue: 'درآمد',
    spend: 'هزینه تبلیغات',
    cost: 'سایر هزینه‌ها',
    engagement_rate: 'نرخ تعامل',
    ctr: 'نرخ کلیک',
    conversion_rate: 'نرخ تبدیل',
    cpc: 'هزینه هر کلیک',
    cpm: 'هزینه هر هزار نمایش',
    cpa: 'هزینه هر تبدیل',
    roas: 'بازگشت هزینه تبلیغات',
    value: 'ارزش ایجادشده',
    total_cost: 'هزینه کل',
    roi: 'بازگشت سرمایه',
  },

  formulas: {
    engagement_rate: 'تعامل‌ها ÷ نمایش‌ها × ۱۰۰',
    ctr: 'کلیک‌ها ÷ نمایش‌ها × ۱۰۰',
    conversion_rate: 'تبدیل‌ها ÷ کلیک‌ها × ۱۰۰',
    cpc: 'هزینه تبلیغات ÷ کلیک‌ها',
    cpm: 'هزینه تبلیغات ÷ نمایش‌ها × ۱٬۰۰۰',
    cpa: 'هزینه تبلیغات ÷ تبدیل‌ها',
    roas: 'درآمد ÷ هزینه تبلیغات',
    value: 'درآمد + لیدها × ارزش هر لید + تبدیل‌ها × ارزش هر تبدیل',
    total_cost: 'هزینه تبلیغات + سایر هزینه‌ها',
    roi: '(ارزش ایجادشده − هزینه کل) ÷ هزینه کل × ۱۰۰',
  },

  platforms: {
    all: 'همه پلتفرم‌ها',
    facebook: 'فیسبوک',
    instagram: 'اینستاگرام',
    linkedin: 'لینکدین',
    x: 'ایکس',
    youtube: 'یوتیوب',
    tiktok: 'تیک‌تاک',
    telegram: 'تلگرام',
    aparat: 'آپارات',
    web: 'وب‌سایت',
  },

  costCategories: {
    ads: 'تبلیغات',
    content: 'تولید محتوا',
    staff: 'نیروی انسانی',
    tools: 'نرم‌افزار و ابزار',
    other: 'سایر',
  },

  site: {
    allReports: 'همه گزارش‌ها',
    siteNavigation: 'سایت',
    reportsTitle: 'گزارش‌های شبکه‌های اجتماعی',
    latestReport: 'آخرین گزارش:',
    latestReportOf: (month) => `آخرین گزارش: ${month}`,
    allMonthlyReports: 'همه گزارش‌های ماهانه',
    month: 'ماه',
    partial: 'ناقص',
    partialMonth: 'ماه ناقص',
    clientReportsTitle: (client) => `${client}: گزارش‌های شبکه‌های اجتماعی`,
    allReportsOf: (client) => `${client}: همه گزارش‌ها`,
    otherMonths: 'ماه‌های دیگر',
    portfolioTitle: 'فهرست مشتریان',
    portfolioIntro:
      'فقط برای آژانس: هیچ صفحه‌ای از مشتریان به اینجا پیوند نمی‌دهد و از موتورهای جستجو خواسته شده آن را فهرست نکنند. اعداد هر مشتری به زبان خود اوست.',
    client: 'مشتری',
    latestMonth: 'آخرین ماه',
    roiTrend: 'روند بازگشت سرمایه',
    roiTrendOf: (from, to, first, last) => `بازگشت سرمایه از ${from} تا ${to}: از ${first} به ${last}`,
    noRoiTrend: 'هنوز هیچ ماهی بازگشت سرمایه ندارد',
    goalsNeedingAttention: 'هدف‌های نیازمند توجه',
    noGoalNeedsAttention: 'هیچ هدفی در خطر یا عقب نیست',
    dataThrough: 'داده‌ها تا',
    stale: 'قدیمی',
    staleExplained: 'داده‌ها پیش از پایان ماه گذشته تمام می‌شود: آخرین گزارش کامل نیست.',
    protectedClient: 'محافظت‌شده: اعداد آن فقط در صفحه‌های خودش و پشت رمز عبور است.',
  },

  report: {
    title: (client, month) => `${client}: گزارش شبکه‌های اجتماعی، ${month}`,
    pageTitle: (client, month) => `${client}: ${month}`,
    coverage: (days) => `داده‌ها ${days} را پوشش می‌دهد؛ مقایسه‌ها با همین روزها در ماه‌های قبل است.`,
    download: 'دریافت اعداد (data.json)',
    headlineNumbers: 'اعداد اصلی',
    vsLastYear: 'نسبت به سال قبل',
    atMost: '(حداکثر)',
    atMostExplained: 'جمع روزها یا پلتفرم‌ها: کسی که در چند روز دیده شده چند بار شمرده می‌شود',
    daySpan: (from, to) => `${from} تا ${to}`,
    previewTitle: (client, month, figure) =>
      figure === null ? `${client}: ${month}` : `${client}: ${month} — ${figure}`,
    previewFigure: (label, value, change) => `${label} ${value} (${change})`,
    previewDescription: (figures) => `گزارش شبکه‌های اجتماعی. ${figures}.`,
  },

  roi: {
    heading: 'بازگشت سرمایه',
    notAvailable: (thisPeriod) => `بازگشت سرمایه در دسترس نیست: ${thisPeriod} هزینه یا ارزشی گزارش نشده است.`,
    positive: 'شبکه‌های اجتماعی بیش از هزینه‌شان بازگشت داشتند.',
    negative: 'هزینه شبکه‌های اجتماعی بیش از بازگشت آن‌ها بود.',
    inWords: (one, returned) => `هر ${one} هزینه، ${returned} بازگشت داشت`,
    valueCreated: 'ارزش ایجادشده',
    totalCost: 'هزینه کل',
    whereValueCameFrom: 'ارزش از کجا آمد',
    whatItCost: 'هزینه‌ها',
    revenue: 'درآمد',
    revenueFromSocial: 'درآمد از شبکه‌های اجتماعی (گوگل آنالیتیکس)',
    leadsTimes: (value) => `لیدها × ${value}`,
    conversionsTimes: (value) => `تبدیل‌ها × ${value}`,
    longerSpans: 'بازگشت سرمایه در بازه‌های بلندتر',
    thisMonth: 'این ماه',
    quarterToDate: 'از ابتدای فصل',
    yearToDate: 'از ابتدای سال',
  },

  goals: {
    heading: 'اهداف',
    noneStarted: (thisPeriod) => `تا ${thisPeriod} هیچ هدفی شروع نشده است.`,
    rule: 'در مسیر: با سرعت فعلی، هدف تا موعد محقق می‌شود. در خطر: سرعت فعلی دست‌کم ۹۰٪ راه را طی می‌کند، یا یک هدف ماهانه عقب افتاده است. خارج از مسیر: کمتر از این. سرعت‌ها ماهانه‌اند.',
    status: {
      achieved: 'محقق شد',
      on_track: 'در مسیر',
      at_risk: 'در خطر',
      off_track: 'خارج از مسیر',
      missed: 'محقق نشد',
      none: 'بدون داده',
    },
    onPlatform: (platform) => ` در ${platform}`,
    perMonth: (pace) => `${pace} در ماه`,
    revisit: (needed, soFar, reaches, deadline) =>
      `این هدف را بازبینی کنید: به ${needed} نیاز دارد، بیش از دو برابر ${soFar} تا امروز. با همین روند تا ${deadline} به ${reaches} می‌رسد.`,
    baselineOnDay: (day) => ` در ${day}`,
    baselineInMonth: (month) => ` در ${month}`,
    level: (what, target, deadline, from) =>
      `${what}: رسیدن به ${target} تا ${deadline}${from === null ? '' : `، از ${from}`}.`,
    total: (what, target, start, deadline) => `${what}: در مجموع ${target} از ${start} تا ${deadline}.`,
    atLeast: (what, target, start, deadline) => `${what}: دست‌کم ${target} در هر ماه از ${start} تا ${deadline}.`,
    atMost: (what, target, start, deadline) => `${what}: حداکثر ${target} در هر ماه از ${start} تا ${deadline}.`,
    monthsOnTarget: (held, judged) => `${held} ماه از ${judged} ماه مطابق هدف`,
    noMonthYet: 'هنوز ماهی برای سنجش نیست',
    progressNotAvailable: 'پیشرفت نامشخص است',
    ofTheWay: (pct) => `${pct}٪ از مسیر`,
    inTotal: 'در مجموع',
    soFar: (day) => `تاکنون (تا ${day})`,
    atDeadline: 'در موعد',
    now: 'اکنون',
    inMonth: (month) => `در ${month}`,
    thisMonth: 'این ماه',
    target: 'هدف',
    targetSoFar: 'هدف برای روزهای گذشته',
    baseline: 'نقطه شروع',
    projected: 'پیش‌بینی در موعد',
    paceNeeded: 'سرعت لازم',
    paceSoFar: 'سرعت تاکنون',
    final: (deadline) => `موعد (${deadline}) گذشته است: این نتیجه نهایی است.`,
    noValueYet: 'هنوز مقداری گزارش نشده است.',
    needsBaseline: 'داده برای پیش‌بینی کافی نیست: در client.yaml برای هدف نقطه شروع (baseline) بگذارید.',
    startsOn: (goal, day) => `${goal}: از ${day} شروع می‌شود.`,
    unknown: (id) => `هدفی با شناسه «${id}» در client.yaml این مشتری نیست.`,
  },

  highlights: {
    heading: 'موفقیت‌ها، افت‌ها و فرصت‌ها',
    wins: 'موفقیت‌ها',
    losses: 'افت‌ها',
    opportunities: 'فرصت‌ها',
    noWins: 'هیچ شاخصی بهبود چشمگیری نداشت.',
    noLosses: 'هیچ شاخصی افت چشمگیری نداشت.',
    noOpportunities: 'هیچ پلتفرمی متمایز نیست.',
    acrossPlatforms: 'در همه پلتفرم‌ها',
    onPlatform: (platform) => `در ${platform}`,
    moved: (metric, where, change, basis, from, to) =>
      `${metric} ${where}: ${change} نسبت به ${basis}، از ${from} به ${to}.`,
    opportunity: (platform, metric, value, overall) =>
      `${platform} در ${metric} بهترین است: ${value} در برابر ${overall} در همه پلتفرم‌ها.`,
    partial: (thisPeriod, earlier) => `${thisPeriod} ناقص است: تغییرها با همین روزها در ${earlier} مقایسه شده‌اند.`,
  },

  commentary: { heading: 'یادداشت تحلیلگر' },

  trends: {
    heading: 'روندها',
    title: (metric, where) => `${metric}، ${where}`,
    allPlatforms: 'همه پلتفرم‌ها',
    description: (metric, where, first, last) => `${metric} در هر ماه در ${where}، از ${first} تا ${last}.`,
    noData: (title) => `${title}: در این ماه‌ها داده‌ای نیست.`,
    theNumbers: (metric) => `${metric}: اعداد`,
    partial: '(ناقص)',
    lastYear: 'سال قبل',
    partialPoint: 'ماه ناقص',
  },

  campaigns: {
    site_sessions: 'جلسه‌های سایت (GA4)',
    site_conversions: 'رویدادهای کلیدی سایت (GA4)',
    heading: 'کمپین‌ها',
    rankedBy: (metric, thisPeriod) =>
      `رتبه‌بندی بر اساس ${metric} در ${thisPeriod}؛ «تاکنون» از شروع هر کمپین حساب می‌شود.`,
    chartTitle: (metric, month) => `${metric} به تفکیک کمپین، ${month}`,
    chartDescription: (metric, month, ranking) => `رتبه‌بندی کمپین‌ها بر اساس ${metric} در ${month}: ${ranking}.`,
    caption: (month) => `کمپین‌های ${month}`,
    campaign: 'کمپین',
    toDate: (metric) => `${metric} تاکنون`,
    since: (day) => `از ${day}`,
    quiet: (campaigns, thisPeriod) => `بدون فعالیت در ${thisPeriod}: ${campaigns}.`,
    quietCampaign: (name, toDate, value) => `${name} (${toDate}: ${value})`,
  },

  topPosts: {
    heading: 'پست‌های برتر',
    weakest: 'ضعیف‌ترین پست‌ها',
    rankedBy: (metric, thePeriod) => `پست‌های ${thePeriod} به ترتیب ${metric}.`,
    rateThreshold: (impressions) =>
      `نرخ تعامل فقط برای پست‌هایی با دست‌کم ${impressions} نمایش رتبه‌بندی می‌شود؛ کمتر از آن «نامشخص» است.`,
    unranked: (count, thePeriod) => `پست‌های ${thePeriod} که عددی برای رتبه‌بندی ندارند: ${count}.`,
    onPlatform: (platform) => `پست‌های برتر در ${platform}`,
    published: (day) => `منتشرشده در ${day}`,
    untitled: 'پستی بدون کپشن',
    none: (thisPeriod) => `هیچ خروجی پست‌به‌پستی پستی از ${thisPeriod} ندارد.`,
    types: {
      image: 'تصویر',
      video: 'ویدیو',
      reel: 'ریلز',
      carousel: 'کاروسل',
      text: 'متن',
      link: 'لینک',
    },
  },

  whatWorks: {
    heading: 'چه چیزی جواب می‌دهد',
    intro: (months, count, minPosts) =>
      `پست‌های ${months} (${count})، به تفکیک نوع، روز و ساعت انتشار. نرخ تعامل از مجموع هر گروه حساب می‌شود؛ گروهی با کمتر از ${minPosts} پست نمایش داده می‌شود ولی رتبه نمی‌گیرد.`,
    byType: 'به تفکیک نوع پست',
    byWeekday: 'به تفکیک روز انتشار',
    byHour: (zone) => `به تفکیک ساعت انتشار (${zone})`,
    hourChart: 'به تفکیک ساعت انتشار',
    type: 'نوع پست',
    weekday: 'روز',
    hour: 'ساعت',
    withoutTime: (count) => `پست‌هایی که خروجی‌شان ساعت انتشار ندارد و در جدول ساعت‌ها نیامده‌اند: ${count}.`,
    posts: 'پست‌ها',
    rank: 'رتبه',
    engagementsPerPost: 'تعامل به ازای هر پست',
    reachPerPost: 'دسترسی به ازای هر پست',
    tooFew: 'پست کافی نیست',
    unknownType: 'سایر',
    chartTitle: (what) => `نرخ تعامل ${what}`,
    chartDescription: (what, bars) => `نرخ تعامل ${what}: ${bars}.`,
  },

  periods: periodsFa,

  attention: {
    heading: 'نیازمند توجه',
    item: (metric, rose, pct, against, before, now, threshold) =>
      `${metric} نسبت به ${against} ${pct} ${rose ? 'بالا رفت' : 'پایین آمد'} (${before} ← ${now})، بیش از آستانهٔ ${threshold} که بررسی می‌خواهد.`,
  },

  traffic: {
    heading: 'ترافیک از شبکه‌های اجتماعی',
    intro: (thePeriod) =>
      `جلسه‌هایی (sessions) که شبکه‌های اجتماعی در ${thePeriod} به وب‌سایت فرستادند، از گوگل آنالیتیکس: بر اساس سایت ارجاع‌دهنده (l.instagram.com، t.co) یا utm_source لینک.`,
    network: 'شبکه',
    sessions: 'جلسه‌ها',
    engaged: 'جلسه‌های درگیر',
    conversions: 'رویدادهای کلیدی',
    conversionRate: 'رویداد کلیدی در هر ۱۰۰ جلسه',
    revenue: 'درآمد',
    total: 'همهٔ شبکه‌های اجتماعی',
    byCampaign: 'به تفکیک کمپین (utm_campaign)',
    campaign: 'کمپین',
    ownCampaign: 'در این گزارش',
    acrossMonths: (count, thePeriod) =>
      `ردیف‌هایی از گزارش GA4 که از ${thePeriod} بیرون می‌زنند و قابل تفکیک به روز نیستند و کنار گذاشته شدند: ${count}.`,
  },

  benchmarks: {
    heading: 'در برابر معیارها',
    sentence: (value, metric, platform, standing, source) =>
      `${metric} ${value}${platform === null ? '' : ` در ${platform}`}: ${standing} (${source}).`,
    noValue: (metric, platform, reference, source, thisPeriod) =>
      `${thisPeriod} ${metric}ی${platform === null ? '' : ` در ${platform}`} برای مقایسه با ${reference} نیست (${source}).`,
    standing: (standing, reference, top, industry) => {
      const who = industry === null ? '' : ` در ${industry}`;
      switch (standing) {
        case 'top_quartile':
          return `در یک‌چهارم بالا${who} (${top} یا بیشتر؛ میانه ${reference})`;
        case 'above_median':
          return `بالاتر از میانهٔ ${reference}${who}`;
        case 'at_median':
          return `برابر میانهٔ ${reference}${who}`;
        case 'below_median':
          return `پایین‌تر از میانهٔ ${reference}${who}`;
        case 'above':
          return `بالاتر از معیار ${reference}${who}`;
        case 'at':
          return `برابر معیار ${reference}${who}`;
        default:
          return `پایین‌تر از معیار ${reference}${who}`;
      }
    },
    reference: (value, isMedian, industry) =>
      `${isMedian ? 'میانهٔ' : 'معیار'} ${value}${industry === null ? '' : ` در ${industry}`}`,
    source: (source, year) => `${source}، ${year}`,
    illustrative: 'اعداد نمایشی، نه از یک پژوهش واقعی',
    methodology: 'معیارها',
  },

  competitors: {
    heading: 'در برابر رقبا',
    intro: (count) =>
      `مشتری و ${count} رقیب، به تفکیک پلتفرم، در ماه گزارش. سهم صدا سهم مشتری از همهٔ پست‌ها، و از همهٔ تعامل‌های این حساب‌هاست؛ حسابی که عددی ندارد از آن جمع کنار می‌ماند.`,
    account: 'حساب',
    you: '(مشتری)',
    followers: 'فالوورها',
    growth: 'رشد فالوور',
    rate: 'نرخ تعامل',
    postsPerWeek: 'پست در هفته',
    perPost: 'تعامل به ازای هر پست',
    shareOfPosts: 'سهم از پست‌ها',
    shareOfEngagements: 'سهم از تعامل‌ها',
    rank: 'رتبه',
    summary: (name, platform, posts, postsChange, engagements, engagementsChange) =>
      `سهم صدای ${name} در ${platform}: ${posts} از پست‌ها (${postsChange} نسبت به ماه قبل) و ${engagements} از تعامل‌ها (${engagementsChange}).`,
    chartTitle: (platform) => `سهم از تعامل‌ها در ${platform}، ۱۳ ماه اخیر`,
    chartDescription: (platform, first, last, values) =>
      `سهم مشتری از تعامل‌های همهٔ حساب‌های مقایسه‌شده در ${platform}، از ${first} تا ${last}: ${values}.`,
    month: 'ماه',
    bestPosts: (thePeriod) => `بهترین پست هر حساب در ${thePeriod}`,
    engagementsOf: (count) => `${count} تعامل`,
  },

  experiments: {
    heading: 'آزمون‌های محتوا',
    variant: 'گزینه',
    posts: 'پست‌ها',
    impressions: 'نمایش‌ها',
    dates: (from, to) => `${from} تا ${to}`,
    running: 'در حال اجرا',
    verdicts: {
      winner: (name) => `برنده: ${name}`,
      no_clear_difference: 'تفاوت روشنی نیست',
      too_little_data: 'داده کافی نیست',
    },
    rateDifference: (b, metric, points, higher, a, low, high) =>
      `${metric} ${b} ${points} واحد درصد ${higher ? 'بیشتر' : 'کمتر'} از ${a} بود (بازه ۹۵٪: ${low} تا ${high} واحد درصد)`,
    meanDifference: (b, metric, amount, higher, a, low, high) =>
      `${b} به ازای هر پست ${amount} ${metric} ${higher ? 'بیشتر' : 'کمتر'} از ${a} داشت (بازه ۹۵٪: ${low} تا ${high})`,
    chance: (rarely, threshold) =>
      rarely
        ? `تفاوتی به این اندازه کمتر از ${threshold} مواقع تصادفی پیش می‌آید.`
        : `تفاوتی به این اندازه ممکن است تصادفی باشد (بیش از ${threshold} مواقع).`,
    tooLittle: (minPosts) =>
      `هر گزینه پیش از داوری دست‌کم ${minPosts} پست و برای یک نرخ دست‌کم ۵ تعامل (یا کلیک) لازم دارد.`,
    differentWeeks:
      'پست‌های گزینه‌ها در هفته‌های متفاوت منتشر شده‌اند: فصل یا اخبار ممکن است بخشی از تفاوت را توضیح دهد.',
    oneMetric: 'شاخص آزمون پیش از دیدن نتایج در client.yaml تعیین شده است؛ شاخص دیگری آزموده نمی‌شود.',
  },

  platformsSection: {
    heading: 'به تفکیک پلتفرم',
    everyMetricOn: (platform) => `همه شاخص‌ها در ${platform}`,
  },

  table: {
    everyMetric: (platform) => `همه شاخص‌ها: ${platform}`,
    metric: 'شاخص',
    change: 'تغییر',
    lastYear: 'سال قبل',
    atMost: '(حداکثر)',
  },

  methodology: {
    heading: 'روش محاسبه',
    dataThrough: (day) => `داده‌ها تا ${day} است.`,
    partial: (thisPeriod, days, earlier) =>
      `${thisPeriod} ناقص است (${days}): با همین روزها در ${earlier} مقایسه شده است.`,
    rules: (thePeriod) =>
      `شمارش‌ها، مبالغ و دیگر جریان‌ها در طول ${thePeriod} جمع زده می‌شوند؛ فالوورها آخرین عدد ${thePeriod}‌اند؛ هر نرخ از جمع‌های ${thePeriod} دوباره محاسبه می‌شود و هرگز از میانگین نرخ‌های روزانه به دست نمی‌آید. دسترسیِ جمع‌زده در چند روز یا چند پلتفرم برخی افراد را بیش از یک بار می‌شمارد و با «حداکثر» مشخص شده است. «نامشخص» یعنی چیزی برای مقایسه نیست.`,
    acrossPlatforms: (likeForLike, blended) =>
      `در همه پلتفرم‌ها، ${likeForLike} مخاطبان هر پلتفرم را توصیف می‌کنند و فقط پلتفرم‌هایی را می‌شمارند که هر دو ورودی را گزارش کرده‌اند. ${blended} ترکیبی‌اند: همه ارزش بر همه هزینه‌ها، همه درآمد بر همه هزینه تبلیغات و همه هزینه تبلیغات بر همه تبدیل‌ها، هر جا که گزارش شده باشند (درآمد و تبدیل‌ها اغلب در فروشگاه یا گوگل آنالیتیکس و جدا از تبلیغات ثبت می‌شوند).`,
    formulas: 'فرمول‌ها',
    values: (lead, conversion) => `ارزش هر لید: ${lead}؛ ارزش هر تبدیل: ${conversion}.`,
    filesRead: 'فایل‌های خوانده‌شده',
    rows: (count) => `ردیف‌های استفاده‌شده: ${count}`,
    exportRows: (format, count) => `${format}، ردیف‌های استفاده‌شده: ${count}`,
    exportFormats: {
      'ga4-report': 'گزارش Google Analytics 4',
      'linkedin-followers': 'فالوورهای صفحهٔ LinkedIn (روزانه)',
      'linkedin-content': 'آمار محتوای صفحهٔ LinkedIn (روزانه)',
      'linkedin-visitors': 'بازدیدکنندگان صفحهٔ LinkedIn (روزانه)',
      'meta-ads-manager': 'خروجی Meta Ads Manager (به تفکیک کمپین)',
      'facebook-insights-posts': 'خروجی قدیمی پست‌ها از Facebook Insights (به تفکیک پست)',
      'facebook-posts': 'خروجی پست‌های Facebook از Meta Business Suite (به تفکیک پست)',
      'instagram-posts': 'خروجی پست‌های Instagram از Meta Business Suite (به تفکیک پست)',
      'meta-daily-metric': 'فایل روزانهٔ Meta Business Suite (Facebook یا Instagram)',
      'tiktok-overview': 'نمای کلی TikTok Studio (روزانه)',
      'tiktok-followers': 'تاریخچهٔ فالوورهای TikTok Studio (روزانه)',
      'x-account-overview': 'نمای کلی حساب X (روزانه)',
      'x-post-content': 'خروجی محتوای پست‌های X (به تفکیک پست)',
      'x-tweet-activity': 'خروجی قدیمی فعالیت توییت‌ها در X (Twitter) (به تفکیک توییت)',
      'youtube-table-data': 'فایل «Table data.csv» از YouTube Studio (به تفکیک ویدیو)',
      'youtube-chart-data': 'فایل «Chart data.csv» از YouTube Studio (روزانه، به تفکیک ویدیو)',
      'youtube-totals': 'فایل «Totals.csv» از YouTube Studio (روزانه)',
      'youtube-totals-engaged': 'فایل «Totals.csv» بازدیدهای درگیر از YouTube Studio (روزانه)',
      'youtube-totals-watch-time': 'فایل «Totals.csv» زمان تماشا از YouTube Studio (روزانه)',
      'youtube-totals-subscribers': 'فایل «Totals.csv» مشترکان از YouTube Studio (روزانه)',
      'youtube-totals-impressions': 'فایل «Totals.csv» نمایش‌ها از YouTube Studio (روزانه)',
      'tiktok-content': 'فایل «Content.csv» از TikTok Studio (به تفکیک ویدیو)',
      'recap-posts': 'فایل پست‌های Recap (به تفکیک پست)',
    },
    postLevel:
      'خروجی‌های پست‌به‌پست مجموع عمر هر پست را می‌دهند؛ این اعداد در روز انتشار پست شمرده می‌شوند و خروجی جدیدتر از همان پست‌ها جای خروجی قدیمی‌تر را می‌گیرد.',
    campaignLevel:
      'مجموع کمپین‌های Ads Manager در ماهی که کمپین اجرا شد شمرده می‌شود؛ کمپینی که از پایان یک ماه گذشته در ماهی شمرده می‌شود که بیشتر روزهایش در آن بوده است.',
  },

  unlock: {
    title: 'گزارش محافظت‌شده',
    intro: 'این گزارش با رمز محافظت شده است. برای باز کردن آن، رمزی را که به شما داده‌اند وارد کنید.',
    password: 'رمز',
    open: 'باز کردن گزارش',
    opening: 'در حال باز کردن…',
    wrongPassword: 'رمز اشتباه است، دوباره امتحان کنید.',
    unsupported: 'این مرورگر نمی‌تواند گزارش را باز کند. پیوند را با HTTPS در یک مرورگر به‌روز باز کنید.',
    failed: 'گزارش باز نشد. صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.',
    downloadFailed: 'فایل دانلود نشد. صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.',
    noScript: 'این گزارش محافظت‌شده است: برای باز کردن آن، جاوااسکریپت مرورگر را روشن کنید.',
  },
};

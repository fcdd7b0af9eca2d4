/** The words for report periods and reviews in Persian: the same shape as periods-en.ts. */
import type { periodsEn } from './periods-en.ts';

/** Persian has no capitals: "this month" in a sentence and at its start is one phrase, "the month" too. */
const THIS_ONE = { week: 'این هفته', month: 'این ماه', bimonth: 'این دو ماه', quarter: 'این فصل', year: 'امسال' };
/** "last month" in a sentence and as a column's heading. */
const PREVIOUS = { week: 'هفتهٔ قبل', month: 'ماه قبل', bimonth: 'دو ماه قبل', quarter: 'فصل قبل', year: 'سال قبل' };

export const periodsFa: typeof periodsEn = {
  week: (number, year, days) => `هفتهٔ ${number} سال ${year} (${days})`,
  weekShort: (number, year) => `هفتهٔ ${number} ${year}`,
  bimonth: (first, last) => `${first} تا ${last}`,
  quarter: (number, year) => `فصل ${number} ${year}`,
  year: (year) => `سال ${year}`,
  vsPrevious: {
    week: 'نسبت به هفتهٔ قبل',
    month: 'نسبت به ماه قبل',
    bimonth: 'نسبت به دو ماه قبل',
    quarter: 'نسبت به فصل قبل',
    year: 'نسبت به سال قبل',
  },
  previous: PREVIOUS,
  sameLastYear: {
    week: 'همین هفته در سال قبل',
    month: 'همین ماه در سال قبل',
    bimonth: 'همین دو ماه در سال قبل',
    quarter: 'همین فصل در سال قبل',
    year: 'سال قبل',
  },
  thisOne: THIS_ONE,
  // Persian says "this month" where English says "the month".
  theOne: THIS_ONE,
  earlier: {
    week: 'هفته‌های قبل',
    month: 'ماه‌های قبل',
    bimonth: 'دوره‌های قبل',
    quarter: 'فصل‌های قبل',
    year: 'سال‌های قبل',
  },
  this: THIS_ONE,
  previousColumn: PREVIOUS,
  partial: { week: 'هفتهٔ ناقص', month: 'ماه ناقص', bimonth: 'دوره ناقص', quarter: 'فصل ناقص', year: 'سال ناقص' },
  listHeading: {
    year: 'مرورهای سالانه',
    quarter: 'مرورهای فصلی',
    bimonth: 'گزارش‌های دوماهه',
    month: 'گزارش‌های ماهانه',
    week: 'گزارش‌های هفتگی',
  },
  column: { week: 'هفته', month: 'ماه', bimonth: 'ماه‌ها', quarter: 'فصل', year: 'سال' },
  others: {
    week: 'هفته‌های دیگر',
    month: 'ماه‌های دیگر',
    bimonth: 'دوره‌های دیگر',
    quarter: 'فصل‌های دیگر',
    year: 'سال‌های دیگر',
  },
  title: {
    week: (client, period) => `${client}: گزارش هفتگی شبکه‌های اجتماعی، ${period}`,
    month: (client, period) => `${client}: گزارش شبکه‌های اجتماعی، ${period}`,
    bimonth: (client, period) => `${client}: گزارش شبکه‌های اجتماعی، ${period}`,
    quarter: (client, period) => `${client}: مرور فصلی، ${period}`,
    year: (client, period) => `${client}: مرور سال، ${period}`,
  },
  coverage: (days) => `داده‌ها ${days} را پوشش می‌دهند؛ مقایسه‌ها با همین روزهای دوره‌های قبل است.`,

  review: {
    goalsAtEnd: (period) => `هدف‌ها در پایان ${period}`,
    goalOutcomes: 'هدف‌های امسال',
    achieved: 'محقق شد',
    missed: 'محقق نشد',
    running: 'هنوز در جریان',
    noGoalEnded: 'امسال هیچ هدفی به پایان نرسید.',
    outcome: (goal, current) => `${goal}: ${current} در موعد.`,
    bestAndWorst: 'بهترین و بدترین ماه‌ها',
    bestAndWorstIntro:
      'برای هر عدد اصلی، بهترین و بدترین ماه کامل سال. ماهی که داده‌ها فقط بخشی از آن را پوشش می‌دهند کنار گذاشته شده است.',
    kpi: 'عدد',
    best: 'بهترین ماه',
    worst: 'بدترین ماه',
    noWholeMonth: 'هیچ ماه کاملی نیست',
    campaignRanking: (period) => `کمپین‌های ${period}، از بهترین`,
  },

  kpiReview: {
    heading: 'وقت بازبینی شاخص‌ها',
    due: (day) =>
      `بازبینی خود شاخص‌ها برای ${day} برنامه‌ریزی شده بود. آیا اینها هنوز عددهایی هستند که نشان می‌دهند شبکه‌های اجتماعی به صرفه است؟`,
    yearly:
      'سالی یک یا دو بار خود شاخص‌ها را بازبینی کنید: آیا اینها هنوز عددهایی هستند که نشان می‌دهند شبکه‌های اجتماعی به صرفه است، و آیا هدف‌هایشان هنوز درست است؟',
    last: (day) => `آخرین بازبینی برنامه‌ریزی‌شده: ${day}.`,
    next: (day) => `بازبینی بعدی: ${day}.`,
    none: 'تاریخی برای بازبینی تعیین نشده است: تاریخ‌های kpi_review را به client.yaml اضافه کنید.',
  },
};

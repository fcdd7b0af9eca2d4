/**
 * The words for report periods and the quarterly and yearly reviews, in English: a
 * part of en.ts kept apart so that a translator finds a period's words together.
 */
import type { PeriodKind } from '../../model/periods.ts';

type ByKind = Readonly<Record<PeriodKind, string>>;

export const periodsEn = {
  /** "Week 48, 2026 (23 – 29 Nov 2026)" */
  week: (number: string, year: string, days: string) => `Week ${number}, ${year} (${days})`,
  weekShort: (number: string, year: string) => `W${number} ${year}`,
  /** "Nov – Dec 2026" */
  bimonth: (first: string, last: string) => `${first} – ${last}`,
  quarter: (number: string, year: string) => `Q${number} ${year}`,
  year: (year: string) => year,
  /** On a KPI card: "vs last week". */
  vsPrevious: {
    week: 'vs last week',
    month: 'vs last month',
    bimonth: 'vs the two months before',
    quarter: 'vs last quarter',
    year: 'vs last year',
  } satisfies ByKind,
  /** In the Needs attention sentence: "fell 20% against last week". */
  previous: {
    week: 'last week',
    month: 'last month',
    bimonth: 'the two months before',
    quarter: 'last quarter',
    year: 'last year',
  } satisfies ByKind,
  /** A drafted highlight's year-ago comparison: "against the same month last year". */
  sameLastYear: {
    week: 'the same week last year',
    month: 'the same month last year',
    bimonth: 'the same two months last year',
    quarter: 'the same quarter last year',
    year: 'last year',
  } satisfies ByKind,
  /** In running text: "No activity this month". */
  thisOne: {
    week: 'this week',
    month: 'this month',
    bimonth: 'these two months',
    quarter: 'this quarter',
    year: 'this year',
  } satisfies ByKind,
  /** In running text: "summed over the month". */
  theOne: {
    week: 'the week',
    month: 'the month',
    bimonth: 'the two months',
    quarter: 'the quarter',
    year: 'the year',
  } satisfies ByKind,
  /** "compared with the same days of earlier months". */
  earlier: {
    week: 'earlier weeks',
    month: 'earlier months',
    bimonth: 'earlier two-month periods',
    quarter: 'earlier quarters',
    year: 'earlier years',
  } satisfies ByKind,
  /** The ROI summary's row for the period itself. */
  this: {
    week: 'This week',
    month: 'This month',
    bimonth: 'These two months',
    quarter: 'This quarter',
    year: 'This year',
  } satisfies ByKind,
  /** The comparison table's column heading. */
  previousColumn: {
    week: 'Last week',
    month: 'Last month',
    bimonth: 'Two months before',
    quarter: 'Last quarter',
    year: 'Last year',
  } satisfies ByKind,
  partial: {
    week: 'Partial week',
    month: 'Partial month',
    bimonth: 'Partial two months',
    quarter: 'Partial quarter',
    year: 'Partial year',
  } satisfies ByKind,
  /** The client page's list of each kind. */
  listHeading: {
    year: 'Yearly reviews',
    quarter: 'Quarterly reviews',
    bimonth: 'Two-monthly reports',
    month: 'Monthly reports',
    week: 'Weekly reports',
  } satisfies ByKind,
  column: { week: 'Week', month: 'Month', bimonth: 'Months', quarter: 'Quarter', year: 'Year' } satisfies ByKind,
  /** The nav's label for the other reports of a kind. */
  others: {
    week: 'Other weeks',
    month: 'Other months',
    bimonth: 'Other two-month periods',
    quarter: 'Other quarters',
    year: 'Other years',
  } satisfies ByKind,
  /** The page's heading. */
  title: {
    week: (client: string, period: string) => `${client}: weekly social media report, ${period}`,
    month: (client: string, period: string) => `${client}: social media report, ${period}`,
    bimonth: (client: string, period: string) => `${client}: social media report, ${period}`,
    quarter: (client: string, period: string) => `${client}: quarterly review, ${period}`,
    year: (client: string, period: string) => `${client}: year in review, ${period}`,
  } satisfies Readonly<Record<PeriodKind, (client: string, period: string) => string>>,
  coverage: (days: string) => `Data covers ${days}; comparisons use the same days of earlier periods.`,

  review: {
    goalsAtEnd: (period: string) => `Goals at the end of ${period}`,
    goalOutcomes: 'Goals this year',
    achieved: 'Achieved',
    missed: 'Missed',
    running: 'Still running',
    noGoalEnded: 'No goal ended this year.',
    /** "Followers: 150,000 by 31 Dec 2026, reached 152,300." */
    outcome: (goal: string, current: string) => `${goal}: ${current} at its deadline.`,
    bestAndWorst: 'Best and worst months',
    bestAndWorstIntro:
      'For each headline number, its best and worst whole month of the year. A month the data covers only in part is left out.',
    kpi: 'Number',
    best: 'Best month',
    worst: 'Worst month',
    noWholeMonth: 'No whole month',
    campaignRanking: (period: string) => `Campaigns in ${period}, best first`,
  },

  kpiReview: {
    heading: 'Time to review the KPIs',
    /** At the top of the first report after a planned review date. */
    due: (day: string) =>
      `A review of the KPIs themselves was planned for ${day}. Are these still the numbers that show whether social media pays off?`,
    /** In the yearly review. */
    yearly:
      'Once or twice a year, review the KPIs themselves: are these still the numbers that show whether social media pays off, and are their targets still right?',
    last: (day: string) => `Last review planned: ${day}.`,
    next: (day: string) => `Next review planned: ${day}.`,
    none: 'No review date is set: add kpi_review: dates to client.yaml.',
  },
};

/**
 * When a report reminds that the KPIs themselves are due for review (client.yaml
 * `kpi_review:`, the days a review is planned). The KPI article asks for one once or
 * twice a year; the reminder comes once, at the top of the first regular report
 * after the day: the one whose period holds the day, once its data has reached it.
 */
import { parseIsoDate, type Day } from '../model/calendar.ts';
import type { PeriodReport } from './client-report.ts';

/** The latest planned review in the report's period that its data has reached; null when none. */
export function kpiReviewDue(planned: readonly string[], report: PeriodReport): Day | null {
  let due: Day | null = null;
  for (const text of planned) {
    const day = parseIsoDate(text);
    if (day === null) continue; // client.yaml is validated first
    if (day >= report.period.span.from && day <= report.coverage.to && (due === null || day > due)) due = day;
  }
  return due;
}

/** The latest planned review on or before `day`, and the first after it, for the yearly review. */
export function kpiReviewsAround(planned: readonly string[], day: Day): { last: Day | null; next: Day | null } {
  const days = planned.map((text) => parseIsoDate(text)).filter((d): d is Day => d !== null);
  const before = days.filter((d) => d <= day);
  const after = days.filter((d) => d > day);
  return {
    last: before.length === 0 ? null : Math.max(...before),
    next: after.length === 0 ? null : Math.min(...after),
  };
}

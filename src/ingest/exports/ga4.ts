/**
 * Google Analytics 4 report downloads: `#` comment lines naming the date range, then a
 * table of one dimension (a channel group, say) and its metrics. The rows are summed
 * into one web row over the report's dates, or one per day when Date is a dimension.
 *
 * A snapshot download stacks several tables, each after its own `#` lines; only the
 * first is read, because the later ones break the same sessions down another way and
 * would count them twice.
 *
 * Users are people: a person in two rows of a breakdown is counted in both, so users
 * are summed only over a breakdown that gives each person one row.
 */
import type { ExportAdapter } from './adapter.ts';
import { parseCompactDate } from './dates.ts';
import { looksLikeMetric } from './metric-columns.ts';
import { quote } from '../problems.ts';
import type { MetricSpec, Reading } from './reading.ts';
import { Sums } from './sums.ts';
import type { ExportCell, TrafficRow } from './types.ts';

/** GA4's own first lines: a rule of dashes, or the report's dates. */
const GA4_PREAMBLE = /^#\s*(?:-{8,}\s*$|start date:|end date:)/i;

/** What adds up over any breakdown: every session, event and key event is in one row. */
const ADDITIVE: readonly MetricSpec[] = [
  { metric: 'sessions', terms: [{ names: ['sessions'] }] },
  { metric: 'conversions', terms: [{ names: ['key events', 'conversions'] }] },
  { metric: 'revenue', terms: [{ names: ['total revenue'] }] },
  { metric: 'events', terms: [{ names: ['event count'] }] },
];

const USER_COUNTS = [
  { metric: 'users', names: ['total users', 'active users', 'users'] },
  { metric: 'new_users', names: ['new users'] },
] as const;

/**
 * Whether a user count adds up over the rows of a breakdown. A person has one first
 * channel (User acquisition's "First user ..." breakdowns); a new user's first session
 * has one source; a person fires many events and views many pages.
 */
function addsUp(metric: (typeof USER_COUNTS)[number]['metric'], breakdown: readonly string[]): boolean {
  return breakdown.every(
    (name) => name.startsWith('first user') || (metric === 'new_users' && name.startsWith('session')),
  );
}

export const ga4Report: ExportAdapter = {
  format: {
    id: 'ga4-report',
    label: 'Google Analytics 4 report',
    platform: 'web',
    level: 'daily',
    required: ['sessions', 'engaged sessions'],
    excluded: [],
    notes: [
      'sessions, key events (conversions), revenue, event count and new users are summed over every row of the first table in the download; users too when each person has one row (a first user breakdown), else the notes say so',
      "revenue is read in the client's currency: GA4 downloads do not name theirs",
    ],
  },
  preamble: GA4_PREAMBLE,
  read(reading: Reading) {
    const range = dateRange(reading);
    const dateColumn = reading.column('date');
    const resolved = reading.resolve([...ADDITIVE, ...userCounts(reading)]);
    if (dateColumn === -1 && range === null) {
      reading.problemAtLine(
        reading.header.line,
        1,
        'found no "# Start date:" and "# End date:" lines above the header and no Date column, expected one of them to know which days the numbers cover: download the report from GA4 again (Share this report > Download File > CSV) without removing its # lines',
      );
    }
    const sums = new Sums();
    const traffic = trafficColumns(reading);
    for (const record of reading.dataRecords) {
      if (reading.lineText(record).startsWith('#')) break;
      reading.rowsRead++;
      if (reading.isTotalRow(record, 0)) continue;
      const cells = reading.cells(record, resolved);
      let span: { from: string; to: string } | null = null;
      if (dateColumn !== -1) {
        const day = reading.date(record, dateColumn, parseCompactDate, '"20260501" (year, month, day)');
        if (day !== null) span = { from: day, to: day };
      } else span = range;
      if (span === null) continue;
      sums.add(span.from, span.to, record.line, cells);
      if (traffic !== null) reading.traffic.push(traffic.row(record, span, cells));
    }
    reading.rows.push(...sums.rows('web'));
    if (dateColumn === -1 && range !== null) reading.exportedThrough = range.to;
  },
};

/** GA4's name for "no campaign" and the like: not a campaign anyone ran. */
const NO_CAMPAIGN = /^\((not set|direct|organic|referral|none|not provided|cross-network)\)$/i;

/**
 * The columns of a table broken down by session source / medium or by session campaign
 * (Traffic acquisition, or an exploration), which say what social sent to the site;
 * null for any other table.
 */
function trafficColumns(reading: Reading) {
  const sourceMedium = reading.column('session source / medium', 'session source/medium');
  const source = reading.column('session source');
  const medium = reading.column('session medium');
  const campaign = reading.column('session campaign', 'session campaign name', 'session manual campaign name');
  if (sourceMedium === -1 && source === -1 && campaign === -1) return null;
  const engaged = reading.resolve([{ metric: 'engaged_sessions', terms: [{ names: ['engaged sessions'] }] }]);
  const text = (record: Parameters<Reading['raw']>[0], index: number) =>
    index === -1 ? null : reading.raw(record, index).trim();
  return {
    row(
      record: Parameters<Reading['raw']>[0],
      span: { from: string; to: string },
      cells: readonly ExportCell[],
    ): TrafficRow {
      const value = (metric: string, from = cells) => from.find((cell) => cell.metric === metric)?.value ?? null;
      const pair = text(record, sourceMedium);
      const [pairSource, pairMedium] = pair === null ? [null, null] : pair.split(/\s*\/\s*/, 2);
      const named = text(record, campaign);
      return {
        ...span,
        source: (pairSource ?? text(record, source))?.toLowerCase() || null,
        medium: (pairMedium ?? text(record, medium))?.toLowerCase() || null,
        campaign: named === null || named === '' || NO_CAMPAIGN.test(named) ? null : named,
        byCampaign: campaign !== -1,
        sessions: value('sessions'),
        engagedSessions: value('engaged_sessions', reading.cells(record, engaged)),
        conversions: value('conversions'),
        revenue: value('revenue'),
        line: record.line,
      };
    },
  };
}

/** The user counts that add up over the table's breakdown; the others named in the notes with why. */
function userCounts(reading: Reading): MetricSpec[] {
  const breakdown = reading.table.names.filter((name) => name !== 'date' && name !== '' && !looksLikeMetric(name));
  const shown = breakdown.map((name) => quote(reading.headerText(reading.table.names.indexOf(name))));
  const specs: MetricSpec[] = [];
  for (const { metric, names } of USER_COUNTS) {
    if (addsUp(metric, breakdown)) {
      specs.push({ metric, terms: [{ names }] });
      continue;
    }
    const index = reading.column(...names);
    if (index === -1) continue;
    reading.notes.push(
      `not read: ${quote(reading.headerText(index))}, because a person is in more than one ${shown.join(' and ')} row and the rows' sum would count them twice: download users by first user channel group, or without a breakdown`,
    );
  }
  return specs;
}

/** The `# Start date: 20260501` and `# End date: 20260531` lines above the header. */
function dateRange(reading: Reading): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const record of reading.table.records.slice(0, reading.table.headerIndex)) {
    const line = reading.lineText(record);
    const match = /^#\s*(start|end) date:\s*(\S+)/i.exec(line);
    if (!match) continue;
    const day = parseCompactDate(match[2]!);
    if (day === null) {
      const column = line.indexOf(match[2]!) + 1;
      reading.problemAtLine(
        record.line,
        column,
        `found ${JSON.stringify(match[2])} as the ${match[1]!.toLowerCase()} date, expected a date such as 20260501 (year, month, day)`,
      );
    } else if (match[1]!.toLowerCase() === 'start') from = day;
    else to = day;
  }
  if (from === null || to === null) return null;
  return from <= to ? { from, to } : null;
}

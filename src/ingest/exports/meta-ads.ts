/**
 * Meta Ads Manager exports: one row per campaign (or per campaign and day with a Day
 * breakdown). Ads Manager leaves a cell blank for zero, so blanks are read as 0.
 */
import type { CsvRecord } from '../csv.ts';
import { quote } from '../problems.ts';
import type { ExportAdapter } from './adapter.ts';
import { parseIsoDateTime } from './dates.ts';
import { normaliseName, type MetricSpec, type Reading } from './reading.ts';
import type { ExportCell } from './types.ts';

const AMOUNT_SPENT = /^amount spent(?: \(([a-z]{3})\))?$/;

/** Placements outside Facebook and Instagram are Meta's own network: counted with Facebook. */
const PLACEMENT_PLATFORMS: ReadonlyMap<string, string> = new Map([
  ['facebook', 'facebook'],
  ['instagram', 'instagram'],
  ['messenger', 'facebook'],
  ['audience network', 'facebook'],
  ['audience_network', 'facebook'],
]);

/** Results only count as conversions when their type says they are conversions. */
const CONVERSION_RESULT = /purchase|conversion|lead|registration|add_to_cart|checkout|subscribe/i;

const specs: MetricSpec[] = [
  { metric: 'impressions', terms: [{ names: ['impressions'] }] },
  { metric: 'reach', terms: [{ names: ['reach'] }] },
  { metric: 'clicks', terms: [{ names: ['link clicks'] }] },
  // The total to use: its parts below are often blank.
  { metric: 'engagements', terms: [{ names: ['post engagement', 'post engagements'] }] },
  { metric: 'likes', terms: [{ names: ['post reactions'] }] },
  { metric: 'comments', terms: [{ names: ['post comments'] }] },
  { metric: 'shares', terms: [{ names: ['post shares'] }] },
  { metric: 'leads', terms: [{ names: ['leads'] }] },
];

export const metaAdsManager: ExportAdapter = {
  format: {
    id: 'meta-ads-manager',
    label: 'Meta Ads Manager export (per campaign)',
    platform: null,
    level: 'campaign',
    required: ['campaign name', 'reporting starts', 'reporting ends'],
    excluded: [],
    notes: [
      "each campaign's values cover the days it ran within the reporting dates; blank cells are read as 0, as Ads Manager means them",
      'engagements are "Post Engagement"; clicks are "Link Clicks"',
    ],
  },
  read(reading: Reading) {
    reading.blankIsZero = true;
    const header = reading.header;
    const column = {
      campaign: reading.column('campaign name'),
      starts: reading.column('starts'),
      ends: reading.column('ends'),
      reportingStarts: reading.column('reporting starts'),
      reportingEnds: reading.column('reporting ends'),
      day: reading.column('day'),
      platform: reading.column('platform', 'publisher platform'),
      purchases: reading.column('purchases'),
      results: reading.column('results'),
      resultType: reading.column('result indicator', 'result type'),
      spend: reading.use(reading.table.names.findIndex((name) => AMOUNT_SPENT.test(name))),
    };
    reading.dailyBreakdown = column.day !== -1;
    const resolved = reading.resolve(specs);
    const spendUsable = column.spend !== -1 && checkCurrency(reading, header, column.spend);
    const conversions = column.purchases !== -1 ? column.purchases : column.results;
    if (conversions === column.results && conversions !== -1) {
      reading.notes.push(
        column.resultType === -1
          ? 'Results are counted as conversions; Ads Manager\'s "Results" follow each campaign\'s objective, so add the "Result indicator" column to keep other kinds of results out'
          : 'Results are counted as conversions when their Result indicator names a conversion (purchase, lead, registration...)',
      );
    }
    if (column.platform === -1 && reading.platformSetting() === undefined) {
      reading.problemAtLine(
        header.line,
        1,
        'found no Platform column and no platform in the client\'s settings, expected one of them: set the platform (facebook or instagram) for this file in the client\'s settings, or export with the breakdown "By delivery > Platform"',
      );
    }
    let latest: string | null = null;
    const data = reading.dataRecords;
    for (const record of data) {
      reading.rowsRead++;
      if (reading.isTotalRow(record, column.campaign)) continue;
      const campaign = reading.raw(record, column.campaign).trim();
      // The first row of an export of several campaigns is their summary, with no name.
      if (campaign === '' && record === data[0]) continue;
      const cells: ExportCell[] = reading.cells(record, resolved);
      if (spendUsable) {
        const spend = reading.number(record, column.spend, 'spend');
        if (spend !== null) cells.push(reading.cell(record, column.spend, 'spend', spend));
      }
      if (conversions !== -1 && countsAsConversion(reading, record, conversions, column.resultType)) {
        const value = reading.number(record, conversions, 'conversions');
        if (value !== null) cells.push(reading.cell(record, conversions, 'conversions', value));
      }
      const span = daysOf(reading, record, column);
      const platform = platformOf(reading, record, column.platform);
      if (campaign === '') {
        reading.problem(
          record,
          column.campaign,
          `found an empty cell in column "Campaign Name", expected the campaign's name`,
        );
        continue;
      }
      if (span === null || platform === null) continue;
      if (latest === null || span.to > latest) latest = span.to;
      reading.addRow({ from: span.from, to: span.to, platform, campaign, postId: null, cells }, record);
    }
    reading.exportedThrough = latest;
  },
};

function checkCurrency(reading: Reading, header: CsvRecord, index: number): boolean {
  const currency = AMOUNT_SPENT.exec(reading.table.names[index]!)?.[1]?.toUpperCase();
  if (currency === undefined) {
    reading.notes.push(`the amounts spent name no currency: they are read as ${reading.context.currency}`);
    return true;
  }
  if (currency === reading.context.currency.toUpperCase()) return true;
  reading.problem(
    header,
    index,
    `found ${quote(reading.headerText(index))}: the amounts are in ${currency}, expected the client's currency ${reading.context.currency}: export from an ad account in ${reading.context.currency} or convert the amounts; the amounts spent in this file were not read`,
  );
  return false;
}

function countsAsConversion(reading: Reading, record: CsvRecord, index: number, typeColumn: number): boolean {
  if (reading.table.names[index] !== 'results' || typeColumn === -1) return true;
  return CONVERSION_RESULT.test(reading.raw(record, typeColumn));
}

interface AdsColumns {
  readonly starts: number;
  readonly ends: number;
  readonly reportingStarts: number;
  readonly reportingEnds: number;
  readonly day: number;
}

/**
 * The days a row covers: its Day, or the days the campaign ran within the reporting
 * dates. A campaign scheduled wholly outside them keeps the reporting dates, which is
 * all Ads Manager measured.
 */
function daysOf(reading: Reading, record: CsvRecord, column: AdsColumns): { from: string; to: string } | null {
  const example = '"2017-07-19"';
  if (column.day !== -1) {
    const day = reading.date(record, column.day, parseIsoDateTime, example);
    return day === null ? null : { from: day, to: day };
  }
  const reportingFrom = reading.date(record, column.reportingStarts, parseIsoDateTime, example);
  const reportingTo = reading.date(record, column.reportingEnds, parseIsoDateTime, example);
  // A schedule cell may be blank or say "Ongoing": then the reporting date bounds it.
  const scheduled = (index: number): string | null => {
    const raw = reading.raw(record, index).trim();
    if (index === -1 || raw === '' || normaliseName(raw) === 'ongoing') return null;
    return reading.date(record, index, parseIsoDateTime, `${example} or "Ongoing"`);
  };
  const starts = scheduled(column.starts);
  const ends = scheduled(column.ends);
  if (reportingFrom === null || reportingTo === null) return null;
  if (reportingFrom > reportingTo) {
    reading.problem(
      record,
      column.reportingEnds,
      `found reporting dates from ${reportingFrom} to ${reportingTo}, expected the end on or after the start`,
    );
    return null;
  }
  const from = starts !== null && starts > reportingFrom ? starts : reportingFrom;
  const to = ends !== null && ends < reportingTo ? ends : reportingTo;
  return from <= to ? { from, to } : { from: reportingFrom, to: reportingTo };
}

function platformOf(reading: Reading, record: CsvRecord, index: number): string | null {
  if (index === -1) return reading.platformSetting() ?? null;
  const raw = reading.raw(record, index);
  const platform = PLACEMENT_PLATFORMS.get(normaliseName(raw));
  if (platform === undefined) {
    reading.problem(
      record,
      index,
      `${reading.found(record, index)}, expected a Meta platform: facebook, instagram, messenger or audience_network`,
    );
    return null;
  }
  return platform;
}
